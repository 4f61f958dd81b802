package org.gongkai.codecs.office;

import java.util.List;

/** Receives the tables of an office reader: {@code startTable (row)* endTable} per sheet or Word table. */
interface RawSink {
    /**
     * @param index 1-based position of the sheet or table in the file
     * @param name the sheet name, empty for a Word table
     * @param headings text just above the table (a Word heading or paragraph), best first; may be empty
     */
    void startTable(int index, String name, List<String> headings);

    /**
     * @param line the sheet's 1-based row number (a Word table: the 1-based row of the table)
     * @param cells the cells, left to right from column A (the first grid column)
     */
    void row(long line, List<RawCell> cells);

    /** The current table ends. */
    void endTable();
}
