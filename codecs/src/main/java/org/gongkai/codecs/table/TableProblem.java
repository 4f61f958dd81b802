package org.gongkai.codecs.table;

import java.util.Objects;

/**
 * A problem found reading a catalog table: where (file, table, row, column), the cell text, and what was wrong.
 *
 * @param table the file and which table of it
 * @param row the 1-based row of the table, 0 when none
 * @param line the 1-based line of the file where the row starts (or the sheet's row number), 0 when not known
 * @param column the 1-based column, 0 when the problem concerns the whole row
 * @param header the column's header, empty when none
 * @param cellText the offending cell text (or the row's text), as written
 * @param message what was wrong
 * @param severity {@link Severity#ERROR}: the row was rejected (or reading stopped); {@link Severity#WARNING}: the
 *     row was kept and the cell's text is kept (in {@code extras} or as written)
 */
public record TableProblem(TableLocation table, long row, long line, int column, String header, String cellText,
        String message, Severity severity) {

    /** How bad a problem is. */
    public enum Severity {
        /** The row was kept; the text that could not be understood is kept as written. */
        WARNING,
        /** The row was rejected (or reading stopped). */
        ERROR
    }

    /**
     * Replaces nulls by empty strings.
     *
     * @param table the file and which table of it
     * @param row the 1-based row of the table, 0 when none
     * @param line the 1-based line of the file where the row starts, 0 when not known
     * @param column the 1-based column, 0 when the problem concerns the whole row
     * @param header the column's header, empty when none
     * @param cellText the offending cell text (or the row's text), as written
     * @param message what was wrong
     * @param severity whether the row was rejected
     */
    public TableProblem {
        Objects.requireNonNull(table, "table");
        header = Objects.requireNonNullElse(header, "");
        cellText = Objects.requireNonNullElse(cellText, "");
        message = Objects.requireNonNullElse(message, "");
        Objects.requireNonNull(severity, "severity");
    }

    /** @return e.g. {@code catalog.html table 2 row 12 (line 140), column 7 公开渠道和载体 "■政府网站 ◎": unknown mark} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(table.toString());
        if (row > 0) {
            sb.append(" row ").append(row);
            if (line > 0 && line != row) {
                sb.append(" (line ").append(line).append(')');
            }
        }
        if (column > 0) {
            sb.append(", column ").append(column);
            if (!header.isEmpty()) {
                sb.append(' ').append(header);
            }
        }
        if (!cellText.isEmpty()) {
            sb.append(" \"").append(cellText.length() > 80 ? cellText.substring(0, 77) + "…" : cellText).append('"');
        }
        return sb.append(": ").append(severity == Severity.ERROR ? "rejected: " : "").append(message).toString();
    }
}
