package org.gongkai.item;

import java.util.Optional;

/**
 * 公开属性: the attribute determined for a piece of government information at its source (源头认定), when the
 * document is drafted. Withheld information needs a legal ground (Regulation Art. 14–16); so, by the standard's
 * practice, does information disclosed only on request.
 */
public enum DisclosureAttribute {
    /** 主动公开 (marked 此件公开发布 or 此件主动公开). */
    PROACTIVE("主动公开", "主动", "此件公开发布", "此件主动公开", "公开发布", "主动开"),
    /** 依申请公开 (marked 此件依申请公开). */
    ON_REQUEST("依申请公开", "依申请", "申请公开", "此件依申请公开"),
    /** 不予公开 (marked 此件不予公开): only on a legal ground. */
    WITHHELD("不予公开", "不公开", "此件不予公开", "免予公开");

    private static final Labels<DisclosureAttribute> LABELS = Labels.of("公开属性 (DisclosureAttribute)", DisclosureAttribute.class, e -> e.labels);
    private final String[] labels;

    DisclosureAttribute(String label, String... variants) {
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
    public static DisclosureAttribute fromLabel(CharSequence text) {
        return LABELS.require(text);
    }

    /**
     * @param text any text
     * @return the constant it names, if any
     */
    public static Optional<DisclosureAttribute> find(CharSequence text) {
        return LABELS.find(text);
    }
}
