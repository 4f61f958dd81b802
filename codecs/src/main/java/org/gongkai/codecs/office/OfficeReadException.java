package org.gongkai.codecs.office;

/**
 * Reading an Excel or Word file stopped (internal; mapped to the table model's exception by the sources).
 */
final class OfficeReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** 1-based sheet or table index, 0 when the whole file. */
    final int table;
    /** the sheet name, or empty. */
    final String tableName;
    /** the sheet's 1-based row, 0 when none. */
    final long line;
    /** 1-based column, 0 when none. */
    final int column;

    OfficeReadException(int table, String tableName, long line, int column, String message, Throwable cause) {
        super(message, cause);
        this.table = table;
        this.tableName = tableName == null ? "" : tableName;
        this.line = line;
        this.column = column;
    }

    static OfficeReadException file(String message, Throwable cause) {
        return new OfficeReadException(0, "", 0, 0, message, cause);
    }
}
