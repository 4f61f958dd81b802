package org.gongkai.codecs.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Channel;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.junit.jupiter.api.Test;

/**
 * Every row of the reference transcription (catalog-rows.jsonl, 125 rows of real catalogs) is written by this
 * fixture as a CSV table in its layout (catalog-layouts.md: L1 two-row and one-row headers with the header word
 * variants, L2 without levels, L3 三级事项, L4 相应领域, L6 reordered, L8 word values with 公 lost, L10 single
 * 公开事项 column, the 济南 layout), in UTF-8, UTF-8 with BOM or GB18030, and read back: every element must equal the
 * transcription.
 */
class RealRowsTest {
    /** 特定群体 cells that hold a description instead of √ (from marks_raw, copied by hand). */
    private static final Map<Integer, String> QUALIFIERS = Map.of(45, "面向擬征收土地所在地的村集體成員",
            46, "面向擬征收土地所在地的村集體成員", 47, "申請人", 49, "在征收范围内", 78, "法律援助申请人、受指派的法律…",
            113, "项目单位", 122, "项目单位");

    /**
     * Channel cells written without check marks, with the number of channels each names (counted by hand):
     * e.g. row 66 "1.政府网站 2.两微一端 3.政务服务中心 4.便民服务站" = 4, row 88 "政府门户网站 政务服务中心" = 2.
     */
    private static final Map<Integer, Integer> UNMARKED_CHANNEL_COUNTS = Map.ofEntries(Map.entry(6, 1),
            Map.entry(7, 1), Map.entry(51, 1), Map.entry(54, 1), Map.entry(56, 1), Map.entry(57, 1),
            Map.entry(66, 4), Map.entry(70, 2), Map.entry(71, 2), Map.entry(83, 1), Map.entry(84, 1),
            Map.entry(88, 2), Map.entry(94, 1), Map.entry(95, 1), Map.entry(96, 2), Map.entry(97, 2),
            Map.entry(118, 2), Map.entry(119, 2));

