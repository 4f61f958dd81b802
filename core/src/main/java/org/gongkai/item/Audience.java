package org.gongkai.item;

import java.util.Optional;

/**
 * 公开对象: who an item is published to. A catalog may describe the specific group (e.g. 申请人,
 * 在征收范围内); {@link DisclosureItem#specificGroup()} keeps that description.
 */
public enum Audience {
    /** 全社会: the general public. */
    GENERAL_PUBLIC("全社会", "社会", "面向全社会", "全社会范围", "公开范围:面向全社会"),
    /** 特定群体: a specific group. */
    SPECIFIC_GROUP("特定群体", "特定群众", "特定对象", "特定群体(请写明)", "特定", "特定人群");

    private static final Labels<Audience> LABELS = Labels.of("公开对象 (Audience)", Audience.class, a -> a.labels);
    private final String[] labels;

    Audience(String label, String... variants) {
        this.labels = Labels.with(label, variants);
    }

    /** @return the exact Chinese label the standard uses */
    public String label() {
        return labels[0];
    }

    /**
     * @param text a label or one of its variants seen in real catalogs (特定群众, 特定对象 …)
     * @return the audience
     * @throws org.gongkai.data.UnknownLabelException naming the text when it is none of them, and for null (named
     *     "null"; reliability audit D16)
     */
    public static Audience fromLabel(CharSequence text) {
        return LABELS.require(text);
    }

    /**
     * @param text any text
     * @return the audience it names, if any
     */
    public static Optional<Audience> find(CharSequence text) {
        return LABELS.find(text);
    }
}
