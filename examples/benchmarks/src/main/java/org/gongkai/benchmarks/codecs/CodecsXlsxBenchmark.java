package org.gongkai.benchmarks.codecs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.gongkai.codecs.office.CatalogXlsxWriter;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.PublishedLayout;
import org.gongkai.codecs.table.TableFormats;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableSummary;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.DisclosureItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reading a 100,000-row {@code .xlsx} catalog (the national layout with its title row and two-row header, written
 * by {@link CatalogXlsxWriter} in the setup, items generated one at a time) in a JVM of 64 MiB heap: the whole
 * Gongkai path (format dispatch, the streaming XLSX source with its merged-region pass, the interpretation, items
 * built) beside Apache POI's own bare streaming row iteration of the same file (XSSFReader, shared strings, styles,
 * {@link XSSFSheetXMLHandler} with cells formatted as shown, nothing interpreted). One operation = the whole
 * workbook; rows/s = ops/s × 100,000. Run:
 * {@code java -jar examples/benchmarks/target/benchmarks.jar CodecsXlsxBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx64m"})
public class CodecsXlsxBenchmark {
    private static final int ROWS = 100_000;
    private Path file;

    /**
     * Writes the workbook, streaming, without holding the items.
     *
     * @throws IOException when the temporary file cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        file = Files.createTempFile("gongkai-bench-", ".xlsx");
        Iterable<DisclosureItem> items = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < ROWS;
            }

            @Override
            public DisclosureItem next() {
                if (n >= ROWS) {
                    throw new NoSuchElementException();
                }
                return CodecsData.item(n++);
            }
        };
        PublishedLayout layout = new PublishedLayout(true, false, List.of(AdministrativeLevel.COUNTY,
                AdministrativeLevel.TOWNSHIP), false, List.of("咨询电话"), true, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            CatalogXlsxWriter.write(items, "翔安区香山街道义务教育领域基层政务公开标准目录", layout, "目录", out);
        }
        System.out.printf("%nXLSX workbook: %d rows, %d bytes (%.2f MB), max heap %d MiB%n", ROWS, Files.size(file),
                Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Deletes the workbook.
     *
     * @throws IOException when it cannot be deleted
     */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * @param bh consumes the items
     * @return the summaries
     */
    @Benchmark
    public List<TableSummary> readGongkai(Blackhole bh) {
        return CatalogTableReader.forEach(TableFormats.open(TableInput.of(file), null),
                CatalogTableReader.Options.defaults(), bh::consume);
    }

    /**
     * @param bh consumes the cells
     * @return the number of rows
     * @throws Exception when POI cannot read the file
     */
    @Benchmark
    public long readPoiBareRows(Blackhole bh) throws Exception {
        long[] rows = new long[1];
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    rows[0]++;
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    bh.consume(value);
                                }
                            }, false));
                    xml.parse(new InputSource(in));
                }
            }
            pkg.revert();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }
}
