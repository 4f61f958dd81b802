package org.gongkai.codecs.table;

/**
 * Receives the tables of a source, row by row (push style: a source never needs more than a row in memory for its
 * consumer). Calls come in the order {@code startTable (row)* endTable}, once per table. A sink may throw a
 * {@link TableReadException} to stop the source.
 */
public interface TableSink {
    /**
     * A table begins.
     *
     * @param start its location and title candidates
     */
    void startTable(TableStart start);

    /**
     * The next row of the current table.
     *
     * @param row the row (the sink must not keep it beyond the call if it wants to stay streaming; it is immutable)
     */
    void row(TableRow row);

    /** The current table ends. */
    void endTable();
}
