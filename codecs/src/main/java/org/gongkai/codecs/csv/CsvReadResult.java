package org.gongkai.codecs.csv;

import java.util.Objects;
import org.gongkai.item.Catalog;

/**
 * A catalog read from a table, with what the reader did.
 *
 * @param catalog the items kept, in table order; the title is the table's title row, when it has one
 * @param summary rows read, kept, rejected, and the problems
 */
public record CsvReadResult(Catalog catalog, CsvSummary summary) {
    /**
     * Rejects nulls.
     *
     * @param catalog the items kept, in table order; the title is the table's title row, when it has one
     * @param summary rows read, kept, rejected, and the problems
     */
    public CsvReadResult {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(summary, "summary");
    }
}
