package org.gongkai.codecs.table;

/**
 * A file cannot be read as tables: its format is not known (extension or {@code --format}), or the optional
 * library the format needs is not on the class path (the message names the Maven artifact to add).
 */
public final class TableFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what format, and what to do */
    public TableFormatException(String message) {
        super(message);
    }
}
