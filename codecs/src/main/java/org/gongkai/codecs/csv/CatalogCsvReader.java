package org.gongkai.codecs.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.CsvTableSource;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableProblem;
import org.gongkai.codecs.table.TableReadException;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.codecs.table.TableSummary;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;

/**
 * Reads a published catalog table (政务公开事项标准目录) exported as CSV, as real catalogs write it: UTF-8 with or
 * without BOM, or GB18030; the layouts of the national guides and their local variants (one- or two-row headers,
 * 一级/二级/三级事项 or a single 公开事项 column, reordered columns, a 领域 column, 五公开, 公开属性, extra columns
 * kept in {@link DisclosureItem#extras()}, headers repeated inside the table); cells as they are (√ or words, a
 * specific-group description, ■/□/▄/口/◆ channel lists, numbered lists, named sites and URLs, 同上).
 *
 * <p>Text is kept exactly as written; Traditional characters and full-width punctuation are normalised only to
 * match headers and labels. A row that cannot be read as an item is reported with file, row, column and cell text
 * and counted as rejected ({@link Options#stopOnError()} stops instead); every row is counted in the
 * {@link CsvSummary}. Cells written with a leading apostrophe by {@link CatalogCsvWriter} to keep spreadsheets from
 * running them as formulas are un-escaped.
 *
 * <p>{@link #forEach} streams: it holds one row and the previous item (for 同上) in memory, whatever the size.
 */
public final class CatalogCsvReader {
    /** GB18030, the national standard superset of GBK used by Chinese spreadsheet exports. */
    public static final Charset GB18030 = CsvTableSource.GB18030;

    private CatalogCsvReader() {
    }

    /**
     * Reading options; start from {@link #defaults()}.
     *
     * @param charset the character set, or null to detect it (a BOM or valid UTF-8 in the first 64 KiB → UTF-8,
     *     else GB18030)
     * @param stopOnError stop at the first rejected row with a {@link CatalogCsvException} (default: continue)
     * @param defaultDomain the domain of items when the table has no 领域 column (a catalog's domain is usually in
     *     its title)
     * @param inheritBlankMergedCells read a blank 一级事项 (when 二级事项 is filled) and a blank 领域 as the row above's
     *     value — merged cells exported blank — and record it in {@link DisclosureItem#inherited()} (default: on)
     * @param maxProblems at most this many problems are listed (all are counted); not negative
     */
    public record Options(Charset charset, boolean stopOnError, String defaultDomain, boolean inheritBlankMergedCells,
            int maxProblems) {
        /**
         * Checks the values.
         *
         * @param charset the character set, or null to detect it (a BOM or valid UTF-8 in the first 64 KiB → UTF-8,
         *     else GB18030)
         * @param stopOnError stop at the first rejected row with a {@link CatalogCsvException} (default: continue)
         * @param defaultDomain the domain of items when the table has no 领域 column (a catalog's domain is usually in
         *     its title)
         * @param inheritBlankMergedCells read a blank 一级事项 (when 二级事项 is filled) and a blank 领域 as the row above's
         *     value — merged cells exported blank — and record it in {@link DisclosureItem#inherited()} (default: on)
         * @param maxProblems at most this many problems are listed (all are counted); not negative
         */
        public Options {
            defaultDomain = Objects.requireNonNullElse(defaultDomain, "");
            if (maxProblems < 0) {
                throw new IllegalArgumentException("maxProblems < 0");
            }
        }

        /** @return detect the charset, continue past bad rows, no default domain, inherit merged cells, 10,000 */
        public static Options defaults() {
            return new Options(null, false, "", true, 10_000);
        }

        /**
         * @param cs the character set (null: detect)
         * @return a copy with it
         */
        public Options withCharset(Charset cs) {
            return new Options(cs, stopOnError, defaultDomain, inheritBlankMergedCells, maxProblems);
        }

        /**
         * @param stop stop at the first rejected row
         * @return a copy with it
         */
        public Options withStopOnError(boolean stop) {
            return new Options(charset, stop, defaultDomain, inheritBlankMergedCells, maxProblems);
        }

        /**
         * @param domain the domain of items in a table without a 领域 column
         * @return a copy with it
         */
        public Options withDefaultDomain(String domain) {
            return new Options(charset, stopOnError, domain, inheritBlankMergedCells, maxProblems);
        }

        /**
         * @param inherit read blank merged cells as the row above
         * @return a copy with it
         */
        public Options withInheritBlankMergedCells(boolean inherit) {
            return new Options(charset, stopOnError, defaultDomain, inherit, maxProblems);
        }

        /**
         * @param max how many problems to list
         * @return a copy with it
         */
        public Options withMaxProblems(int max) {
            return new Options(charset, stopOnError, defaultDomain, inheritBlankMergedCells, max);
        }
    }

