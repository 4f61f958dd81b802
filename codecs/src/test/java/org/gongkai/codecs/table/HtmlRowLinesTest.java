package org.gongkai.codecs.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line of each HTML row (what a problem's location names): the line of its {@code <tr} tag, counted by hand in
 * the pages below, whether the rows' lines come from the pass over the text or, when the parser implied rows, from
 * jsoup's position tracking.
 */
class HtmlRowLinesTest {
    private static final String HEADER = "<tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开依据</td>"
            + "<td>公开时限</td><td>公开主体</td><td>公开渠道和载体</td><td>公开方式</td></tr>";

    /** @return the line of every row of every catalog table of the page */
    private static List<Long> lines(String html) {
        List<Long> out = new ArrayList<>();
        new HtmlTableSource(TableInput.of(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                "page.html")).read(new TableSink() {
                    @Override
                    public void startTable(TableStart start) {
                    }

                    @Override
                    public void row(TableRow row) {
                        out.add(row.line());
                    }

                    @Override
                    public void endTable() {
                    }
                });
        return out;
    }

    private static String row(String n) {
        return "<tr><td>" + n + "</td><td>事项</td><td>内容</td><td>依据</td><td>20个工作日内</td><td>县政府</td>"
                + "<td>政府网站</td><td>主动</td></tr>";
    }

    @Test
    void eachRowHasTheLineOfItsTag() {
        String html = "<html><body>\n" // line 1
                + "<table>\n" // line 2
                + HEADER + "\n" // line 3
                + row("1") + "\n" // line 4
                + "\n" // line 5
                + "<TR\n class=x><td>2</td><td>事项</td><td>内容</td><td>依据</td><td>5个工作日内</td><td>县政府</td>"
                + "<td>政府网站</td><td>主动</td></tr>\n" // the tag begins on line 6, the row ends on line 7
                + row("3") + "</table></body></html>"; // line 8
        assertThat(lines(html)).containsExactly(3L, 4L, 6L, 8L);
    }

    @Test
    void tagsInCommentsAttributesAndScriptsAreNotRows() {
        String html = "<html><head><script>var s = '<tr>';\n</script></head><body>\n" // lines 1-2
                + "<!-- <tr><td>old</td></tr>\n -->\n" // lines 3-4
                + "<p title=\"<tr>\">目录</p>\n" // line 5
                + "<table>" + HEADER + "\n" // line 6
                + row("1") + "</table></body></html>"; // line 7
        assertThat(lines(html)).containsExactly(6L, 7L);
    }

    @Test
    void rowsTheParserImpliesAreCountedByJsoup() {
        // The header's cells are written straight into <table>: jsoup implies their <tr>, so the tags (2) and the
        // tree's rows (3) differ, and the lines come from jsoup's tracking. The implied row starts at its first cell.
        String html = "<html><body>\n" // line 1
                + "<table>\n" // line 2
                + HEADER.substring(4, HEADER.length() - 5) + "\n" // line 3: cells without <tr>
                + row("1") + "\n" // line 4
                + row("2") + "</table></body></html>"; // line 5
        assertThat(lines(html)).containsExactly(3L, 4L, 5L);
    }

    @Test
    void thePageTheWriterWritesIsPlainMarkup() {
        // a catalog of two items, written as a page (the two-row header merged with rowspan and colspan) ...
        TableReadResult read = CatalogTableReader.read(new HtmlTableSource(TableInput.of(new ByteArrayInputStream(
                ("<table>" + HEADER + row("1") + row("2") + "</table>").getBytes(StandardCharsets.UTF_8)),
                "a.html")), CatalogTableReader.Options.defaults().withDefaultDomain("户籍管理"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CatalogHtmlWriter.write(read.catalog(), out, CatalogHtmlWriter.Options.defaults());
        String page = out.toString(StandardCharsets.UTF_8);
        // ... has its rows' lines from the tags: two header rows and two items
        assertThat(HtmlRowLines.startTagLines(page)).hasSize(4);
    }

    @Test
    void eachItemKnowsItsTableRowAndLine() {
        String html = "<html><body>\n" // line 1
                + "<table>" + HEADER + "\n" // line 2: row 1, the header
                + row("1") + "\n" // line 3: row 2
                + "<tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>\n" // 4: blank
                + row("2") + "</table>\n" // line 5: row 4
                + "<table>" + row("3") + "</table></body></html>"; // line 6: table 2 continues table 1, its row 1
        TableReadResult r = CatalogTableReader.read(new HtmlTableSource(TableInput.of(
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html")),
                CatalogTableReader.Options.defaults().withDefaultDomain("户籍管理"));
        assertThat(r.catalog().items()).hasSize(3);
        assertThat(r.sources()).containsExactly(
                new ItemSource(new TableLocation("page.html", 1, ""), 2, 3),
                new ItemSource(new TableLocation("page.html", 1, ""), 4, 5),
                new ItemSource(new TableLocation("page.html", 2, ""), 1, 6));
        assertThat(r.sourceOf(2).map(Object::toString)).contains("page.html table 2, row 1 (line 6)");
        assertThat(r.sourceOf(3)).isEmpty();
    }

    @Test
    void tagLinesSkipWhatIsNotATag() {
        assertThat(HtmlRowLines.startTagLines("<table><tr><td>\n<tr x='>'><td><track>\n\n"
                + "<tr/><td><textarea><tr>\n</textarea>\n<Tr></table>")).containsExactly(1, 2, 4, 6);
        // between a table's cells only table markup is plain: other elements are moved out of the table
        assertThat(HtmlRowLines.startTagLines("<table><tr><td>1</td><p>x</p></tr></table>")).isNull();
        // markup whose rows the parser makes otherwise declines: a cell without its row, a row outside a table
        assertThat(HtmlRowLines.startTagLines("<table><td>1</td></table>")).isNull();
        assertThat(HtmlRowLines.startTagLines("<p><tr><td>1</td></tr></p>")).isNull();
    }
}
