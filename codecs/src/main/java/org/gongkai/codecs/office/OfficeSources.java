package org.gongkai.codecs.office;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.codecs.table.TableCell;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableLimits;
import org.gongkai.codecs.table.TableLocation;
import org.gongkai.codecs.table.TableProblem;
import org.gongkai.codecs.table.TableReadException;
import org.gongkai.codecs.table.TableRow;
import org.gongkai.codecs.table.TableSink;
import org.gongkai.codecs.table.TableStart;
import org.gongkai.codecs.table.TitleCandidate;
import org.gongkai.codecs.table.TitleOrigin;

/** What the three office sources share: the limits, the adapter to the table model, the errors (internal). */
final class OfficeSources {
    private OfficeSources() {
    }

    static Limits limits(TableLimits l) {
        return new Limits(l.maxColumns(), l.maxCellChars(), l.maxRowChars(), Limits.MAX_CELLS_PER_TABLE);
    }

    /** @return the table-model error for an office reader's error, with file, table, row and column */
    static TableReadException error(TableInput input, OfficeReadException e) {
        TableLocation loc = new TableLocation(input.name(), e.table, e.tableName);
        return new TableReadException(new TableProblem(loc, 0, e.line, e.column, "", "", e.getMessage(),
                TableProblem.Severity.ERROR), e.getCause());
    }

    /** Adapts the office readers' rows to a {@link TableSink}. */
    static final class Adapter implements RawSink {
        private final TableInput input;
        private final TableSink sink;
        private long number;

        Adapter(TableInput input, TableSink sink) {
            this.input = input;
            this.sink = sink;
        }

        @Override
        public void startTable(int index, String name, List<String> headings) {
            List<TitleCandidate> titles = new ArrayList<>();
            for (String h : headings) {
                titles.add(new TitleCandidate(h, TitleOrigin.HEADING));
            }
            if (!name.isEmpty()) {
                titles.add(new TitleCandidate(name, TitleOrigin.SHEET_NAME));
            }
            titles.add(new TitleCandidate(input.baseName(), TitleOrigin.FILE_NAME));
            number = 0;
            sink.startTable(new TableStart(new TableLocation(input.name(), index, name), titles, true));
        }

        @Override
        public void row(long line, List<RawCell> cells) {
            List<TableCell> out = new ArrayList<>(cells.size());
            for (RawCell c : cells) {
                out.add(c.continuesAbove() || c.continuesLeft()
                        ? new TableCell(c.text(), c.continuesAbove(), c.continuesLeft()) : TableCell.of(c.text()));
            }
            sink.row(new TableRow(++number, line, out));
        }

        @Override
        public void endTable() {
            sink.endTable();
        }
    }
}