    /**
     * @param file a CSV file
     * @param options reading options
     * @return the catalog and the summary
     * @throws CatalogCsvException when the table has no recognisable header, or its CSV is broken
     */
    public static CsvReadResult read(Path file, Options options) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param in the CSV bytes (not closed)
     * @param sourceName the file name for messages
     * @return the catalog and the summary, with default options
     */
    public static CsvReadResult read(InputStream in, String sourceName) {
        return read(in, sourceName, Options.defaults());
    }

    /**
     * Reads the whole table into a {@link Catalog}.
     *
     * @param in the CSV bytes (not closed)
     * @param sourceName the file name for messages
     * @param options reading options
     * @return the catalog (title from the table's title row, domains as the items name them) and the summary
     * @throws CatalogCsvException when the table has no recognisable header, or its CSV is broken
     */
    public static CsvReadResult read(InputStream in, String sourceName, Options options) {
        CsvTableSource[] used = new CsvTableSource[1];
        TableReadResult r = run(in, sourceName, options, null, used);
        return new CsvReadResult(r.catalog(), csvSummary(r.tables().get(0), used[0].charset()));
    }

    /**
     * Streams the table's items to a consumer, one row in memory at a time.
     *
     * @param in the CSV bytes (not closed)
     * @param sourceName the file name for messages
     * @param options reading options
     * @param sink receives each item in table order
     * @return what was read
     * @throws CatalogCsvException when the table has no recognisable header, or its CSV is broken
     */
    public static CsvSummary forEach(InputStream in, String sourceName, Options options,
            Consumer<? super DisclosureItem> sink) {
        Objects.requireNonNull(sink, "sink");
        CsvTableSource[] used = new CsvTableSource[1];
        TableReadResult r = run(in, sourceName, options, sink, used);
        return csvSummary(r.tables().get(0), used[0].charset());
    }

    /**
     * @param bytes the start of a file
     * @param length how many bytes of it to look at
     * @return UTF-8 when the bytes start with a UTF-8 BOM or are valid UTF-8 (a sequence cut at the end is
     *     allowed), else GB18030
     */
    public static Charset detectCharset(byte[] bytes, int length) {
        return CsvTableSource.detectCharset(bytes, length);
    }

    /**
     * @param o the CSV options
     * @return the same options for the table interpretation
     */
    static CatalogTableReader.Options tableOptions(Options o) {
        return CatalogTableReader.Options.defaults().withStopOnError(o.stopOnError())
                .withDefaultDomain(o.defaultDomain()).withInheritBlankMergedCells(o.inheritBlankMergedCells())
                .withMaxProblems(o.maxProblems());
    }

    static CsvProblem csvProblem(TableProblem p) {
        return new CsvProblem(p.table().file(), p.row(), p.line(), p.column(), p.header(), p.cellText(), p.message(),
                p.severity() == TableProblem.Severity.ERROR ? CsvProblem.Severity.ERROR : CsvProblem.Severity.WARNING);
    }

    private static CsvSummary csvSummary(TableSummary t, Charset cs) {
        List<CsvProblem> ps = new ArrayList<>();
        for (TableProblem p : t.problems()) {
            ps.add(csvProblem(p));
        }
        return new CsvSummary(t.location().file(), cs, t.rowsRead(), t.preambleRows(), t.headerRows(),
                t.blankRows(), t.itemsKept(), t.rowsRejected(), ps, t.problemsOmitted());
    }

    private static TableReadResult run(InputStream in, String sourceName, Options options,
            Consumer<? super DisclosureItem> sink, CsvTableSource[] used) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        String name = Objects.requireNonNullElse(sourceName, "CSV");
        CsvTableSource src = new CsvTableSource(TableInput.of(in, name).withCharset(options.charset()));
        used[0] = src;
        try {
            if (sink == null) {
                return CatalogTableReader.read(src, tableOptions(options));
            }
            List<TableSummary> s = CatalogTableReader.forEach(src, tableOptions(options), sink);
            return new TableReadResult(Catalog.builder().build(), s);
        } catch (TableReadException e) {
            throw new CatalogCsvException(csvProblem(e.problem()), e.getCause());
        }
    }
}
