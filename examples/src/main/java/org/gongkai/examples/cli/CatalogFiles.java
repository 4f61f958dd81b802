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
import org.gongkai.codecs.csv.CatalogCsvException;
import org.gongkai.codecs.csv.CatalogCsvReader;
import org.gongkai.codecs.csv.CatalogCsvWriter;
import org.gongkai.codecs.csv.CsvReadResult;
import org.gongkai.codecs.csv.CsvSummary;
import org.gongkai.codecs.json.CatalogJsonReader;
import org.gongkai.codecs.json.CatalogJsonWriter;
import org.gongkai.data.DataFormatException;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;

/** Reading and writing catalog files for {@code validate}, {@code convert} and {@code demo}: CSV or JSON. */
final class CatalogFiles {
    /** The two formats. */
    enum Format {
        /** A published catalog table as CSV (any real layout the reader knows). */
        CSV,
        /** Gongkai's JSON catalog. */
        JSON
    }

    /**
     * A catalog as read.
     *
     * @param source the file's name
     * @param catalog the catalog
     * @param csv the CSV reader's summary (rows read, rejected, problems), empty for JSON
     */
    record Read(String source, Catalog catalog, Optional<CsvSummary> csv) {
        /** @return the rows the CSV reader rejected (0 for JSON) */
        long rejected() {
            return csv.map(CsvSummary::rowsRejected).orElse(0L);
        }
    }

    private CatalogFiles() {
    }

    /**
     * @param command the command, for messages
     * @param file a file name
     * @param given the format given with {@code --format}, or null
     * @return the format given, or the one its extension names
     * @throws UsageException when neither tells
     */
    static Format format(String command, String file, String given) throws UsageException {
        if (given != null) {
            return switch (given.toLowerCase(Locale.ROOT)) {
                case "csv" -> Format.CSV;
                case "json" -> Format.JSON;
                default -> throw new UsageException(command + ": --format '" + given + "' is neither csv nor json");
            };
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        throw new UsageException(command + ": cannot tell the format of '" + file
                + "' from its name (.csv or .json); give --format csv|json");
    }

    /**
     * Reads a catalog file.
     *
     * @param command the command, for messages
     * @param file the file
     * @param format its format
     * @return the catalog
     * @throws UsageException when the file cannot be read, or is not a catalog (the message names file, line, column)
     */
    static Read read(String command, Path file, Format format) throws UsageException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(command, in, file.toString(), format);
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
     * @return the catalog
     * @throws UsageException when the bytes are not a catalog (the message names source, line, column)
     */
    static Read read(String command, InputStream in, String source, Format format) throws UsageException {
        try {
            if (format == Format.CSV) {
                CsvReadResult r = CatalogCsvReader.read(in, source);
                return new Read(source, r.catalog(), Optional.of(r.summary()));
            }
            try (CatalogJsonReader reader = CatalogJsonReader.open(in, source)) {
                List<DisclosureItem> items = new ArrayList<>();
                while (reader.hasNext()) {
                    items.add(reader.next());
                }
                Catalog catalog = reader.header().toBuilder().addItems(items).build();
                return new Read(source, catalog, Optional.empty());
            }
        } catch (CatalogCsvException e) {
            throw new UsageException(command + ": " + e.getMessage(), e);
        } catch (DataFormatException e) {
            throw new UsageException(command + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UsageException(command + ": " + source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a catalog.
     *
     * @param catalog the catalog
     * @param out the stream (closed)
     * @param format the format
     */
    static void write(Catalog catalog, OutputStream out, Format format) {
        if (format == Format.CSV) {
            CatalogCsvWriter.write(catalog, out, false);
        } else {
            CatalogJsonWriter.write(catalog, out);
        }
    }
}
