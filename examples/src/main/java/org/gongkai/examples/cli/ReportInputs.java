package org.gongkai.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongkai.codecs.csv.CsvProblem;
import org.gongkai.codecs.csv.CsvSummary;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.ValidationReport;

/**
 * The one place where what the catalog readers give becomes a {@link ReportInput}. Today every file is one table
 * ({@link CatalogFiles.Read}: the catalog and, for CSV, the reader's {@link CsvSummary}); the items do not carry
 * their row, so {@link ReportInput.ItemOrigin#row()} is 0; a table's domain is known to come from the 领域 column
 * when every item names one.
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
            int table = tables.size();
            tables.add(table(read));
            catalogs.add(new ReportInput.CheckedCatalog(read.source(), catalog, report,
                    Collections.nCopies(catalog.items().size(), new ReportInput.ItemOrigin(table, 0))));
        }
        return new ReportInput(tables, catalogs);
    }

    private static ReportInput.TableSummary table(CatalogFiles.Read read) {
        List<DisclosureItem> items = read.catalog().items();
        Set<String> domains = new LinkedHashSet<>();
        boolean everyItemNamesOne = !items.isEmpty();
        for (DisclosureItem i : items) {
            if (i.domain().isEmpty()) {
                everyItemNamesOne = false;
            } else {
                domains.add(REGISTRY.lookup(i.domain()).map(Domain::name).orElse(i.domain()));
            }
        }
        ReportInput.DomainOrigin origin = everyItemNamesOne ? ReportInput.DomainOrigin.COLUMN
                : ReportInput.DomainOrigin.UNKNOWN;
        String domain = domains.size() == 1 ? domains.iterator().next() : "";
        if (read.csv().isPresent()) {
            CsvSummary s = read.csv().get();
            List<String> problems = new ArrayList<>();
            for (CsvProblem p : s.problems()) {
                problems.add(p.toString());
            }
            if (s.problemsOmitted() > 0) {
                problems.add("… " + s.problemsOmitted() + " more");
            }
            return new ReportInput.TableSummary(read.source(), 1, read.catalog().title(), domain, origin,
                    s.rowsRead(), s.itemsKept(), s.rowsRejected(), s.charset().name(), problems);
        }
        return new ReportInput.TableSummary(read.source(), 1, read.catalog().title(), domain, origin,
                items.size(), items.size(), 0, "", List.of());
    }
}
