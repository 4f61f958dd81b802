package org.gongkai.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.codecs.csv.CatalogCsvWriter;
import org.gongkai.codecs.json.CatalogJsonReader;
import org.gongkai.codecs.json.CatalogJsonWriter;
import org.gongkai.codecs.table.CatalogHtmlWriter;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.CsvTableSource;
import org.gongkai.codecs.table.HtmlTableSource;
import org.gongkai.codecs.table.ItemSource;
import org.gongkai.codecs.table.TableFormat;
import org.gongkai.codecs.table.TableFormatException;
import org.gongkai.codecs.table.TableFormats;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableReadException;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.codecs.table.TableSource;
import org.gongkai.codecs.table.TableSummary;
import org.gongkai.data.DataFormatException;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;

/**
 * Reading and writing catalog files for {@code validate}, {@code convert} and {@code demo}: Gongkai's JSON, and every
 * table format of {@link TableFormats} (CSV, HTML, and the formats registered there).
 */
final class CatalogFiles {
    /** The name of the JSON format (the table formats are named by {@link TableFormats}). */
    static final String JSON = "json";
    /** The formats {@link #write} writes. */
    static final List<String> WRITABLE = List.of("json", "csv", "html", "xlsx");

    /**
     * A catalog as read.
     *
     * @param source the file's name
     * @param catalog the catalog
     * @param tables a summary per table read (title, domain and its origin, rows), empty for JSON
     * @param charset the charset a text table format was read in, empty when none applies
     * @param sources where each item was read (table, row, line), index for index; empty for JSON
     */
    record Read(String source, Catalog catalog, List<TableSummary> tables, Optional<String> charset,
            List<ItemSource> sources) {
        /** @return where item {@code index} was read, empty when not known */
        Optional<ItemSource> sourceOf(int index) {
            return index >= 0 && index < sources.size() ? Optional.of(sources.get(index)) : Optional.empty();
        }

        /** @return the rows rejected in all tables (0 for JSON) */
        long rejected() {
            long n = 0;
            for (TableSummary t : tables) {
                n += t.rowsRejected();
            }
            return n;
        }
    }

    private CatalogFiles() {
    }

    private static String known() {
        List<String> ext = new ArrayList<>(List.of("json"));
        for (TableFormat f : TableFormats.all()) {
            ext.addAll(f.extensions());
        }
        return String.join(", ", ext);
    }

    /**
     * @param command the command, for messages
     * @param file a file name
     * @param given the format given with {@code --format}, or null
     * @return the format's name ({@link #JSON} or a {@link TableFormats} name): the one given, or the one its
     *     extension names
     * @throws UsageException when neither tells
     */
    static String format(String command, String file, String given) throws UsageException {
        if (given != null) {
            String g = given.toLowerCase(Locale.ROOT).strip();
            if (g.equals(JSON)) {
                return JSON;
            }
            return TableFormats.byName(g).map(TableFormat::name).orElseThrow(() -> new UsageException(command
                    + ": --format '" + given + "' is not a known format (" + known() + ")"));
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        return TableFormats.byFileName(lower).map(TableFormat::name).orElseThrow(() -> new UsageException(command
                + ": cannot tell the format of '" + file + "' from its name (" + known() + "); give --format"));
    }

    /**
     * Reads a catalog file.
     *
     * @param command the command, for messages
     * @param file the file
     * @param format its format
     * @param domain the domain of tables that do not say theirs (--domain), or null
     * @return the catalog
     * @throws UsageException when the file cannot be read, or is not a catalog (the message names file, line, column)
     */
    static Read read(String command, Path file, String format, String domain) throws UsageException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(command, in, file.toString(), format, domain);
        } catch (NoSuchFileException e) {
            throw new UsageException(command + ": " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(command + ": " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalog from a stream.
     *
     * @param command the command, for messages
     * @param in the bytes (not closed)
     * @param source the name for messages
     * @param format the format
     * @param domain the domain of tables that do not say theirs (--domain), or null
     * @return the catalog
     * @throws UsageException when the bytes are not a catalog (the message names source, line, column)
     */
    static Read read(String command, InputStream in, String source, String format, String domain)
            throws UsageException {
        try {
            if (format.equals(JSON)) {
                try (CatalogJsonReader reader = CatalogJsonReader.open(in, source)) {
                    List<DisclosureItem> items = new ArrayList<>();
                    while (reader.hasNext()) {
                        items.add(reader.next());
                    }
                    Catalog catalog = reader.header().toBuilder().addItems(items).build();
                    return new Read(source, catalog, List.of(), Optional.empty(), List.of());
                }
            }
            TableSource src = TableFormats.resolve(source, format).open(TableInput.of(in, source));
            TableReadResult r = CatalogTableReader.read(src, CatalogTableReader.Options.defaults()
                    .withDefaultDomain(domain));
            Optional<String> cs = src instanceof CsvTableSource c ? Optional.of(c.charset().name())
                    : src instanceof HtmlTableSource h ? Optional.of(h.charset().name()) : Optional.empty();
            return new Read(source, r.catalog(), r.tables(), cs, r.sources());
        } catch (TableReadException | TableFormatException e) {
            throw new UsageException(command + ": " + e.getMessage(), e);
        } catch (DataFormatException e) {
            throw new UsageException(command + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UsageException(command + ": " + source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * What a table format cannot hold of a catalog: its publisher, levels and provenance (a table has a title and
     * items only), and items with neither a name nor a content (the table reader rejects such a row).
     *
     * @param catalog the catalog
     * @return what would be lost, empty when nothing
     */
    static List<String> notInATable(Catalog catalog) {
        List<String> out = new ArrayList<>();
        if (!catalog.publisher().isEmpty()) {
            out.add("the publisher \"" + catalog.publisher() + "\"");
        }
        if (!catalog.levels().isEmpty()) {
            out.add("the catalog's levels " + catalog.levels());
        }
        if (!catalog.provenance().equals(Catalog.builder().build().provenance())) {
            out.add("the provenance");
        }
        for (int i = 0; i < catalog.items().size(); i++) {
            DisclosureItem it = catalog.items().get(i);
            if (it.name().isEmpty() && it.content().isBlank()) {
                out.add("item " + (i + 1) + ", which has neither a name nor a content (a table row needs one)");
            }
        }
        return out;
    }

    /**
     * Writes a catalog.
     *
     * @param catalog the catalog
     * @param out the stream (closed)
     * @param format the format, one of {@link #WRITABLE}
     * @throws IOException when the stream fails
     */
    static void write(Catalog catalog, OutputStream out, String format) throws IOException {
        try (out) {
            switch (format) {
                case "csv" -> CatalogCsvWriter.write(catalog, out, false);
                case "html" -> CatalogHtmlWriter.write(catalog, out, CatalogHtmlWriter.Options.defaults());
                case "xlsx" -> org.gongkai.codecs.office.CatalogXlsxWriter.write(catalog, out,
                        org.gongkai.codecs.office.CatalogXlsxWriter.Options.defaults());
                default -> CatalogJsonWriter.write(catalog, out);
            }
        }
    }
}
