package org.gongkai.codecs.table;

import java.util.Objects;

/**
 * Where a table is: its file, and which table of the file.
 *
 * @param file the file or stream name, never null
 * @param index the 1-based position of the table in the file (the sheet of a workbook, the {@code <table>} of a
 *     page counted in document order, the table of a Word document); 1 for a CSV file
 * @param name the sheet name, or the table's {@code id}, empty when it has none
 */
public record TableLocation(String file, int index, String name) {
    /**
     * Replaces nulls by empty strings.
     *
     * @param file the file or stream name
     * @param index the 1-based position of the table in the file
     * @param name the sheet name or the table's id, empty when none
     */
    public TableLocation {
        file = Objects.requireNonNullElse(file, "");
        name = Objects.requireNonNullElse(name, "");
    }

    /** @return e.g. {@code catalog.xlsx sheet 2 "户籍管理"}, or just the file name for a single-table file */
    @Override
    public String toString() {
        if (index <= 1 && name.isEmpty()) {
            return file;
        }
        return file + " table " + index + (name.isEmpty() ? "" : " \"" + name + "\"");
    }
}
