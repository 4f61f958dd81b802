package org.gongkai.data;

/**
 * A text given as the label of one of the standard's terms (an audience, a method, a level, an attribute …)
 * matches none of that term's known labels or their variants. The message names the text and the term.
 */
public final class UnknownLabelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final String term;

    /**
     * @param term the term looked up, e.g. "公开对象 (Audience)"
     * @param text the text that matched none of its labels
     */
    public UnknownLabelException(String term, String text) {
        super("\"" + text + "\" is not a known label of " + term);
        this.text = text;
        this.term = term;
    }

    /** @return the text that was not recognised */
    public String text() {
        return text;
    }

    /** @return the term that was looked up */
    public String term() {
        return term;
    }
}
