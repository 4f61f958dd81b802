package org.gongkai.codecs.office;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every table it is given (tests). */
final class Collect implements RawSink {
    /** One table read. */
    record Read(int index, String name, List<String> headings, List<Long> lines, List<List<RawCell>> rows) {
    }

    final List<Read> tables = new ArrayList<>();

    @Override
    public void startTable(int index, String name, List<String> headings) {
        tables.add(new Read(index, name, List.copyOf(headings), new ArrayList<>(), new ArrayList<>()));
    }

    @Override
    public void row(long line, List<RawCell> cells) {
        Read t = tables.get(tables.size() - 1);
        t.lines().add(line);
        t.rows().add(List.copyOf(cells));
    }

    @Override
    public void endTable() {
    }
}
