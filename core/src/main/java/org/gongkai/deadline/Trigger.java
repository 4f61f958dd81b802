package org.gongkai.deadline;

import java.util.Objects;

/**
 * The event a deadline window runs from: a typed {@link TriggerKind} and the trigger's text as written (after
 * normalisation: no whitespace, simplified characters, half-width punctuation), e.g. kind
 * {@link TriggerKind#INFORMATION_FORMED_OR_CHANGED} with text 该政府信息形成或者变更.
 *
 * @param kind the kind of event
 * @param text the trigger as written; empty exactly when the kind is {@link TriggerKind#UNSPECIFIED}
 */
public record Trigger(TriggerKind kind, String text) {

    /** No trigger written: the bare 20个工作日. */
    public static final Trigger UNSPECIFIED = new Trigger(TriggerKind.UNSPECIFIED, "");

    /**
     * Checks the pairing of kind and text.
     *
     * @param kind the kind of event
     * @param text the trigger as written; empty exactly when the kind is {@link TriggerKind#UNSPECIFIED}
     *
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the text is empty for a written trigger or not empty for
     *     {@link TriggerKind#UNSPECIFIED}
     */
    public Trigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((kind == TriggerKind.UNSPECIFIED) != text.isEmpty()) {
            throw new IllegalArgumentException("trigger " + kind + " with text '" + text
                    + "': the text must be empty exactly when the trigger is UNSPECIFIED");
        }
    }

    /**
     * @param kind a kind other than {@link TriggerKind#OTHER}
     * @return the trigger of that kind with its canonical text
     * @throws IllegalArgumentException for {@link TriggerKind#OTHER}, which has no canonical text
     */
    public static Trigger of(TriggerKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (kind == TriggerKind.OTHER) {
            throw new IllegalArgumentException("TriggerKind.OTHER has no canonical text: use Trigger.parse(text)");
        }
        return kind == TriggerKind.UNSPECIFIED ? UNSPECIFIED : new Trigger(kind, kind.canonicalText());
    }

    /**
     * Reads a trigger as a catalog writes it (normalising whitespace, Traditional characters and punctuation),
     * e.g. 自该政府信息形成或者变更 → {@link TriggerKind#INFORMATION_FORMED_OR_CHANGED}. Words not in the vocabulary
     * give {@link TriggerKind#OTHER} with the text kept; empty text gives {@link #UNSPECIFIED}.
     *
     * @param text the trigger text
     * @return the trigger
     */
    public static Trigger parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        char[] buf = PhraseNormalizer.normalize(text);
        int from = 0;
        int to = buf.length;
        while (from < to && (buf[from] == '自' || buf[from] == '从')) {
            from++;
        }
        return Triggers.classify(buf, from, to);
    }
}
