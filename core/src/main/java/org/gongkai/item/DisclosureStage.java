package org.gongkai.item;

import java.util.Optional;

/**
 * 五公开: the five kinds of openness (决策、执行、管理、服务、结果公开) an item can be filed under.
 */
public enum DisclosureStage {
    /** 决策公开. */
    DECISION("决策公开", "决策"),
    /** 执行公开. */
    EXECUTION("执行公开", "执行"),
    /** 管理公开. */
    MANAGEMENT("管理公开", "管理"),
    /** 服务公开. */
    SERVICE("服务公开", "服务"),
    /** 结果公开. */
    RESULT("结果公开", "结果");

    private static final Labels<DisclosureStage> LABELS = Labels.of("五公开 (DisclosureStage)", DisclosureStage.class, e -> e.labels);
    private final String[] labels;

    DisclosureStage(String label, String... variants) {
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
    public static DisclosureStage fromLabel(CharSequence text) {
        return LABELS.require(text);
    }

    /**
     * @param text any text
     * @return the constant it names, if any
     */
    public static Optional<DisclosureStage> find(CharSequence text) {
        return LABELS.find(text);
    }
}
