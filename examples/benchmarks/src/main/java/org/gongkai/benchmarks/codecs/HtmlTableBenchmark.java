package org.gongkai.benchmarks.codecs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.codecs.table.CatalogHtmlWriter;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.HtmlTableSource;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading an HTML page of 10,000 catalog rows (one table, the two-row header merged with rowspan/colspan, as
 * {@link CatalogHtmlWriter} writes it): the full reader (charset, jsoup's parse with positions, spans, cell texts,
 * the interpretation, items built) beside jsoup's bare parse and a walk of every cell's text on the same bytes (the
 * floor). One operation = the whole page. Run:
 * {@code java -jar examples/benchmarks/target/benchmarks.jar HtmlTableBenchmark -f 2 -wi 3 -i 5}.
 *
 * <p>Both run in forks with one fixed heap of 2 GiB touched at start ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}):
 * a page's tree is tens of megabytes, and with a growing heap the first touch of new memory (slow on a virtual
 * machine) rather than the code decided which side was faster, with error bars as wide as the scores.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HtmlTableBenchmark {
    private static final int ROWS = 10_000;
    private byte[] html;

    /** Writes the page. */
    @Setup
    public void setUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogHtmlWriter.write(CodecsData.catalog(ROWS), out, new CatalogHtmlWriter.Options(true, false));
        html = out.toByteArray();
        System.out.printf("%nHTML page: %d rows, %d bytes (%.2f MB)%n", ROWS, html.length, html.length / 1e6);
    }

    /**
     * @param bh consumes the items
     * @return the summaries
     */
    @Benchmark
    public List<TableSummary> readGongkai(Blackhole bh) {
        return CatalogTableReader.forEach(new HtmlTableSource(TableInput.of(new ByteArrayInputStream(html),
                "bench.html")), CatalogTableReader.Options.defaults(), bh::consume);
    }

    /**
     * @param bh consumes the cell texts
     * @return the number of cells
     */
    @Benchmark
    public int jsoupParseAndWalk(Blackhole bh) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        int n = 0;
        for (Element table : doc.getElementsByTag("table")) {
            for (Element tr : table.getElementsByTag("tr")) {
                for (Element td : tr.children()) {
                    bh.consume(td.text());
                    n++;
                }
            }
        }
        return n;
    }
}
