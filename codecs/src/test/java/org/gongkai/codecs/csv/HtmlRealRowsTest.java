package org.gongkai.codecs.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.codecs.csv.RealRowsTest.s;
import static org.gongkai.codecs.csv.RealRowsTest.t;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.DomainOrigin;
import org.gongkai.codecs.table.HtmlTableSource;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.codecs.table.TableSummary;
import org.gongkai.codecs.table.TitleOrigin;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.ItemElement;
import org.junit.jupiter.api.Test;

/**
 * The real rows of catalog-rows.jsonl published as HTML pages, as county sites publish them (a heading with the
 * table's title, the two-row header merged with rowspan/colspan, 一级事项 merged over the rows that share it), read
 * back by {@link HtmlTableSource} and the one interpretation: every element equals the transcription, and a merged
 * cell comes back inherited.
 */
class HtmlRealRowsTest {

    /** HTML text as Word and CMS editors write it: line breaks as br, runs of spaces kept with &amp;nbsp;. */
    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
                .replace("  ", " &nbsp;");
    }

    /** The header of a layout as HTML rows: group headers with colspan, lone headers with rowspan 2. */
    private static String header(List<RealRowsTest.Col> cols) {
        boolean anySub = cols.stream().anyMatch(c -> !c.sub().isEmpty());
        StringBuilder top = new StringBuilder("<tr>");
        StringBuilder sub = new StringBuilder("<tr>");
        for (int j = 0; j < cols.size(); j++) {
            RealRowsTest.Col c = cols.get(j);
            if (!c.top().isEmpty()) {
                int span = 1;
                while (!c.sub().isEmpty() && j + span < cols.size() && cols.get(j + span).top().isEmpty()) {
                    span++;
                }
                top.append("<th").append(span > 1 ? " colspan=\"" + span + "\"" : "")
                        .append(anySub && c.sub().isEmpty() ? " rowspan=\"2\"" : "").append('>')
                        .append(esc(c.top())).append("</th>");
            }
            if (!c.sub().isEmpty()) {
                sub.append("<th>").append(esc(c.sub())).append("</th>");
            }
        }
        return top + "</tr>\n" + (anySub ? sub + "</tr>\n" : "");
    }

    private static byte[] encode(int i, String body, String title) {
        String meta = switch (i % 4) {
            case 0 -> "<meta charset=\"utf-8\">";
            case 1 -> "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">";
            default -> "";
        };
        String page = "<!DOCTYPE html><html><head>" + meta + "<title>" + esc(title) + "</title></head><body>\n"
                + body + "</body></html>\n";
        return switch (i % 4) {
            case 1 -> page.getBytes(Charset.forName("GB18030"));
            case 2 -> ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
            default -> page.getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Row i alone (with the row above when it says 同上) in the layout RealRowsTest gives it as CSV. */
    private static byte[] page(int i, List<JsonNode> all) {
        JsonNode r = all.get(i);
        List<RealRowsTest.Col> cols = RealRowsTest.layout(i, r);
        String title = s(r, "publisher") + s(r, "domain") + "领域基层政务公开标准目录";
        StringBuilder sb = new StringBuilder("<p align=\"center\"><b>" + esc(title) + "</b></p>\n<table border=1>\n");
        sb.append(header(cols));
        List<JsonNode> rows = s(r, "channels").equals("同上") ? List.of(all.get(i - 1), r) : List.of(r);
        for (JsonNode x : rows) {
            sb.append("<tr>");
            for (RealRowsTest.Col c : cols) {
                sb.append("<td>").append(esc(c.cell().apply(x))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return encode(i, sb.append("</table>\n").toString(), title);
    }

    @Test
    void everyRealRowReadsBackFromHtmlInEveryLayoutOfTheCsvFixture() throws IOException {
        List<JsonNode> all = RealRowsTest.rows();
        Map<Integer, List<String>> failures = new TreeMap<>();
        int equal = 0;
        for (int i = 0; i < all.size(); i++) {
            JsonNode r = all.get(i);
            boolean ownDomainColumn = RealRowsTest.layout(i, r).stream().anyMatch(c -> c.top().equals("相应领域"));
            HtmlTableSource src = new HtmlTableSource(TableInput.of(new ByteArrayInputStream(page(i, all)),
                    "row" + i + ".html"));
            TableReadResult res = CatalogTableReader.read(src, CatalogTableReader.Options.defaults()
                    .withDefaultDomain(ownDomainColumn ? "" : s(r, "domain")));
            List<DisclosureItem> items = res.catalog().items();
            List<String> diff = new ArrayList<>();
            if (items.isEmpty()) {
                diff.add("no item read: " + res.tables());
            } else {
                DisclosureItem got = items.get(items.size() - 1);
                diff.addAll(RealRowsTest.compare(i, r, got, items.size() > 1 ? items.get(0) : null,
                        ownDomainColumn ? s(r, "domain") : RealRowsTest.domainFromTitle(r)));
                String cs = i % 4 == 1 ? "GB18030" : "UTF-8";
                if (!src.charset().name().equals(cs)) {
                    diff.add("charset " + src.charset());
                }
                TableSummary t = res.tables().get(0);
                if (t.rowsRejected() != 0 || t.titleOrigin() != TitleOrigin.HEADING) {
                    diff.add("summary " + t);
                }
            }
            if (diff.isEmpty()) {
                equal++;
            } else {
                failures.put(i, diff);
            }
        }
        failures.forEach((k, v) -> System.out.println("html row " + k + ": " + v));
        System.out.println("real rows read back equal from HTML: " + equal + " of " + all.size());
        assertThat(failures).isEmpty();
    }

    /** Rows in the special layouts (L6, L8, 济南) and the one-column 公开事项 rows are read in the test above. */
    private static boolean standardShape(int i, JsonNode r, List<JsonNode> all) {
        if (s(r, "channels").equals("同上") && (i == 0 || !standardShape(i - 1, all.get(i - 1), all)
                || !s(all.get(i - 1), "domain").equals(s(r, "domain"))
                || !s(all.get(i - 1), "publisher").equals(s(r, "publisher")))) {
            return false; // the row it repeats is not on the same table here
        }
        return !s(r, "level2").isEmpty() && i != 39 && i != 56 && i != 57 && i != 124 && i != 76;
    }

    /**
     * Each publisher's rows as one page, a table per domain under its heading (how a county publishes its domains),
     * 一级事项 merged with rowspan over consecutive rows that share it: every element equals the transcription,
     * the merged cells come back inherited (NAME), the domain comes from the heading.
     */
    @Test
    void countyPagesWithATablePerDomainAndMergedCells() throws IOException {
        List<JsonNode> all = RealRowsTest.rows();
        Map<String, List<Integer>> byPublisher = new java.util.LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (standardShape(i, all.get(i), all)) {
                byPublisher.computeIfAbsent(s(all.get(i), "publisher"), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, List<String>> failures = new TreeMap<>();
        int equal = 0;
        int merged = 0;
        int tables = 0;
        int page = 0;
        for (List<Integer> rows : byPublisher.values()) {
            // tables: runs of the same domain
            List<List<Integer>> runs = new ArrayList<>();
            for (int i : rows) {
                if (runs.isEmpty() || !s(all.get(runs.get(runs.size() - 1).get(0)), "domain")
                        .equals(s(all.get(i), "domain"))) {
                    runs.add(new ArrayList<>());
                }
                runs.get(runs.size() - 1).add(i);
            }
            StringBuilder body = new StringBuilder();
            List<Boolean> mergedRow = new ArrayList<>();
            for (List<Integer> run : runs) {
                JsonNode first = all.get(run.get(0));
                Set<String> levels = new LinkedHashSet<>();
                for (int i : run) {
                    for (AdministrativeLevel l : s(all.get(i), "levels").isEmpty() ? Set.<AdministrativeLevel>of()
                            : AdministrativeLevel.parseAll(s(all.get(i), "levels"))) {
                        levels.add(l.label());
                    }
                }
                body.append("<h3>").append(esc(s(first, "publisher") + s(first, "domain") + "领域基层政务公开标准目录"))
                        .append("</h3>\n<table border=1>\n<tr><th rowspan=2>序号</th><th colspan=2>公开事项</th>"
                        + "<th rowspan=2>公开内容（要素）</th><th rowspan=2>公开依据</th><th rowspan=2>公开时限</th>"
                        + "<th rowspan=2>公开主体</th><th rowspan=2>公开渠道和载体</th><th colspan=2>公开对象</th>"
                        + "<th colspan=2>公开方式</th>" + (levels.isEmpty() ? "" : "<th colspan=" + levels.size()
                        + ">公开层级</th>") + "</tr>\n<tr><th>一级事项</th><th>二级事项</th><th>全社会</th>"
                        + "<th>特定群体</th><th>主动</th><th>依申请</th>");
                levels.forEach(l -> body.append("<th>").append(l).append("</th>"));
                body.append("</tr>\n");
                for (int k = 0; k < run.size(); k++) {
                    int i = run.get(k);
                    JsonNode x = all.get(i);
                    boolean continues = k > 0 && s(all.get(run.get(k - 1)), "level1").equals(s(x, "level1"));
                    mergedRow.add(continues);
                    int span = 1;
                    while (!continues && k + span < run.size()
                            && s(all.get(run.get(k + span)), "level1").equals(s(x, "level1"))) {
                        span++;
                    }
                    body.append("<tr><td>").append(k + 1).append("</td>");
                    if (!continues) {
                        body.append("<td").append(span > 1 ? " rowspan=\"" + span + "\"" : "").append('>')
                                .append(esc(s(x, "level1"))).append("</td>");
                    }
                    for (String v : List.of(s(x, "level2"), s(x, "content"), s(x, "basis"), s(x, "deadline"),
                            s(x, "subject"), s(x, "channels"), t(x, "audience_all") ? "√" : "",
                            RealRowsTest.specificCell(i, x), t(x, "proactive") ? "√" : "",
                            t(x, "on_request") ? "√" : "")) {
                        body.append("<td>").append(esc(v)).append("</td>");
                    }
                    Set<AdministrativeLevel> own = s(x, "levels").isEmpty() ? Set.of()
                            : AdministrativeLevel.parseAll(s(x, "levels"));
                    for (String l : levels) {
                        body.append("<td>").append(own.contains(AdministrativeLevel.parseAll(l).iterator().next())
                                ? "√" : "").append("</td>");
                    }
                    body.append("</tr>\n");
                }
                body.append("</table>\n");
            }
            byte[] bytes = encode(page, body.toString(), s(all.get(rows.get(0)), "publisher") + "基层政务公开标准目录");
            page++;
            TableReadResult res = CatalogTableReader.read(new HtmlTableSource(TableInput.of(
                    new ByteArrayInputStream(bytes), "page" + page + ".html")), CatalogTableReader.Options.defaults());
            assertThat(res.tables()).hasSize(runs.size());
            tables += runs.size();
            for (int t = 0; t < runs.size(); t++) {
                JsonNode first = all.get(runs.get(t).get(0));
                String want = org.gongkai.domain.Domains.standard().lookup(s(first, "domain"))
                        .map(org.gongkai.domain.Domain::name).orElse("");
                TableSummary sum = res.tables().get(t);
                assertThat(sum.titleOrigin()).isEqualTo(TitleOrigin.HEADING);
                assertThat(sum.domainOrigin()).isEqualTo(want.isEmpty() ? DomainOrigin.NONE : DomainOrigin.TITLE);
                assertThat(sum.itemsKept()).isEqualTo(runs.get(t).size());
            }
            List<Integer> flat = new ArrayList<>();
            runs.forEach(flat::addAll);
            List<DisclosureItem> items = res.catalog().items();
            assertThat(items).hasSize(flat.size());
            for (int k = 0; k < flat.size(); k++) {
                int i = flat.get(k);
                JsonNode r = all.get(i);
                DisclosureItem got = items.get(k);
                List<String> diff = new ArrayList<>(RealRowsTest.compare(i, r, got, k > 0 ? items.get(k - 1) : null,
                        org.gongkai.domain.Domains.standard().lookup(s(r, "domain"))
                                .map(org.gongkai.domain.Domain::name).orElse("")));
                diff.removeIf(d -> d.startsWith("inherited"));
                EnumSet<ItemElement> inh = EnumSet.noneOf(ItemElement.class);
                if (s(r, "channels").equals("同上")) {
                    inh.add(ItemElement.CHANNELS);
                }
                if (mergedRow.get(k)) {
                    inh.add(ItemElement.NAME);
                    merged++;
                }
                if (!inh.equals(got.inherited())) {
                    diff.add("inherited: expected " + inh + " but read " + got.inherited());
                }
                if (diff.isEmpty()) {
                    equal++;
                } else {
                    failures.put(i, diff);
                }
            }
        }
        failures.forEach((k, v) -> System.out.println("county page row " + k + ": " + v));
        System.out.println("county pages: " + page + " pages, " + tables + " tables, " + equal
                + " rows read back equal, " + merged + " merged 一级事项 cells inherited");
        assertThat(failures).isEmpty();
        assertThat(merged).isPositive();
    }
}
