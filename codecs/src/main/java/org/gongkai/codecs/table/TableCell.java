package org.gongkai.codecs.table;

import java.util.Objects;

/**
 * One cell of a source table, as the source knows it.
 *
 * <p>A cell covered by a merged region that starts above it ({@code rowspan}, an Excel merged region, a Word
 * {@code vMerge} continuation) has {@link #continuesAbove()}; one covered by a region that starts on its left
 * ({@code colspan}, {@code gridSpan}) has {@link #continuesLeft()}. Its {@link #text()} is the region's text when
 * the source knows it, else empty: the interpretation takes a vertical continuation from the row above for certain
 * (recorded in {@code DisclosureItem.inherited()}), whatever the text.
 *
 * @param text the text the cell shows (line breaks as {@code \n}), never null
 * @param continuesAbove the cell continues a merged region from the row above
 * @param continuesLeft the cell continues a merged region from the column on its left
 */
public record TableCell(String text, boolean continuesAbove, boolean continuesLeft) {
    private static final TableCell EMPTY = new TableCell("", false, false);

    /**
     * Replaces a null text by an empty one.
     *
     * @param text the text the cell shows (line breaks as {@code \n})
     * @param continuesAbove the cell continues a merged region from the row above
     * @param continuesLeft the cell continues a merged region from the column on its left
     */
    public TableCell {
        text = Objects.requireNonNullElse(text, "");
    }

    /**
     * @param text the text of a plain (unmerged) cell; null is empty
     * @return the cell
     */
    public static TableCell of(String text) {
        return text == null || text.isEmpty() ? EMPTY : new TableCell(text, false, false);
    }

    /** @return true when the cell continues a merged region (from above or from the left) */
    public boolean isContinuation() {
        return continuesAbove || continuesLeft;
    }
}
