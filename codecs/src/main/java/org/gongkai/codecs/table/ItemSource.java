package org.gongkai.codecs.table;

import java.util.Objects;

/**
 * Where an item was read: its table and row, so that a finding about the item can send its reader to the cell in the
 * file the county published (validation speaks of {@code items[3]}; the official edits table 2, row 15).
 *
 * @param table the file and which table or sheet of it
 * @param row the row's 1-based number within the table
 * @param line the row's line in the file (a CSV or HTML line, a sheet's row number, a Word table's row), 0 when the
 *     format has none
 */
public record ItemSource(TableLocation table, long row, long line) {
    /**
     * Checks the location.
     *
     * @param table the file and which table or sheet of it
     * @param row the row's 1-based number within the table
     * @param line the row's line in the file, 0 when the format has none
     */
    public ItemSource {
        Objects.requireNonNull(table, "table");
    }

    /** @return e.g. {@code 目录.xlsx table 2 "户籍管理", row 15 (line 17)}: the table as {@link TableLocation} prints it */
    @Override
    public String toString() {
        return table + ", row " + row + (line > 0 && line != row ? " (line " + line + ")" : "");
    }
}
