package org.gongkai.codecs.table;

import java.util.List;
import java.util.Objects;

/**
 * A file in some format that yields tables of cells: one small class per format (CSV, HTML, XLSX …), registered in
 * {@link TableFormats}. A source is read once.
 */
public interface TableSource {

    /** @return the file or stream name, for messages */
    String name();

    /**
     * Pushes every table of the source to the sink, in file order, one row at a time.
     *
     * @param sink receives the tables
     * @throws TableReadException when the file is broken, exceeds a documented limit, or the sink stops
     * @throws java.io.UncheckedIOException when the input cannot be read
     */
    void read(TableSink sink);

    /**
     * An in-memory source of one table of plain cells (tests, or tables built by a program).
     *
     * @param name the file name
     * @param knowsMerges whether blanks are blank (true) or possibly merged cells exported blank (false)
     * @param titles title candidates found outside the table
     * @param rows the rows
     * @return the source
     */
    static TableSource of(String name, boolean knowsMerges, List<TitleCandidate> titles, List<TableRow> rows) {
        Objects.requireNonNull(name, "name");
        List<TitleCandidate> t = List.copyOf(titles);
        List<TableRow> r = List.copyOf(rows);
        return new TableSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void read(TableSink sink) {
                sink.startTable(new TableStart(new TableLocation(name, 1, ""), t, knowsMerges));
                r.forEach(sink::row);
                sink.endTable();
            }
        };
    }
}
