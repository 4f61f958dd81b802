package org.gongkai.data;

/**
 * A data file (a bundled resource or an overlay given by the embedding system) could not be read. The message
 * names the source, the line and column where known, and what was wrong.
 */
public final class DataFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final int column;

    /**
     * @param source the file or resource name
     * @param line the 1-based line, or 0 when not known
     * @param column the 1-based column, or 0 when not known
     * @param what what was wrong
     */
    public DataFormatException(String source, int line, int column, String what) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + what);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** @return the file or resource name */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or 0 */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or 0 */
    public int column() {
        return column;
    }
}
