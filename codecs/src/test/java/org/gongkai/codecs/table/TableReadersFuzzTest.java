package org.gongkai.codecs.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gongkai.codecs.Generators;
import org.gongkai.codecs.csv.CatalogCsvWriter;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the CSV and HTML table sources with the one interpretation: mutated real-shaped tables and
 * random bytes end in items or in the documented exceptions ({@link TableReadException}), each within 1 s; and
 * generated catalogs with odd text (surrogates, 同上, blanks, marks, formula prefixes, TAB/CR, long cells) written as
 * CSV and as HTML read back unchanged. Count: {@code -Dfuzz.count} (default 2000); seed: {@code -Dfuzz.seed}.
 */
class TableReadersFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final String[] PIECES = {"序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体",
        "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "同上", "√", "■政府网站", "□政府公报", ",", "\"", "\n",
        "\r", "\t", "'", "=1+1", "<td>", "</td>", "<tr>", "<table>", "</table>", "<br>", "rowspan=3", "colspan=99999",
        "<td rowspan=2>", "<td colspan=3>", "<span style='font-family:Wingdings'>n</span>", "&#61694;", "\uD800", "😀",
        "<meta charset=gbk>", "<caption>户籍管理</caption>", "户籍管理领域基层政务公开标准目录", "x"};

    private static String header() {
        return "某县户籍管理领域基层政务公开标准目录\n序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,"
                + "主动,依申请\n1,户口登记,出生登记,办理条件,《户口登记条例》,20个工作日内,县公安局,■政府网站 □政府公报,√,,√,\n"
                + "2,同上,死亡登记,同上,同上,同上,同上,同上,√,申请人,√,\n";
    }

    private static String htmlPage() {
        return "<html><head><meta charset=utf-8><title>某县</title></head><body><h2>某县户籍管理领域基层政务公开标准目录</h2>"
                + "<table><tr><td rowspan=2>序号</td><td colspan=2>公开事项</td><td rowspan=2>公开内容</td>"
                + "<td rowspan=2>公开依据</td><td colspan=2>公开对象</td></tr><tr><td>一级事项</td><td>二级事项</td>"
                + "<td>全社会</td><td>特定群体</td></tr><tr><td>1</td><td rowspan=2>户口登记</td><td>出生登记</td>"
                + "<td>办理条件<br>材料</td><td>《户口登记条例》</td><td>√</td><td></td></tr><tr><td>2</td><td>死亡登记</td>"
                + "<td>同上</td><td>同上</td><td><span style='font-family:Wingdings'>&#61694;</span></td><td>申请人</td>"
                + "</tr></table></body></html>";
    }

    private static String mutate(String base, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(base);
        int n = 1 + r.nextInt(6);
        for (int k = 0; k < n; k++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            switch (r.nextInt(4)) {
                case 0 -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 1 -> {
                    int end = Math.min(sb.length(), at + r.nextInt(20));
                    sb.delete(at, end);
                }
                case 2 -> sb.insert(at, (char) r.nextInt(0x3000));
                default -> {
                    int end = Math.min(sb.length(), at + r.nextInt(40));
                    sb.insert(at, sb.substring(at, end));
                }
            }
        }
        return sb.toString();
    }

    private static byte[] bytes(String s, SplittableRandom r) {
        byte[] b = s.getBytes(r.nextInt(4) == 0 ? java.nio.charset.Charset.forName("GB18030") : StandardCharsets.UTF_8);
        if (r.nextInt(8) == 0 && b.length > 0) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256); // a broken byte
        }
        return b;
    }

    private static void readOnce(String format, byte[] input, long seed, int index) {
        long t0 = System.nanoTime();
        try {
            TableSource src = TableFormats.resolve("x." + format, null).open(TableInput.of(
                    new ByteArrayInputStream(input), "x." + format));
            TableReadResult res = CatalogTableReader.read(src, CatalogTableReader.Options.defaults());
            for (TableSummary t : res.tables()) {
                assertThat(t.rowsRead()).as("seed %d input %d: every row counted once", seed, index).isEqualTo(
                        t.preambleRows() + t.headerRows() + t.blankRows() + t.itemsKept() + t.rowsRejected());
            }
        } catch (TableReadException e) {
            assertThat(e.problem()).isNotNull(); // documented: broken file, limit, no header
        } catch (UncheckedIOException e) {
            fail("seed %d input %d: I/O error from memory: %s", seed, index, e);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + " input " + index + " (" + format + "): undocumented " + e, e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("seed %d input %d took %d ms", seed, index, ms).isLessThan(1000);
    }

    /** Loads the classes and the domain registry once, so that the 1 s bound measures reading, not class loading. */
    private static void warmUp() {
        for (int k = 0; k < 3; k++) {
            CatalogTableReader.read(new HtmlTableSource(TableInput.of(new ByteArrayInputStream(
                    htmlPage().getBytes(StandardCharsets.UTF_8)), "w.html")), CatalogTableReader.Options.defaults());
            CatalogTableReader.read(new CsvTableSource(TableInput.of(new ByteArrayInputStream(
                    header().getBytes(StandardCharsets.UTF_8)), "w.csv")), CatalogTableReader.Options.defaults());
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            CatalogCsvWriter.write(Generators.catalog(new SplittableRandom(k), 3, true), o, false);
        }
    }

    @Test
    void mutatedAndRandomCsvAndHtmlEndInItemsOrDocumentedErrors() {
        warmUp();
        SplittableRandom r = new SplittableRandom(SEED);
        int[] outcomes = new int[2];
        for (int i = 0; i < COUNT; i++) {
            long seed = SEED * 1_000_003L + i;
            SplittableRandom one = new SplittableRandom(seed);
            boolean html = one.nextBoolean();
            byte[] input;
            if (one.nextInt(10) == 0) {
                input = new byte[one.nextInt(4096)];
                for (int k = 0; k < input.length; k++) {
                    input[k] = (byte) one.nextInt(256);
                }
            } else {
                input = bytes(mutate(html ? htmlPage() : header(), one), one);
            }
            readOnce(html ? "html" : "csv", input, SEED, i);
            outcomes[html ? 1 : 0]++;
        }
        System.out.println("table fuzz: " + outcomes[0] + " CSV and " + outcomes[1] + " HTML inputs, seed " + SEED);
        assertThat(outcomes[0] + outcomes[1]).isEqualTo(COUNT);
        r.nextInt();
    }

    @Test
    void generatedCatalogsWithOddTextRoundTripThroughCsvAndHtml() {
        warmUp();
        int n = Math.max(1, COUNT / 10);
        for (int i = 0; i < n; i++) {
            long seed = SEED * 7_919L + i;
            SplittableRandom r = new SplittableRandom(seed);
            Catalog c = Generators.catalog(r, 1 + r.nextInt(8), true);
            List<DisclosureItem> items = new ArrayList<>(c.items());
            if (r.nextInt(4) == 0) { // a very long cell
                items.set(0, items.get(0).toBuilder().content("长".repeat(100_000 + r.nextInt(1000))).build());
            }
            Catalog cat = c.toBuilder().title(c.title().strip().isEmpty() ? "t" : c.title()).build();
            Catalog withItems = Catalog.builder().title(cat.title()).addItems(items).build();
            long t0 = System.nanoTime();
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            CatalogCsvWriter.write(withItems, csv, r.nextBoolean());
            TableReadResult back = CatalogTableReader.read(new CsvTableSource(TableInput.of(
                    new ByteArrayInputStream(csv.toByteArray()), "f.csv")), CatalogTableReader.Options.defaults());
            assertThat(back.catalog().items()).as("seed %d: CSV round trip", seed).isEqualTo(items);
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            CatalogHtmlWriter.write(withItems, html, new CatalogHtmlWriter.Options(r.nextBoolean(), r.nextBoolean()));
            TableReadResult page = CatalogTableReader.read(new HtmlTableSource(TableInput.of(
                    new ByteArrayInputStream(html.toByteArray()), "f.html")), CatalogTableReader.Options.defaults());
            assertThat(page.catalog().items()).as("seed %d: HTML round trip", seed).isEqualTo(items);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).as("seed %d took %d ms", seed, ms).isLessThan(1000);
        }
        System.out.println("table round trips: " + n + " catalogs through CSV and HTML, seed " + SEED);
    }
}
