package org.gongkai.item;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.internal.ChineseText;

/**
 * One publication channel (公开渠道和载体) of an item, as the catalog writes it: its {@link #text()} is kept
 * exactly (a named site such as 铁力市政府网站, a URL, Traditional characters), and {@link #kind()} is the standard
 * vocabulary it belongs to when it can be told. A channel that matches no known kind is kept as free text, never
 * dropped.
 *
 * <p>Immutable; equal when kind and text are equal.
 */
public final class Channel {
    private final ChannelKind kind;
    private final String text;

    private Channel(ChannelKind kind, String text) {
        this.kind = kind;
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * @param kind a standard channel
     * @return the channel with the kind's label as its text
     */
    public static Channel of(ChannelKind kind) {
        return new Channel(Objects.requireNonNull(kind, "kind"), kind.label());
    }

    /**
     * @param kind the standard channel, or null when the text is free text of no known kind
     * @param text the text as written
     * @return the channel
     */
    public static Channel of(ChannelKind kind, String text) {
        return new Channel(kind, text);
    }

    /**
     * Recognises a channel written in a catalog: the exact label or a variant, or a longer text that contains one
     * (铁力市政府网站 → {@link ChannelKind#GOVERNMENT_WEBSITE}, 政府網站 http://… → the same).
     *
     * @param text one channel as written (without its check mark)
     * @return the channel; its kind is empty when none is recognised
     * @throws NullPointerException when {@code text} is null: a channel has a text, possibly empty (reliability
     *     audit D16; an empty text gives a channel of no kind)
     */
    public static Channel parse(String text) {
        Objects.requireNonNull(text, "text");
        Optional<ChannelKind> exact = ChannelKind.find(text);
        if (exact.isPresent()) {
            return new Channel(exact.get(), text);
        }
        // one pass over the whole vocabulary (a trie), not one contains() per label: linear in the text
        return new Channel(ChannelVocabulary.ALL.longestContained(ChineseText.normalize(text)), text);
    }

    /** @return the standard kind, when recognised */
    public Optional<ChannelKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** @return the text as the catalog writes it */
    public String text() {
        return text;
    }

    /** @return true when the channel is of a known kind */
    public boolean recognized() {
        return kind != null;
    }

    /** @return true when the text is exactly the kind's label (nothing more is said) */
    public boolean isPlainLabel() {
        return kind != null && kind.label().equals(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Channel c && c.kind == kind && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text);
    }

    @Override
    public String toString() {
        return kind == null ? text : (isPlainLabel() ? kind.name() : kind.name() + "(" + text + ")");
    }
}
