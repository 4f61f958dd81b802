package org.gongkai.codecs.table;

import java.util.List;
import java.util.Objects;
import org.gongkai.item.Catalog;

/**
 * A catalog read from the tables of a source, with what the interpretation did with each table.
 *
 * @param catalog the items of every table, in file order
 * @param tables one summary per catalog table, in file order
 */
public record TableReadResult(Catalog catalog, List<TableSummary> tables) {
    /**
     * Copies the list.
     *
     * @param catalog the items of every table, in file order
     * @param tables one summary per catalog table, in file order
     */
    public TableReadResult {
        Objects.requireNonNull(catalog, "catalog");
        tables = List.copyOf(tables);
    }

    /** @return the rows rejected in all tables */
    public long rowsRejected() {
        long n = 0;
        for (TableSummary t : tables) {
            n += t.rowsRejected();
        }
        return n;
    }
}
