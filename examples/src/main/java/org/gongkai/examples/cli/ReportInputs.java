package org.gongkai.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongkai.codecs.table.DomainOrigin;
import org.gongkai.codecs.table.TableProblem;
import org.gongkai.codecs.table.TableSummary;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.ValidationReport;

/**
 * The one place where what the catalog readers give becomes a {@link ReportInput}: each table the reader found
 * (its {@link TableSummary}: title, domain and where it came from, rows read, kept and rejected) becomes a table of
 * the report, and its items are the next {@code itemsKept} items of the catalog. The items do not carry their row,
 * so {@link ReportInput.ItemOrigin#row()} is 0. A JSON catalog is one table whose domain comes from the items.
 */
final class ReportInputs {
    private static final Domains REGISTRY = Domains.standard().withOverlay(Domains.knownExtensions());

    private ReportInputs() {
    }

    /**
     * Validates each catalog (as {@link CatalogReport} does: the default validator in the given language) and
     * describes its table.
     *
     * @param reads the catalogs as read, in the order given
     * @param locale the language of the messages
     * @return the report's input
     */
    static ReportInput of(List<CatalogFiles.Read> reads, Locale locale) {
        DisclosureValidator validator = DisclosureValidator.builder().locale(locale).build();
        List<ReportInput.TableSummary> tables = new ArrayList<>();
        List<ReportInput.CheckedCatalog> catalogs = new ArrayList<>();
        for (CatalogFiles.Read read : reads) {
            Catalog catalog = read.catalog();
            ValidationReport report = validator.validate(catalog);
            List<ReportInput.ItemOrigin> origins = new ArrayList<>(catalog.items().size());
            if (read.tables().isEmpty()) {
                // JSON: no table, the file is described as one
                int table = tables.size();
                tables.add(jsonTable(read));
                origins.addAll(Collections.nCopies(catalog.items().size(), new ReportInput.ItemOrigin(table, 0)));
            } else {
                // the reader keeps the items of each table in table order: table k holds the next itemsKept items
                int first = 0;
                for (TableSummary t : read.tables()) {
                    int table = tables.size();
                    int end = (int) Math.min(catalog.items().size(), first + t.itemsKept());
                    tables.add(table(read, t, catalog.items().subList(first, end)));
                    for (int k = first; k < end; k++) {
                        // the row the table reader says the item was read from (0 when it does not say)
                        origins.add(new ReportInput.ItemOrigin(table, read.sourceOf(k).map(s -> s.row()).orElse(0L)));
                    }
                    first = end;
                }
            }
            while (origins.size() < catalog.items().size()) {
                origins.add(new ReportInput.ItemOrigin(tables.size() - 1, 0));
            }
            catalogs.add(new ReportInput.CheckedCatalog(read.source(), catalog, report,
                    origins.subList(0, catalog.items().size())));
        }
        return new ReportInput(tables, catalogs);
    }

    private static ReportInput.TableSummary table(CatalogFiles.Read read, TableSummary t, List<DisclosureItem> items) {
        List<String> problems = new ArrayList<>();
        for (TableProblem p : t.problems()) {
            problems.add(p.toString());
        }
        if (t.problemsOmitted() > 0) {
            problems.add("… " + t.problemsOmitted() + " more");
        }
        String title = t.title().isEmpty() ? read.catalog().title() : t.title();
        // a 领域 column names the domain row by row: the table's domain is the one its items share, if they share one
        String domain = t.domain().isEmpty() ? sharedDomain(items) : t.domain();
        return new ReportInput.TableSummary(read.source(), t.location().index(), title, domain,
                origin(t.domainOrigin()), t.rowsRead(), t.itemsKept(), t.rowsRejected(), read.charset().orElse(""),
                problems);
    }

    private static ReportInput.DomainOrigin origin(DomainOrigin o) {
        return switch (o) {
            case COLUMN -> ReportInput.DomainOrigin.COLUMN;
            case TITLE -> ReportInput.DomainOrigin.TITLE;
            case SHEET_NAME -> ReportInput.DomainOrigin.SHEET;
            case FILE_NAME -> ReportInput.DomainOrigin.FILE_NAME;
            case DEFAULT -> ReportInput.DomainOrigin.DEFAULT;
            case NONE -> ReportInput.DomainOrigin.UNKNOWN;
        };
    }

    /** @return the domain every item names (by its standard name), or "" when they name none or several */
    private static String sharedDomain(List<DisclosureItem> items) {
        Set<String> domains = new LinkedHashSet<>();
        for (DisclosureItem i : items) {
            if (!i.domain().isEmpty()) {
                domains.add(REGISTRY.lookup(i.domain()).map(Domain::name).orElse(i.domain()));
            }
        }
        return domains.size() == 1 ? domains.iterator().next() : "";
    }

    private static ReportInput.TableSummary jsonTable(CatalogFiles.Read read) {
        List<DisclosureItem> items = read.catalog().items();
        boolean everyItemNamesOne = !items.isEmpty() && items.stream().noneMatch(i -> i.domain().isEmpty());
        ReportInput.DomainOrigin origin = everyItemNamesOne ? ReportInput.DomainOrigin.COLUMN
                : ReportInput.DomainOrigin.UNKNOWN;
        String domain = sharedDomain(items);
        return new ReportInput.TableSummary(read.source(), 1, read.catalog().title(), domain, origin,
                items.size(), items.size(), 0, "", List.of());
    }
}
