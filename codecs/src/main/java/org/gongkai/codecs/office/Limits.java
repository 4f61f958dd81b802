package org.gongkai.codecs.office;

/**
 * The bounds an office reader enforces on the cells it yields (internal; taken from the table model's limits).
 *
 * @param maxColumns cells per row
 * @param maxCellChars characters per cell
 * @param maxRowChars characters per row
 * @param maxCellsPerTable cells yielded per sheet or table, merged continuations included
 */
record Limits(int maxColumns, int maxCellChars, int maxRowChars, long maxCellsPerTable) {
    /** Cells yielded per sheet or table: 20,000,000 (a 100,000-row catalog of 30 columns is 3,000,000). */
    static final long MAX_CELLS_PER_TABLE = 20_000_000L;

    static Limits defaults() {
        return new Limits(16_384, 1_000_000, 4_000_000, MAX_CELLS_PER_TABLE);
    }
}
