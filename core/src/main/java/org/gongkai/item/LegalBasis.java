package org.gongkai.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 公开依据: the laws, regulations and documents that require an item's publication, as the catalog writes them
 * (the text is kept exactly). {@link #citations()} lists the titles cited in 《》 brackets.
 *
 * @param text the cell text; empty when the catalog gives no basis
 */
public record LegalBasis(String text) {
    /** No basis given. */
    public static final LegalBasis NONE = new LegalBasis("");

    /**
     * Replaces null by the empty string.
     *
     * @param text the cell text; empty when the catalog gives no basis
     */
    public LegalBasis {
        text = Objects.requireNonNullElse(text, "");
    }

    /**
     * @param text the basis as written
     * @return the basis ({@link #NONE} for null or empty)
     */
    public static LegalBasis of(String text) {
        return text == null || text.isEmpty() ? NONE : new LegalBasis(text);
    }

    /** @return true when no basis is given (blank text) */
    public boolean isEmpty() {
        return text.isBlank();
    }

    /**
     * @return the titles cited between 《 and 》 (or between &lt; and &gt;), in order; a title whose closing bracket
     *     is lost runs to the end of the text
     */
    public List<String> citations() {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '《' || c == '〈') {
                int depth = 1;
                int j = i + 1;
                while (j < text.length() && depth > 0) {
                    char d = text.charAt(j);
                    if (d == '《' || d == '〈') {
                        depth++;
                    } else if (d == '》' || d == '〉') {
                        depth--;
                    }
                    j++;
                }
                String title = text.substring(i + 1, depth == 0 ? j - 1 : j).strip();
                if (!title.isEmpty()) {
                    out.add(title);
                }
                i = j;
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** @return true when the basis cites the Regulation (政府信息公开条例) */
    public boolean citesRegulation() {
        return text.contains("政府信息公开条例");
    }
}
