package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a source table.
 *
 * @param number the 1-based row of the table (a CSV record, a {@code <tr>}, a sheet row)
 * @param line the 1-based line of the file where the row starts (CSV, HTML), or the sheet's own 1-based row number
 *     (Excel), 0 when not known
 * @param cells the cells, left to right; column {@code i} (0-based) is {@code cells.get(i)}
 */
public record TableRow(long number, long line, List<TableCell> cells) {
    /**
     * Copies the cells.
     *
     * @param number the 1-based row of the table
     * @param line the 1-based line of the file where the row starts, 0 when not known
     * @param cells the cells, left to right
     */
    public TableRow {
        cells = List.copyOf(cells);
    }

    /**
     * @param number the 1-based row of the table
     * @param line the 1-based line of the file where the row starts, 0 when not known
     * @param texts the texts of plain (unmerged) cells
     * @return the row
     */
    public static TableRow ofTexts(long number, long line, List<String> texts) {
        List<TableCell> cells = new ArrayList<>(texts.size());
        for (String t : texts) {
            cells.add(TableCell.of(t));
        }
        return new TableRow(number, line, cells);
    }

    /** @return the texts of the cells, left to right */
    public List<String> texts() {
        List<String> out = new ArrayList<>(cells.size());
        for (TableCell c : cells) {
            out.add(c.text());
        }
        return out;
    }

    /**
     * @param column 0-based
     * @return the cell, or an empty plain cell beyond the row's end
     */
    public TableCell cell(int column) {
        return column < cells.size() ? cells.get(column) : TableCell.of("");
    }
}
