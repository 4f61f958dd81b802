package org.gongkai.codecs.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.item.Catalog;

/**
 * A catalog read from the tables of a source, with what the interpretation did with each table.
 *
 * @param catalog the items of every table, in file order
 * @param tables one summary per catalog table, in file order
 * @param sources where each item of the catalog was read, index for index ({@link #sourceOf(int)}); empty when
 *     not known
 */
public record TableReadResult(Catalog catalog, List<TableSummary> tables, List<ItemSource> sources) {
    /**
     * Copies the lists.
     *
     * @param catalog the items of every table, in file order
     * @param tables one summary per catalog table, in file order
     * @param sources where each item was read, index for index with the catalog's items, or empty
     * @throws IllegalArgumentException when sources are given but not one per item
     */
    public TableReadResult {
        Objects.requireNonNull(catalog, "catalog");
        tables = List.copyOf(tables);
        sources = List.copyOf(sources);
        if (!sources.isEmpty() && sources.size() != catalog.items().size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + catalog.items().size() + " items");
        }
    }

    /**
     * A result without item sources.
     *
     * @param catalog the items of every table, in file order
     * @param tables one summary per catalog table, in file order
     */
    public TableReadResult(Catalog catalog, List<TableSummary> tables) {
        this(catalog, tables, List.of());
    }

    /**
     * @param index an index into {@code catalog().items()}
     * @return where that item was read (table, row, line), empty when not known or out of range
     */
    public Optional<ItemSource> sourceOf(int index) {
        return index >= 0 && index < sources.size() ? Optional.of(sources.get(index)) : Optional.empty();
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
