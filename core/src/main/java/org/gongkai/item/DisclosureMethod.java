package org.gongkai.item;

import java.util.Optional;

/**
 * 公开方式: whether an item is published unasked (主动) or given to whoever applies (依申请). A catalog row
 * may tick both.
 */
public enum DisclosureMethod {
    /** 主动: published unasked. */
    PROACTIVE("主动", "主动公开", "主动开", "全社会范围主动公开"),
    /** 依申请: given to whoever applies. */
    ON_REQUEST("依申请", "依申请公开", "申请公开", "申请", "依申请开");

    private static final Labels<DisclosureMethod> LABELS = Labels.of("公开方式 (DisclosureMethod)", DisclosureMethod.class, e -> e.labels);
    private final String[] labels;

    DisclosureMethod(String label, String... variants) {
        this.labels = Labels.with(label, variants);
    }

    /** @return the exact Chinese label the standard uses */
    public String label() {
        return labels[0];
    }

    /**
     * @param text the label or one of its variants seen in real catalogs
     * @return the constant
     * @throws org.gongkai.data.UnknownLabelException naming the text when it is none of them, and for null (named
     *     "null"; reliability audit D16)
     */
    public static DisclosureMethod fromLabel(CharSequence text) {
        return LABELS.require(text);
    }

    /**
     * @param text any text
     * @return the constant it names, if any
     */
    public static Optional<DisclosureMethod> find(CharSequence text) {
        return LABELS.find(text);
    }
}
