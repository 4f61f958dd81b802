package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code demo --html} and {@code validate --html}: the page parses as well-formed markup (the builder writes
 * XML-compatible HTML, so the JDK's XML parser checks it), says what the JSON report says (same counts, same
 * violations, same coverage), shows hostile catalog text as text, and refers to nothing outside itself.
 * The expected dates are those of {@link DemoTest}, counted by hand on the State Council's 2025 holiday notice
 * (10-01..10-08 off for 国庆节/中秋节, Sun 09-28 and Sat 10-11 worked).
 */
class HtmlReportTest {
    private static final String HEADER = "序号,领域,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,"
            + "全社会,特定群体,主动,依申请,县级,乡级\n";
    // reference row 1 (厦门市翔安区香山街道, 义务教育): a well-formed row
    private static final String GOOD = "1,义务教育,招生管理,招生政策,●随迁子女入学办法,《中华人民共和国政府信息公开条例》,"
            + "信息形成或者变更之日起20个工作日内,翔安区教育局,■政府网站 □政府公报,√,,√,,,\n";

    @TempDir
    Path dir;

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    private static String x(Document d, String expression) throws Exception {
        return (String) XPATH.evaluate(expression, d, XPathConstants.STRING);
    }

    private static List<Element> all(Document d, String expression) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(expression, d, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private String html(String... args) throws IOException {
        Path out = dir.resolve("report-" + System.nanoTime() + ".html");
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--html";
        full[args.length + 1] = out.toString();
        Cli.Result r = Cli.run(full);
        assertThat(r.err()).isEmpty();
        assertThat(r.line()).isEqualTo(out.toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void demoPageSaysWhatTheJsonReportSays() throws Exception {
        Document d = parse(html("demo"));
        Map<String, Object> json = (Map<String, Object>) Cli.run("demo", "--json").json();
        Map<String, Object> counts = (Map<String, Object>) json.get("counts");
        Map<String, Object> catalog = (Map<String, Object>) json.get("catalog");

        assertThat(x(d, "/html/@lang")).isEqualTo("zh-CN");
        assertThat(new BigDecimal(x(d, "//dd[@id='sum-errors']/@data-n"))).isEqualTo(counts.get("errors"));
        assertThat(new BigDecimal(x(d, "//dd[@id='sum-warnings']/@data-n"))).isEqualTo(counts.get("warnings"));
        assertThat(new BigDecimal(x(d, "//dd[@id='sum-items']/@data-n"))).isEqualTo(catalog.get("items"));
        assertThat(x(d, "//dd[@id='sum-files']/@data-n")).isEqualTo("1");
        assertThat(x(d, "//p[@id='verdict']/@data-valid")).isEqualTo(String.valueOf(json.get("valid")));
        // the verdict is a word and an icon, not a colour alone
        assertThat(x(d, "//p[@id='verdict']")).contains("✖", "未通过", "2 个错误");

        // every violation of the JSON report is a row, and every counted finding is a row (the JSON lists the
        // missing guide items under coverage instead; the page lists them as rows too)
        List<Element> rows = all(d, "//table[@id='vtable']/tbody/tr");
        int errors = ((BigDecimal) counts.get("errors")).intValue();
        int warnings = ((BigDecimal) counts.get("warnings")).intValue();
        assertThat(rows).hasSize(errors + warnings);
        List<String> pageRows = new ArrayList<>();
        for (Element r : rows) {
            assertThat(r.hasAttribute("hidden")).as("no row is hidden without the script").isFalse();
            if (!r.getAttribute("data-code").equals("CATALOG_MISSING_STANDARD_ITEMS")) {
                pageRows.add(r.getAttribute("data-sev") + " " + r.getAttribute("data-code") + " "
                        + r.getAttribute("data-path"));
            }
        }
        List<String> jsonRows = new ArrayList<>();
        for (Object o : (List<Object>) json.get("violations")) {
            Map<String, Object> v = (Map<String, Object>) o;
            jsonRows.add(v.get("severity") + " " + v.get("code") + " " + v.get("path"));
        }
        assertThat(pageRows).containsExactlyInAnyOrderElementsOf(jsonRows);
        Map<String, Object> byCode = (Map<String, Object>) counts.get("byCode");
        for (Map.Entry<String, Object> e : byCode.entrySet()) {
            assertThat(all(d, "//table[@id='vtable']/tbody/tr[@data-code='" + e.getKey() + "']")).as(e.getKey())
                    .hasSize(((BigDecimal) e.getValue()).intValue());
            // the no-script index jumps to the first row of each code
            assertThat(all(d, "//nav//a[@href='#code-" + e.getKey() + "']")).hasSize(1);
            assertThat(all(d, "//tr[@id='code-" + e.getKey() + "']")).hasSize(1);
        }

        // rows 20-21 (嵩明县) publish no 公开依据: 54号 requires one; located by file, table, item, column, with the law
        Element basis = all(d, "//tr[@data-code='ITEM_BASIS_MISSING' and @data-path='items[19].basis']").get(0);
        assertThat(basis.getAttribute("data-sev")).isEqualTo("ERROR");
        assertThat(basis.getAttribute("data-dom")).isEqualTo("医疗卫生");
        // the demo page holds a table per domain: item 20 is in the 13th (the first 12 tables keep 19 items, as the
        // JSON's read.tables say)
        Map<String, Object> demoRead = (Map<String, Object>) json.get("read");
        int before = 0;
        int tableOf20 = 0;
        for (Object t : (List<Object>) demoRead.get("tables")) {
            tableOf20++;
            before += ((BigDecimal) ((Map<String, Object>) t).get("itemsKept")).intValue();
            if (before >= 20) {
                break;
            }
        }
        assertThat(tableOf20).isEqualTo(13);
        // the row is the one the JSON report's source names for that finding (the table reader's row of item 20)
        String source = "";
        for (Object v : (List<Object>) json.get("violations")) {
            Map<String, Object> m = (Map<String, Object>) v;
            if ("items[19].basis".equals(m.get("path"))) {
                source = String.valueOf(m.get("source"));
            }
        }
        // item 20 is the first item of table 13, under the page's two-row header: row 3
        assertThat(source).contains("table 13, row 3 (line ");
        String row = "3";
        assertThat(basis.getTextContent()).contains("sample-catalog.html", "表 13", "第 " + row + " 行", "序号 20",
                "公开依据", "机构概况", "缺少公开依据", "国办发〔2019〕54号", "✖", "错误");
        // a warning shows its sign and word beside its colour, and the source it rests on
        Element method = all(d, "//tr[@data-code='ITEM_METHOD_MISSING']").get(0);
        assertThat(method.getTextContent()).contains("国办发〔2019〕54号", "▲", "警告");

        // per domain: the JSON's items per domain and its coverage of the bundled guides
        for (Object o : (List<Object>) json.get("itemsPerDomain")) {
            Map<String, Object> dom = (Map<String, Object>) o;
            String name = (String) dom.get("domain");
            assertThat(x(d, "//table[@id='domains']/tbody/tr[@data-dom='" + name + "']/td[1]"))
                    .isEqualTo(dom.get("items").toString());
        }
        for (Object o : (List<Object>) json.get("coverage")) {
            Map<String, Object> c = (Map<String, Object>) o;
            String cell = x(d, "//table[@id='domains']/tbody/tr[@data-dom='" + c.get("domain") + "']/td[2]");
            if (((BigDecimal) c.get("guideItems")).intValue() == 0) {
                assertThat(cell).contains("无随库指引");
                continue;
            }
            assertThat(cell).contains(c.get("present") + " / " + c.get("guideItems") + " 项");
            assertThat(cell.contains("指引为部分清单")).isEqualTo(Boolean.FALSE.equals(c.get("guideComplete")));
            assertThat(cell).contains("缺 " + ((List<Object>) c.get("missing")).size() + " 项");
        }
        assertThat(all(d, "//table[@id='domains']//svg[@role='img']")).isNotEmpty();

        // due dates: the JSON's list, and the dates counted by hand
        Map<String, Object> deadlines = (Map<String, Object>) json.get("deadlines");
        assertThat(x(d, "//*[@id='trigger']/@data-trigger")).isEqualTo(deadlines.get("trigger"));
        List<Element> dues = all(d, "//table[@id='dues']/tbody/tr");
        List<String> pageDues = new ArrayList<>();
        dues.forEach(e -> pageDues.add(e.getAttribute("data-serial") + " " + e.getAttribute("data-due")));
        List<String> jsonDues = new ArrayList<>();
        for (Object o : (List<Object>) deadlines.get("items")) {
            Map<String, Object> i = (Map<String, Object>) o;
            jsonDues.add(i.get("serialNumber") + " " + i.get("due"));
        }
        assertThat(pageDues).containsExactlyInAnyOrderElementsOf(jsonDues);
        // 3 working days from Fri 09-26: Sun 09-28 (worked), 09-29, 09-30
        assertThat(pageDues).contains("8 2025-09-30", "1 2025-10-30", "25 2025-10-16");

        // the calendar strip: the 2025 National Day holiday shaded and marked 休, the adjusted days marked 班
        for (int day = 1; day <= 8; day++) {
            String date = String.format("2025-10-%02d", day);
            assertThat(x(d, "//td[@data-date='" + date + "']/@class")).as(date).contains("hol");
            assertThat(x(d, "//td[@data-date='" + date + "']")).as(date).contains("休");
        }
        assertThat(x(d, "//td[@data-date='2025-09-28']/@class")).contains("adj");
        assertThat(x(d, "//td[@data-date='2025-10-11']")).contains("班");
        assertThat(x(d, "//td[@data-date='2025-10-09']/@class")).doesNotContain("hol");
        assertThat(x(d, "//td[@data-date='2025-09-26']/@class")).contains("trig");
        // 16 items fall due on 10-30 (the JSON's count), linked to the list
        long on1030 = jsonDues.stream().filter(s -> s.endsWith("2025-10-30")).count();
        assertThat(x(d, "//td[@data-date='2025-10-30']/a[@href='#due-2025-10-30']")).isEqualTo("●" + on1030);

        // where the table was read from
        Map<String, Object> read = (Map<String, Object>) json.get("read");
        Element table = all(d, "//table[@id='tables']/tbody/tr").get(0);
        assertThat(table.getAttribute("data-file")).isEqualTo("sample-catalog.html");
        List<Object> readTables = (List<Object>) read.get("tables");
        assertThat(all(d, "//table[@id='tables']/tbody/tr")).hasSize(readTables.size());
        Map<String, Object> first = (Map<String, Object>) readTables.get(0);
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[4]")).isEqualTo(first.get("domain"));
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[5]/@data-origin")).isEqualTo(first.get("domainOrigin"));
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[6]")).isEqualTo(first.get("rowsRead").toString());
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[7]")).isEqualTo(first.get("itemsKept").toString());
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[8]")).isEqualTo(first.get("rowsRejected").toString());
        // the demo page has no 领域 column: each table's title names its domain
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[5]/@data-origin")).isEqualTo("TITLE");

        assertThat(all(d, "//h2")).hasSize(5);
        assertThat(all(d, "//table/caption")).isNotEmpty();
        assertSelfContained(d);
    }

    @Test
    void englishPage() throws Exception {
        Document d = parse(html("demo", "--lang", "en"));
        assertThat(x(d, "/html/@lang")).isEqualTo("en");
        assertThat(x(d, "//h1")).isEqualTo("Disclosure catalog check");
        assertThat(x(d, "//tr[@data-path='items[19].basis']")).contains("The item cites no legal basis", "table 13 · row 3",
                "No. 20", "legal basis", "error");
        assertThat(x(d, "//table[@id='domains']/tbody/tr[@data-dom='义务教育']/th")).contains("Compulsory");
        assertThat(x(d, "//td[@data-date='2025-10-01']")).contains("off");
    }

    @Test
    void asOfMovesTheDueDates() throws Exception {
        // from Fri 2025-09-19: 3 working days are 09-22, 09-23, 09-24; 20 working days are 09-22..26 (5), Sun 09-28
        // worked (6), 09-29, 09-30 (8), 10-09, 10-10 (10), Sat 10-11 worked (11), 10-13..17 (16), 10-20..23 (20)
        Document d = parse(html("demo", "--as-of", "2025-09-19"));
        assertThat(x(d, "//*[@id='trigger']/@data-trigger")).isEqualTo("2025-09-19");
        assertThat(x(d, "//table[@id='dues']/tbody/tr[@data-serial='8']/@data-due")).isEqualTo("2025-09-24");
        assertThat(x(d, "//table[@id='dues']/tbody/tr[@data-serial='1']/@data-due")).isEqualTo("2025-10-23");
        Cli.Result bad = Cli.run("demo", "--as-of", "2025-02-30", "--html", dir.resolve("x.html").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--as-of '2025-02-30' is not a date");
        assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
    }

    @Test
    void hostileCellTextShowsAsText() throws Exception {
        String script = "<script>alert(1)</script>";
        String escapeAttr = "\"><img src=x onerror=alert(2)>";
        String row = "1,义务教育,招生管理,\"" + script + "\",●" + "\"" + escapeAttr.replace("\"", "\"\"") + "\",,"
                + "信息形成或者变更之日起20个工作日内,翔安区教育局,■政府网站,√,,√,,,\n";
        Path file = dir.resolve("a&b'<x>.csv");
        Files.writeString(file, "标题 " + script + "\u0001\n" + HEADER + row, StandardCharsets.UTF_8);
        Path out = dir.resolve("hostile.html");
        Cli.Result r = Cli.run("validate", file.toString(), "--html", out.toString(), "--as-of", "2025-09-26");
        assertThat(r.status()).as(r.err()).isEqualTo(1); // no 公开依据: an error
        String html = Files.readString(out, StandardCharsets.UTF_8);
        Document d = parse(html);
        assertThat(all(d, "//script")).hasSize(1);
        assertThat(all(d, "//img")).isEmpty();
        for (Element e : all(d, "//*")) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                assertThat(((Attr) attributes.item(i)).getName()).doesNotStartWith("on");
            }
        }
        assertThat(x(d, "//tr[@data-code='ITEM_BASIS_MISSING']")).contains(script);
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[3]")).contains(script);
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/@data-file")).isEqualTo(file.toString());
        assertThat(html).doesNotContain(script, "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // a control character, which XML forbids, is shown as U+FFFD
        assertThat(x(d, "//table[@id='tables']/tbody/tr[1]/td[3]")).contains("\uFFFD");
        assertSelfContained(d);
    }

    @Test
    void severalFilesOnOnePageAndTheDomainOrigin() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), HEADER + GOOD, StandardCharsets.UTF_8);
        // the same row in a table without a 领域 column: the domain of its item cannot be found
        String noDomainHeader = HEADER.replace("领域,", "");
        String noDomainRow = GOOD.replace("1,义务教育,", "1,");
        Path none = Files.writeString(dir.resolve("none.csv"), noDomainHeader + noDomainRow, StandardCharsets.UTF_8);
        Cli.Result json = Cli.run("validate", good.toString(), none.toString(), "--json");
        Document d = parse(html("validate", good.toString(), none.toString(), "--as-of", "2025-09-26"));
        assertThat(x(d, "//dd[@id='sum-files']/@data-n")).isEqualTo("2");
        assertThat(x(d, "//dd[@id='sum-tables']/@data-n")).isEqualTo("2");
        assertThat(x(d, "//dd[@id='sum-items']/@data-n")).isEqualTo("2");
        assertThat(x(d, "//table[@id='tables']/tbody/tr[@data-file='" + good + "']/td[5]/@data-origin"))
                .isEqualTo("COLUMN");
        assertThat(x(d, "//table[@id='tables']/tbody/tr[@data-file='" + good + "']/td[4]")).isEqualTo("义务教育");
        assertThat(x(d, "//table[@id='tables']/tbody/tr[@data-file='" + none + "']/td[5]/@data-origin"))
                .isEqualTo("UNKNOWN");
        @SuppressWarnings("unchecked")
        Map<String, Object> j = (Map<String, Object>) json.json();
        assertThat(x(d, "//p[@id='verdict']/@data-valid")).isEqualTo(String.valueOf(j.get("valid")));
        int total = 0;
        for (Object f : (List<?>) j.get("files")) {
            Map<?, ?> counts = (Map<?, ?>) ((Map<?, ?>) f).get("counts");
            total += ((BigDecimal) counts.get("errors")).intValue() + ((BigDecimal) counts.get("warnings")).intValue();
        }
        assertThat(all(d, "//table[@id='vtable']/tbody/tr")).hasSize(total);
        // 20 working days from Fri 2025-09-26 (DemoTest): 2025-10-30, for the item of each file
        assertThat(all(d, "//table[@id='dues']/tbody/tr[@data-due='2025-10-30']")).hasSize(2);
        assertSelfContained(d);
    }

    @Test
    void anUnwritablePageIsExit2NamingTheFile() {
        String target = dir.resolve("no-such-dir").resolve("r.html").toString();
        Cli.Result r = Cli.run("demo", "--html", target);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(target, "cannot write");
    }

    private static final Pattern NETWORK = Pattern.compile("(?i)url\\s*\\(|@import|https?:|//[a-z0-9]");

    /** Nothing on the page reaches outside it: no src, only in-page links, no url() or @import in styles. */
    private static void assertSelfContained(Document d) throws Exception {
        for (Element e : all(d, "//*")) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String name = a.getNodeName().toLowerCase(java.util.Locale.ROOT);
                assertThat(name).isNotIn("src", "srcset", "action", "formaction", "poster", "background",
                        "xlink:href", "style");
                if (name.equals("href")) {
                    assertThat(a.getNodeValue()).startsWith("#");
                }
            }
            assertThat(e.getTagName()).isNotIn("link", "img", "iframe", "object", "embed", "base", "use");
        }
        for (Element e : all(d, "//style|//script")) {
            assertThat(e.hasAttribute("src")).isFalse();
            assertThat(NETWORK.matcher(e.getTextContent()).find()).as(e.getTagName()).isFalse();
        }
    }
}
