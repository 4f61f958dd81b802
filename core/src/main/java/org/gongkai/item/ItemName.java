package org.gongkai.item;

import java.util.Objects;

/**
 * The two-level (sometimes three-level) name of a disclosure item: 一级事项 / 二级事项 / 三级事项, e.g.
 * 财政预决算 / 政府预算. An empty string stands for a level the catalog leaves blank.
 *
 * @param category 一级事项 (may be empty in catalogs that use one level)
 * @param item 二级事项
 * @param subItem 三级事项 (empty when the catalog has no third level)
 */
public record ItemName(String category, String item, String subItem) {

    /**
     * Replaces nulls by empty strings.
     *
     * @param category 一级事项 (may be empty in catalogs that use one level)
     * @param item 二级事项
     * @param subItem 三级事项 (empty when the catalog has no third level)
     */
    public ItemName {
        category = Objects.requireNonNullElse(category, "");
        item = Objects.requireNonNullElse(item, "");
        subItem = Objects.requireNonNullElse(subItem, "");
    }

    /**
     * @param category 一级事项
     * @param item 二级事项
     * @return the two-level name
     */
    public static ItemName of(String category, String item) {
        return new ItemName(category, item, "");
    }

    /** @return true when neither level is named */
    public boolean isEmpty() {
        return category.isBlank() && item.isBlank() && subItem.isBlank();
    }

    /** @return the levels joined by " / ", empty levels left out */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {category, item, subItem}) {
            if (!s.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(" / ");
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
