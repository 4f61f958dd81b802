package org.gongkai.examples.cli;

import java.util.List;
import java.util.Objects;
import org.gongkai.item.Catalog;
import org.gongkai.validation.ValidationReport;

/**
 * What the HTML report shows, independent of how the catalog tables were read: the tables (where each came from and
 * how its domain was found) and the checked catalogs (items, validation report, and the table and row each item was
 * read from). Filled by {@link ReportInputs} from what the readers give.
 *
 * @param tables the tables read, in reading order
 * @param catalogs the checked catalogs, one per file
 */
record ReportInput(List<TableSummary> tables, List<CheckedCatalog> catalogs) {

    /**
     * Copies the lists.
     *
     * @param tables the tables read, in reading order
     * @param catalogs the checked catalogs, one per file
     */
    ReportInput {
        tables = List.copyOf(tables);
        catalogs = List.copyOf(catalogs);
    }

    /** How the domain of a table's items was found. */
    enum DomainOrigin {
        /** Row by row, from the table's 领域 column (or the items' domain field in JSON). */
        COLUMN,
        /** From the table's title (e.g. 义务教育领域基层政务公开标准目录). */
        TITLE,
        /** From the name of the spreadsheet's sheet. */
        SHEET,
        /** From the file's name. */
        FILE_NAME,
        /** From a default domain given by the user. */
        DEFAULT,
        /** Not found: the items have no domain. */
        UNKNOWN
    }

    /**
     * One table of a catalog file.
     *
     * @param file the file it was read from
     * @param index its 1-based position in the file
     * @param title its title row, empty when none
     * @param domain the domain of all its items, empty when its rows name several (or none)
     * @param domainOrigin how the domain was found
     * @param rowsRead every row of the table (titles, headers, blank rows included)
     * @param kept the rows read as items
     * @param rejected the rows that could not be read as items
     * @param charset the character set the file was read in, empty when not applicable
     * @param problems what the reader could not understand, each with its location, in file order
     */
    record TableSummary(String file, int index, String title, String domain, DomainOrigin domainOrigin,
            long rowsRead, long kept, long rejected, String charset, List<String> problems) {

        /**
         * Rejects nulls and copies the problems.
         *
         * @param file the file it was read from
         * @param index its 1-based position in the file
         * @param title its title row, empty when none
         * @param domain the domain of all its items, empty when its rows name several (or none)
         * @param domainOrigin how the domain was found
         * @param rowsRead every row of the table
         * @param kept the rows read as items
         * @param rejected the rows that could not be read as items
         * @param charset the character set the file was read in, empty when not applicable
         * @param problems what the reader could not understand, in file order
         */
        TableSummary {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(domainOrigin, "domainOrigin");
            Objects.requireNonNull(charset, "charset");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Where an item was read from.
     *
     * @param table the index of its table in {@link ReportInput#tables()}
     * @param row its 1-based row in the table, 0 when the reader does not say
     */
    record ItemOrigin(int table, long row) {
    }

    /**
     * One catalog and its check.
     *
     * @param file the file it was read from
     * @param catalog the catalog
     * @param report the validation report of the catalog
     * @param origins the origin of each item, in the order of {@link Catalog#items()}
     */
    record CheckedCatalog(String file, Catalog catalog, ValidationReport report, List<ItemOrigin> origins) {

        /**
         * Rejects nulls, copies the origins and checks there is one per item.
         *
         * @param file the file it was read from
         * @param catalog the catalog
         * @param report the validation report of the catalog
         * @param origins the origin of each item, in the order of {@link Catalog#items()}
         */
        CheckedCatalog {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(report, "report");
            origins = List.copyOf(origins);
            if (origins.size() != catalog.items().size()) {
                throw new IllegalArgumentException(file + ": " + origins.size() + " origins for "
                        + catalog.items().size() + " items");
            }
        }

        /**
         * @return true when no violation is an error and no row of its tables was rejected
         * @param tables the tables of the input
         */
        boolean valid(List<TableSummary> tables) {
            return report.isValid() && tables.stream().filter(t -> t.file().equals(file))
                    .allMatch(t -> t.rejected() == 0);
        }
    }
}
