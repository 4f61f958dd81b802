package org.gongkai.codecs.table;

import java.util.List;
import java.util.Objects;

/**
 * What the interpretation did with one table: every row of the table is counted in exactly one of
 * {@code preambleRows}, {@code headerRows}, {@code blankRows}, {@code itemsKept} and {@code rowsRejected}, so that
 * nothing is dropped silently ({@code rowsRead} is their sum).
 *
 * @param location the file and which table of it
 * @param title the table's title (empty when it has none)
 * @param titleOrigin where the title was found, null when there is none
 * @param domain the domain of the table's items when they do not name it in a 领域 column (empty when none)
 * @param domainOrigin where the domain came from
 * @param rowsRead every row of the table
 * @param preambleRows rows above the header (titles, notes)
 * @param headerRows header rows, including repeated headers inside the table
 * @param blankRows rows with no text
 * @param itemsKept rows read as items
 * @param rowsRejected rows that could not be read as items (each has an {@link TableProblem.Severity#ERROR})
 * @param problems the problems, in table order (at most {@link CatalogTableReader.Options#maxProblems()})
 * @param problemsOmitted problems counted but not listed because of that limit
 * @param continues the table this one continues (a table without a header of its own, as wide as the catalog table
 *     just before it: one table split across pages, or a sheet's rows split into several tables), whose columns,
 *     title and domain it takes; null when the table has its own header
 */
public record TableSummary(TableLocation location, String title, TitleOrigin titleOrigin, String domain,
        DomainOrigin domainOrigin, long rowsRead, long preambleRows, long headerRows, long blankRows, long itemsKept,
        long rowsRejected, List<TableProblem> problems, long problemsOmitted, TableLocation continues) {
    /**
     * Copies the problems.
     *
     * @param location the file and which table of it
     * @param title the table's title (empty when it has none)
     * @param titleOrigin where the title was found, null when there is none
     * @param domain the domain of the table's items when they do not name it in a column
     * @param domainOrigin where the domain came from
     * @param rowsRead every row of the table
     * @param preambleRows rows above the header
     * @param headerRows header rows
     * @param blankRows rows with no text
     * @param itemsKept rows read as items
     * @param rowsRejected rows that could not be read as items
     * @param problems the problems, in table order
     * @param problemsOmitted problems counted but not listed
     * @param continues the table this one continues, or null
     */
    public TableSummary {
        Objects.requireNonNull(location, "location");
        title = Objects.requireNonNullElse(title, "");
        domain = Objects.requireNonNullElse(domain, "");
        Objects.requireNonNull(domainOrigin, "domainOrigin");
        problems = List.copyOf(problems);
    }

    /**
     * A table with its own header.
     *
     * @param location the file and which table of it
     * @param title the table's title (empty when it has none)
     * @param titleOrigin where the title was found, null when there is none
     * @param domain the domain of the table's items when they do not name it in a column
     * @param domainOrigin where the domain came from
     * @param rowsRead every row of the table
     * @param preambleRows rows above the header
     * @param headerRows header rows
     * @param blankRows rows with no text
     * @param itemsKept rows read as items
     * @param rowsRejected rows that could not be read as items
     * @param problems the problems, in table order
     * @param problemsOmitted problems counted but not listed
     */
    public TableSummary(TableLocation location, String title, TitleOrigin titleOrigin, String domain,
            DomainOrigin domainOrigin, long rowsRead, long preambleRows, long headerRows, long blankRows,
            long itemsKept, long rowsRejected, List<TableProblem> problems, long problemsOmitted) {
        this(location, title, titleOrigin, domain, domainOrigin, rowsRead, preambleRows, headerRows, blankRows,
                itemsKept, rowsRejected, problems, problemsOmitted, null);
    }

    /** @return whether this table continues the one before it (see {@link #continues()}) */
    public boolean isContinuation() {
        return continues != null;
    }

    /** @return true when no row was rejected and no cell was left not understood */
    public boolean clean() {
        return problems.isEmpty() && problemsOmitted == 0;
    }
}
