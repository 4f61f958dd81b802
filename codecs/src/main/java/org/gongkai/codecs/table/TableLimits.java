package org.gongkai.codecs.table;

/**
 * Bounds every source enforces, so that a hostile or broken file ends in a {@link TableReadException} naming the
 * limit, never in an {@code OutOfMemoryError}.
 *
 * @param maxColumns cells per row (default 16,384, the width of an Excel sheet; real catalogs have 8–30)
 * @param maxCellChars characters per cell (default 1,000,000, as the JSON reader's string limit)
 * @param maxRowChars characters per row, all cells together (default 4,000,000)
 */
public record TableLimits(int maxColumns, int maxCellChars, int maxRowChars) {
    /**
     * Checks the values.
     *
     * @param maxColumns cells per row, at least 1
     * @param maxCellChars characters per cell, at least 1
     * @param maxRowChars characters per row, at least 1
     * @throws IllegalArgumentException when a value is below 1
     */
    public TableLimits {
        if (maxColumns < 1 || maxCellChars < 1 || maxRowChars < 1) {
            throw new IllegalArgumentException("every table limit must be at least 1");
        }
    }

    /** @return 16,384 columns, 1,000,000 characters per cell, 4,000,000 per row */
    public static TableLimits defaults() {
        return new TableLimits(16_384, 1_000_000, 4_000_000);
    }
}
