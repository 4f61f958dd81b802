package org.gongkai.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.codecs.csv.CatalogCsvReader;
import org.gongkai.codecs.csv.CsvProblem;
import org.gongkai.codecs.csv.CsvReadResult;
import org.gongkai.codecs.json.CatalogJsonWriter;
import org.gongkai.item.Catalog;

/**
 * A province collects its counties' catalog tables (CSV exports of the spreadsheets they publish) and stores them
 * as JSON: read with {@link CatalogCsvReader} (it knows the real layouts and says what it could not read), write
 * with {@link CatalogJsonWriter}.
 */
public final class CsvToJson {
    private CsvToJson() {
    }

    /**
     * @param csv the table's bytes (not closed)
     * @param sourceName the file name, for the reader's messages
     * @param json where the JSON goes (closed at the end)
     * @return what was read: the catalog, and the rows read, kept and rejected with their problems
     */
    public static CsvReadResult convert(InputStream csv, String sourceName, OutputStream json) {
        CsvReadResult read = CatalogCsvReader.read(csv, sourceName);
        CatalogJsonWriter.write(read.catalog(), json);
        return read;
    }

    /**
     * Converts a file and prints the reader's problems.
     *
     * @param args the CSV file and the JSON file
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            CsvReadResult r = convert(in, args[0], out);
            Catalog c = r.catalog();
            System.out.println(c.items().size() + " items, " + r.summary().rowsRejected() + " rows rejected");
            for (CsvProblem p : r.summary().problems()) {
                System.out.println(p);
            }
        }
    }
}
