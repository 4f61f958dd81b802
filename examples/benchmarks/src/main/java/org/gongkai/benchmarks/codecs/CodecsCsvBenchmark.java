package org.gongkai.benchmarks.codecs;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.gongkai.codecs.csv.CatalogCsvReader;
import org.gongkai.codecs.csv.CatalogCsvWriter;
import org.gongkai.codecs.csv.CsvSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a catalog table of 100,000 rows (the L1 layout with ■/□ channel lists, as the writer produces it): the
 * full reader (header analysis, marks, channels, 同上 and merged-cell checks, items built) beside Jackson's CSV
 * tokeniser alone on the same bytes (a floor: cells as strings, nothing understood). One operation = the whole
 * table; rows/s = ops/s × 100,000; MB/s = ops/s × the size printed at setup. Run:
 * {@code java -jar examples/benchmarks/target/benchmarks.jar CodecsCsvBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecsCsvBenchmark {
    private static final int ROWS = 100_000;
    private static final CsvFactory CSV = new CsvFactory();
    private byte[] csv;

    /** Writes the table. */
    @Setup
    public void setUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(CodecsData.catalog(ROWS), out, true);
        csv = out.toByteArray();
        System.out.printf("%nCSV table: %d rows, %d bytes (%.2f MB)%n", ROWS, csv.length, csv.length / 1e6);
    }

    /**
     * @param bh consumes the items
     * @return the summary
     */
    @Benchmark
    public CsvSummary readGongkai(Blackhole bh) {
        return CatalogCsvReader.forEach(new ByteArrayInputStream(csv), "bench.csv",
                CatalogCsvReader.Options.defaults(), bh::consume);
    }

    /**
     * @param bh consumes the cells
     * @throws IOException never
     */
    @Benchmark
    public void tokenizeOnly(Blackhole bh) throws IOException {
        try (CsvParser p = CSV.createParser(new InputStreamReader(new ByteArrayInputStream(csv),
                StandardCharsets.UTF_8))) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    bh.consume(p.getText());
                }
            }
        }
    }
}
