package org.gongkai.codecs.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.domain.Domains;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;

/**
 * Reads published catalog tables (政务公开事项标准目录) from any {@link TableSource}: the one interpretation of a
 * catalog table, whatever the file format. It finds the header (one or two rows; 一级/二级/三级事项 or a single
 * 公开事项 column; reordered columns; headers repeated inside the table), gives each column its role, reads marks
 * (√, ■/□, words), 同上 and merged cells (a cell the source marks as continuing a merged region from above is taken
 * from the row above for certain, recorded in {@link DisclosureItem#inherited()}), keeps unknown columns in
 * {@link DisclosureItem#extras()}, and works out each table's title and domain.
 *
 * <p>The domain of a table's items: a 领域 column when there is one; else the first title candidate (a row above
 * the header, a caption, a heading, the page title) that names a domain ({@link Domains#lookup}); else the sheet
 * name; else the file name; else {@link Options#defaultDomain()}. If none gives one the items keep an empty domain
 * ({@link DomainOrigin#NONE}), and validation reports it.
 *
 * <p>Streams: it holds one row and the previous item (for 同上) in memory, whatever the size of the table.
 */
public final class CatalogTableReader {
    private CatalogTableReader() {
    }

    /**
     * Reading options; start from {@link #defaults()}.
     *
     * @param stopOnError stop at the first rejected row with a {@link TableReadException} (default: continue)
     * @param defaultDomain the domain of items when neither a 领域 column, the title, the sheet name nor the file
     *     name gives one (empty: none)
     * @param inheritBlankMergedCells in formats that cannot record merged cells (CSV), read a blank 一级事项 (when
     *     二级事项 is filled) and a blank 领域 as the row above's value — merged cells exported blank — and record it in
     *     {@link DisclosureItem#inherited()} (default: on)
     * @param maxProblems at most this many problems are listed per table (all are counted); not negative
     * @param domains the domain registry that titles, sheet and file names are looked up in
     */
    public record Options(boolean stopOnError, String defaultDomain, boolean inheritBlankMergedCells,
            int maxProblems, Domains domains) {
        /**
         * Checks the values.
         *
         * @param stopOnError stop at the first rejected row
         * @param defaultDomain the caller's default domain (null: none)
         * @param inheritBlankMergedCells read blank merged cells of CSV as the row above
         * @param maxProblems at most this many problems are listed per table; not negative
         * @param domains the domain registry (null: {@link Domains#standard()})
         * @throws IllegalArgumentException when maxProblems is negative
         */
        public Options {
            defaultDomain = Objects.requireNonNullElse(defaultDomain, "").strip();
            if (maxProblems < 0) {
                throw new IllegalArgumentException("maxProblems < 0");
            }
            domains = domains != null ? domains : Domains.standard();
        }

        /** @return continue past bad rows, no default domain, inherit merged cells, 10,000 problems, standard domains */
        public static Options defaults() {
            return new Options(false, "", true, 10_000, null);
        }

        /**
         * @param stop stop at the first rejected row
         * @return a copy with it
         */
        public Options withStopOnError(boolean stop) {
            return new Options(stop, defaultDomain, inheritBlankMergedCells, maxProblems, domains);
        }

        /**
         * @param domain the domain of items when the table does not say it (null or empty: none)
         * @return a copy with it
         */
        public Options withDefaultDomain(String domain) {
            return new Options(stopOnError, domain, inheritBlankMergedCells, maxProblems, domains);
        }

        /**
         * @param inherit read blank merged cells of CSV as the row above
         * @return a copy with it
         */
        public Options withInheritBlankMergedCells(boolean inherit) {
            return new Options(stopOnError, defaultDomain, inherit, maxProblems, domains);
        }

        /**
         * @param max how many problems to list per table
         * @return a copy with it
         */
        public Options withMaxProblems(int max) {
            return new Options(stopOnError, defaultDomain, inheritBlankMergedCells, max, domains);
        }

        /**
         * @param registry the domain registry (e.g. the standard one with a province's local domains)
         * @return a copy with it
         */
        public Options withDomains(Domains registry) {
            return new Options(stopOnError, defaultDomain, inheritBlankMergedCells, maxProblems, registry);
        }
    }

    /**
     * Reads a file whose format its extension names ({@link TableFormats}).
     *
     * @param file the file
     * @param options reading options
     * @return the catalog and a summary per table
     * @throws TableFormatException when the format is not known or its library is absent
     * @throws TableReadException when a table has no recognisable header, the file is broken or exceeds a limit
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static TableReadResult read(Path file, Options options) {
        return read(TableFormats.open(TableInput.of(file), null), options);
    }

    /**
     * Reads every table of a source into one {@link Catalog}.
     *
     * @param source the tables
     * @param options reading options
     * @return the catalog (its title: the page title of a several-table file, else the table's title; its domains
     *     as the items name them) and a summary per table
     * @throws TableReadException when a table has no recognisable header, the file is broken or exceeds a limit, or
     *     a row is rejected with {@link Options#stopOnError()}
     * @throws java.io.UncheckedIOException when the input cannot be read
     */
    public static TableReadResult read(TableSource source, Options options) {
        List<DisclosureItem> items = new ArrayList<>();
        List<ItemSource> sources = new ArrayList<>();
        Interpretation in = new Interpretation(options, items::add, sources);
        HeaderSearch tables = new HeaderSearch(in);
        source.read(tables);
        tables.finish();
        Set<String> domains = new LinkedHashSet<>();
        for (DisclosureItem i : items) {
            if (!i.domain().isEmpty()) {
                domains.add(i.domain());
            }
        }
        Catalog.Builder b = Catalog.builder().title(in.catalogTitle()).publisher("").addItems(items);
        domains.forEach(b::addDomain);
        return new TableReadResult(b.build(), in.summaries(), sources);
    }

    /**
     * Streams the items of every table of a source to a consumer, one row in memory at a time.
     *
     * @param source the tables
     * @param options reading options
     * @param sink receives each item in file order
     * @return a summary per table
     * @throws TableReadException when a table has no recognisable header, the file is broken or exceeds a limit, or
     *     a row is rejected with {@link Options#stopOnError()}
     * @throws java.io.UncheckedIOException when the input cannot be read
     */
    public static List<TableSummary> forEach(TableSource source, Options options,
            Consumer<? super DisclosureItem> sink) {
        Interpretation in = new Interpretation(options, sink, null);
        HeaderSearch tables = new HeaderSearch(in);
        source.read(tables);
        tables.finish();
        return in.summaries();
    }
}
