package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which tables of a source are catalog tables, in front of the {@link Interpretation}: it holds a table's
 * rows until one is a catalog header (at most {@link #HEADER_SEARCH_ROWS} rows), then passes the table
 * on. A table without such a header is
 * <ul>
 *   <li>a <em>continuation</em> when it is exactly as wide as the last catalog table before it and has text (a
 *       table split across pages in Word, or pasted in parts into a web page): it is read with that table's columns,
 *       title and domain, and its summary names the table it continues;</li>
 *   <li>else, in a format that uses tables for page layout (HTML), part of the page, passed over;</li>
 *   <li>else (a sheet or a Word table of something else: instructions, a contact list) reported as not read, with
 *       a summary that counts its rows and a WARNING: nothing is dropped silently.</li>
 * </ul>
 * A source with no catalog table at all is an error. Package-private.
 */
final class HeaderSearch implements TableSink {
    /** Rows looked at for a header before a table is declared not a catalog table. */
    static final int HEADER_SEARCH_ROWS = 50;

    private final Interpretation next;
    private TableStart start;
    private List<TableRow> held;
    private boolean passing;
    private boolean passedOver;
    private long rows;
    private long blankRows;
    private int width;
    private TableLocation lastCatalog;
    private int lastWidth;
    private boolean anyCatalog;
    private TableStart firstTable;
    private long firstTableRows;

    HeaderSearch(Interpretation next) {
        this.next = next;
    }

    @Override
    public void startTable(TableStart s) {
        start = s;
        held = new ArrayList<>();
        passing = false;
        passedOver = false;
        rows = 0;
        blankRows = 0;
        width = 0;
        if (firstTable == null) {
            firstTable = s;
        }
    }

    @Override
    public void row(TableRow r) {
        if (passing) {
            next.row(r);
            return;
        }
        rows++;
        if (passedOver) {
            count(r);
            return;
        }
        held.add(r);
        width = Math.max(width, r.cells().size());
        if (Columns.isHeaderRow(Interpretation.headerTexts(r))) {
            next.startTable(start);
            pass(r.cells().size(), start.location());
        } else if (held.size() >= HEADER_SEARCH_ROWS) {
            headerless();
        }
    }

    @Override
    public void endTable() {
        if (!passing && !passedOver) {
            headerless();
        }
        if (passing) {
            next.endTable();
        } else {
            if (start == firstTable) {
                firstTableRows = rows;
            }
            if (!start.pageLayout()) {
                next.notRead(start, rows, blankRows);
            }
        }
        held = null;
    }

    /**
     * @throws TableReadException when no table of the source had a catalog header
     */
    void finish() {
        if (anyCatalog) {
            return;
        }
        TableLocation loc = firstTable == null ? new TableLocation("", 0, "") : firstTable.location();
        String where = firstTable == null ? "no table found"
                : firstTableRows >= HEADER_SEARCH_ROWS
                        ? "no header row (公开事项, 公开内容, 公开依据 …) in the first " + HEADER_SEARCH_ROWS
                                + " rows"
                        : "no header row (公开事项, 公开内容, 公开依据 …) found";
        throw new TableReadException(new TableProblem(loc, 0, 0, 0, "", "", where, TableProblem.Severity.ERROR),
                null);
    }

    /** No header in the rows held: a continuation, or a table that is not read. */
    private void headerless() {
        boolean text = false;
        for (TableRow r : held) {
            if (!Interpretation.blank(r.texts())) {
                text = true;
                break;
            }
        }
        if (lastCatalog != null && text && width == lastWidth) {
            next.continueTable(start, lastCatalog);
            pass(width, start.location());
            return;
        }
        passedOver = true;
        for (TableRow r : held) {
            count(r);
        }
        held = null;
    }

    /** Passes the held rows on, and every row after them. */
    private void pass(int tableWidth, TableLocation location) {
        passing = true;
        anyCatalog = true;
        lastCatalog = location;
        lastWidth = tableWidth;
        for (TableRow r : held) {
            next.row(r);
        }
        held = null;
    }

    private void count(TableRow r) {
        if (Interpretation.blank(r.texts())) {
            blankRows++;
        }
    }
}