    static List<JsonNode> rows() throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = RealRowsTest.class.getResourceAsStream("catalog-rows.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(m.readTree(line));
                }
            }
        }
        return out;
    }

    static String s(JsonNode r, String key) {
        JsonNode n = r.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }

    static boolean t(JsonNode r, String key) {
        JsonNode n = r.get(key);
        return n != null && n.isBoolean() && n.asBoolean();
    }

    /** One column of a fixture table: top header, sub-header, and the cell of a row. */
    record Col(String top, String sub, java.util.function.Function<JsonNode, String> cell) {
    }

    private static List<String> levelHeaders(JsonNode r) {
        List<String> out = new ArrayList<>();
        for (String p : s(r, "levels").split(",\\s*|/")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    static String specificCell(int i, JsonNode r) {
        if (QUALIFIERS.containsKey(i)) {
            String q = QUALIFIERS.get(i);
            return i == 45 || i == 46 ? "√(" + q + ")" : q;
        }
        return t(r, "audience_specific") ? "√" : "";
    }

    /** The fixture's layout for row i (see the class comment). */
    static List<Col> layout(int i, JsonNode r) {
        List<Col> cols = new ArrayList<>();
        boolean twoRows = i % 5 != 0;
        String specificWord = i % 2 == 0 ? "特定群体" : "特定群众";
        String onRequestWord = i % 2 == 0 ? "依申请" : "依申请公开";
        if (i == 39) { // L6 枣庄高新区: 公开方式 before channels, 公开对象 last
            cols.add(new Col("序号", "", x -> "1"));
            cols.add(new Col("事项名称", "一级事项", x -> s(x, "level1")));
            cols.add(new Col("", "二级事项", x -> s(x, "level2")));
            cols.add(new Col("公开内容", "", x -> s(x, "content")));
            cols.add(new Col("公开依据", "", x -> s(x, "basis")));
            cols.add(new Col("公开时限", "", x -> s(x, "deadline")));
            cols.add(new Col("公开主体", "", x -> s(x, "subject")));
            cols.add(new Col("公开方式", "主动", x -> t(x, "proactive") ? "√" : ""));
            cols.add(new Col("", "依申请", x -> t(x, "on_request") ? "√" : ""));
            cols.add(new Col("公开渠道", "", x -> s(x, "channels")));
            cols.add(new Col("公开对象", "全社会", x -> t(x, "audience_all") ? "√" : ""));
            cols.add(new Col("", "特定群体", x -> specificCell(i, x)));
            return cols;
        }
        if (i == 56 || i == 57) { // L8 平武县: word values, the glyph 公 lost everywhere
            cols.add(new Col("序号", "", x -> "1"));
            cols.add(new Col("开事项", "一级事项", x -> s(x, "level1")));
            cols.add(new Col("", "二级事项", x -> s(x, "level2")));
            cols.add(new Col("开内容", "", x -> s(x, "content")));
            cols.add(new Col("开依据", "", x -> s(x, "basis")));
            cols.add(new Col("开时限", "", x -> s(x, "deadline")));
            cols.add(new Col("开主体", "", x -> s(x, "subject")));
            cols.add(new Col("开渠道", "", x -> s(x, "channels")));
            cols.add(new Col("开方式", "", x -> "全文发布"));
            cols.add(new Col("开属性", "", x -> "主动开"));
            cols.add(new Col("开对象", "", x -> "全社会"));
            cols.add(new Col("咨询电话", "", x -> ""));
            cols.add(new Col("监督举报电话", "", x -> ""));
            return cols;
        }
        if (i == 124) { // 济南市统计局: 三级事项, subject before basis, 公开方式 merges audience and method
            cols.add(new Col("公开事项", "一级事项", x -> s(x, "level1")));
            cols.add(new Col("", "二级事项", x -> s(x, "level2")));
            cols.add(new Col("", "三级事项", x -> ""));
            cols.add(new Col("公开内容", "", x -> s(x, "content")));
            cols.add(new Col("公开主体", "", x -> s(x, "subject")));
            cols.add(new Col("公开依据", "", x -> s(x, "basis")));
            cols.add(new Col("公开时限", "", x -> s(x, "deadline")));
            cols.add(new Col("公开方式", "", x -> s(x, "marks_raw")));
            cols.add(new Col("公开渠道", "", x -> s(x, "channels")));
            cols.add(new Col("公开责任", "", x -> ""));
            return cols;
        }
        cols.add(new Col("序号", "", x -> "1"));
        if (i % 7 == 3) { // L4: a leading 相应领域 column
            cols.add(new Col("相应领域", "", x -> s(x, "domain")));
        }
        if (s(r, "level2").isEmpty()) { // L10: one 公开事项 column
            cols.add(new Col("公开事项", "", x -> s(x, "level1")));
        } else if (twoRows) {
            cols.add(new Col("公开事项", "一级事项", x -> s(x, "level1")));
            cols.add(new Col("", "二级事项", x -> s(x, "level2")));
        } else {
            cols.add(new Col("一级事项", "", x -> s(x, "level1")));
            cols.add(new Col("二级事项", "", x -> s(x, "level2")));
        }
        cols.add(new Col(i % 3 == 0 ? "公开内容（要素）" : "公开内容(要素)", "", x -> s(x, "content")));
        cols.add(new Col("公开依据", "", x -> s(x, "basis")));
        cols.add(new Col("公开时限", "", x -> s(x, "deadline")));
        cols.add(new Col("公开主体", "", x -> s(x, "subject")));
        cols.add(new Col("公开渠道和载体", "", x -> s(x, "channels")));
        if (twoRows) {
            cols.add(new Col("公开对象", "全社会", x -> t(x, "audience_all") ? "√" : ""));
            cols.add(new Col("", specificWord, x -> specificCell(i, x)));
            cols.add(new Col("公开方式", "主动", x -> t(x, "proactive") ? "√" : ""));
            cols.add(new Col("", onRequestWord, x -> t(x, "on_request") ? "√" : ""));
        } else {
            cols.add(new Col("全社会", "", x -> t(x, "audience_all") ? "√" : ""));
            cols.add(new Col(specificWord, "", x -> specificCell(i, x)));
            cols.add(new Col("主动", "", x -> t(x, "proactive") ? "√" : ""));
            cols.add(new Col(onRequestWord, "", x -> t(x, "on_request") ? "√" : ""));
        }
        List<String> levels = levelHeaders(r);
        for (int k = 0; k < levels.size(); k++) {
            String h = levels.get(k);
            cols.add(twoRows ? new Col(k == 0 ? "公开层级" : "", h, x -> "√") : new Col(h, "", x -> "√"));
        }
        if (i == 76) { // the 东城 page's extra last column headed 政府网站, holding a URL
            cols.add(new Col("政府网站", "", x -> "http://dgsfj.dg.gov.cn/"));
        }
        return cols;
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String csvRow(List<String> cells) {
        List<String> q = new ArrayList<>();
        cells.forEach(c -> q.add(csvCell(c)));
        return String.join(",", q) + "\r\n";
    }

    /** The table for row i (with the row above it when its cell says 同上). */
    static byte[] table(int i, List<JsonNode> all) {
        JsonNode r = all.get(i);
        List<Col> cols = layout(i, r);
        StringBuilder sb = new StringBuilder();
        sb.append(csvRow(List.of(s(r, "publisher") + s(r, "domain") + "领域基层政务公开标准目录")));
        List<String> top = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        boolean anySub = false;
        for (Col c : cols) {
            top.add(c.top());
            sub.add(c.sub());
            anySub |= !c.sub().isEmpty();
        }
        sb.append(csvRow(top));
        if (anySub) {
            sb.append(csvRow(sub));
        }
        if (s(r, "channels").equals("同上")) {
            List<String> above = new ArrayList<>();
            cols.forEach(c -> above.add(c.cell().apply(all.get(i - 1))));
            sb.append(csvRow(above));
        }
        List<String> cells = new ArrayList<>();
        cols.forEach(c -> cells.add(c.cell().apply(r)));
        sb.append(csvRow(cells));
        String text = sb.toString();
        return switch (i % 4) {
            case 1 -> text.getBytes(Charset.forName("GB18030"));
            case 2 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static int count(String s, String chars) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** @return the differences between the item read and the transcription (empty when every element is equal) */
    static List<String> compare(int i, JsonNode r, DisclosureItem got, DisclosureItem above) {
        return compare(i, r, got, above, s(r, "domain"));
    }

    /**
     * The domain a table without a 领域 column gets from its title "…X领域基层政务公开标准目录": the standard
     * domain the title names (国办发〔2019〕54号's name, e.g. 涉农资金 → 涉农补贴, via the domain registry's aliases
     * of reference/domains.md), else the caller's default (the transcription's own domain).
     */
    static String domainFromTitle(JsonNode r) {
        return org.gongkai.domain.Domains.standard().lookup(s(r, "domain")).map(org.gongkai.domain.Domain::name)
                .orElse(s(r, "domain"));
    }

    /** @return the differences, with the domain expected given */
    static List<String> compare(int i, JsonNode r, DisclosureItem got, DisclosureItem above, String domain) {
        List<String> diff = new ArrayList<>();
        ItemName name = s(r, "level2").isEmpty() ? ItemName.of("", s(r, "level1"))
                : ItemName.of(s(r, "level1"), s(r, "level2"));
        check(diff, "name", name, got.name());
        check(diff, "domain", domain, got.domain());
        check(diff, "content", s(r, "content"), got.content());
        check(diff, "basis", s(r, "basis"), got.basis().text());
        check(diff, "deadline", s(r, "deadline"), got.deadlineText());
        check(diff, "responsibleBody", s(r, "subject"), got.responsibleBody().name());
        EnumSet<Audience> aud = EnumSet.noneOf(Audience.class);
        if (t(r, "audience_all")) {
            aud.add(Audience.GENERAL_PUBLIC);
        }
        if (t(r, "audience_specific")) {
            aud.add(Audience.SPECIFIC_GROUP);
        }
        check(diff, "audiences", aud, got.audiences());
        check(diff, "specificGroup", QUALIFIERS.getOrDefault(i, ""), got.specificGroup());
        EnumSet<DisclosureMethod> met = EnumSet.noneOf(DisclosureMethod.class);
        if (t(r, "proactive")) {
            met.add(DisclosureMethod.PROACTIVE);
        }
        if (t(r, "on_request")) {
            met.add(DisclosureMethod.ON_REQUEST);
        }
        check(diff, "methods", met, got.methods());
        Set<AdministrativeLevel> lv = s(r, "levels").isEmpty() ? Set.of()
                : AdministrativeLevel.parseAll(s(r, "levels"));
        check(diff, "levels", lv, got.levels());
        String raw = s(r, "channels");
        if (raw.equals("同上")) {
            check(diff, "channels (同上)", above.channels(), got.channels());
            check(diff, "inherited", Set.of(ItemElement.CHANNELS), got.inherited());
        } else {
            int expected = UNMARKED_CHANNEL_COUNTS.containsKey(i) ? UNMARKED_CHANNEL_COUNTS.get(i)
                    : count(raw, "■▄◆");
            // one channel per ticked box: row 55's "□其他   基层公共服务平台" is an empty box, so not a channel chosen
            // (the official left it unticked; the text after it is the form's blank filled in, not a tick)
            check(diff, "number of channels", expected, got.channels().size());
            int at = 0;
            for (Channel c : got.channels()) {
                int pos = raw.indexOf(c.text(), at);
                if (pos < 0) {
                    diff.add("channel text \"" + c.text() + "\" is not in the cell (in order)");
                } else {
                    at = pos + c.text().length();
                }
            }
            check(diff, "inherited", Set.of(), got.inherited());
        }
        Map<String, String> extras = i == 76 ? Map.of("政府网站", "http://dgsfj.dg.gov.cn/")
                : i == 56 || i == 57 ? Map.of("开方式", "全文发布") : Map.of();
        check(diff, "extras", extras, got.extras());
        return diff;
    }

    private static void check(List<String> diff, String what, Object expected, Object got) {
        if (!expected.equals(got)) {
            diff.add(what + ": expected " + expected + " but read " + got);
        }
    }

    @Test
    void everyTranscribedRowReadsBackWithEveryElementEqual() throws IOException {
        List<JsonNode> all = rows();
        assertThat(all).hasSize(125);
        Map<Integer, List<String>> failures = new TreeMap<>();
        int equal = 0;
        for (int i = 0; i < all.size(); i++) {
            JsonNode r = all.get(i);
            boolean ownDomainColumn = layout(i, r).stream().anyMatch(c -> c.top().equals("相应领域"));
            CatalogCsvReader.Options o = CatalogCsvReader.Options.defaults()
                    .withDefaultDomain(ownDomainColumn ? "" : s(r, "domain"));
            CsvReadResult res = CatalogCsvReader.read(new ByteArrayInputStream(table(i, all)), "row" + i + ".csv", o);
            List<DisclosureItem> items = res.catalog().items();
            List<String> diff = new ArrayList<>();
            if (items.isEmpty()) {
                diff.add("no item read: " + res.summary().problems());
            } else {
                DisclosureItem got = items.get(items.size() - 1);
                diff.addAll(compare(i, r, got, items.size() > 1 ? items.get(0) : null,
                        ownDomainColumn ? s(r, "domain") : domainFromTitle(r)));
                check(diff, "charset", i % 4 == 1 ? "GB18030" : "UTF-8", res.summary().charset().name());
                check(diff, "rows rejected", 0L, res.summary().rowsRejected());
            }
            if (diff.isEmpty()) {
                equal++;
            } else {
                failures.put(i, diff);
            }
        }
        failures.forEach((k, v) -> System.out.println("row " + k + ": " + v));
        System.out.println("real rows read back equal: " + equal + " of " + all.size());
        assertThat(failures).isEmpty();
        assertThat(UNMARKED_CHANNEL_COUNTS.keySet()).as("the hand-counted rows are exactly the unmarked ones")
                .containsExactlyInAnyOrderElementsOf(unmarkedRows(all));
    }

    private static List<Integer> unmarkedRows(List<JsonNode> all) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String raw = s(all.get(i), "channels");
            if (!raw.isEmpty() && !raw.equals("同上") && count(raw, "■□▄口◆") == 0) {
                out.add(i);
            }
        }
        return out;
    }
}
