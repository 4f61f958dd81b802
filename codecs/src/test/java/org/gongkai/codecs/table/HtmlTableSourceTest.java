package org.gongkai.codecs.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.junit.jupiter.api.Test;

/** HTML pages as county sites publish catalogs (pasted from Word into a CMS), worked out by hand. */
class HtmlTableSourceTest {
    private static final String HEADER = "<tr><td rowspan=2>序号</td><td colspan=2>公开事项</td><td rowspan=2>公开内容</td>"
            + "<td rowspan=2>公开依据</td><td rowspan=2>公开时限</td><td rowspan=2>公开主体</td>"
            + "<td rowspan=2>公开渠道和载体</td><td colspan=2>公开对象</td><td colspan=2>公开方式</td></tr>"
            + "<tr><td>一级事项</td><td>二级事项</td><td>全社会</td><td>特定群体</td><td>主动</td><td>依申请</td></tr>";

    private static TableReadResult read(String html, Charset cs) {
        return CatalogTableReader.read(new HtmlTableSource(TableInput.of(new ByteArrayInputStream(html.getBytes(cs)),
                "page.html")), CatalogTableReader.Options.defaults());
    }

    /**
     * A Word page: the title in a paragraph above the table, Wingdings check boxes (n = ■, o = □, þ = ☑), a 一级事项
     * merged over two rows, a line break in a cell, a layout table around it, charset GBK in a meta tag.
     */
    @Test
    void wordPageInALayoutTableWithWingdingsAndMergedCells() {
        String wing = "<span style='font-family:Wingdings'>n</span>政府网站<span style=\"font-family: Wingdings\">o"
                + "</span>政府公报";
        String html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
                + "<title>某县人民政府</title></head><body><table width=100%><tr><td>"
                + "<p class=MsoNormal align=center><b>某县户籍管理领域基层政务公开标准目录</b></p>"
                + "<table border=1>" + HEADER
                + "<tr><td>1</td><td rowspan=2>户口登记</td><td>出生登记</td><td>办理条件<br>所需材料</td>"
                + "<td>《户口登记条例》</td><td>20个工作日内</td><td>县公安局</td><td>" + wing + "</td>"
                + "<td><span style='font-family:Wingdings'>&#61694;</span></td><td></td><td>√</td><td></td></tr>"
                + "<tr><td>2</td><td>死亡登记</td><td>办理流程</td><td>同上</td><td>同上</td><td>同上</td>"
                + "<td>■政府网站</td><td>√</td><td>申请人</td><td>√</td><td></td></tr>"
                + "</table></td></tr></table></body></html>";
        TableReadResult r = read(html, Charset.forName("GB18030"));
        assertThat(r.tables()).hasSize(1); // the layout table around the catalog is no catalog table
        TableSummary t = r.tables().get(0);
        assertThat(t.title()).isEqualTo("某县户籍管理领域基层政务公开标准目录");
        assertThat(t.titleOrigin()).isEqualTo(TitleOrigin.HEADING);
        assertThat(t.domain()).isEqualTo("户籍管理");
        assertThat(t.domainOrigin()).isEqualTo(DomainOrigin.TITLE);
        assertThat(t.location().index()).isEqualTo(2); // the second <table> of the page, in document order
        assertThat(t.itemsKept()).isEqualTo(2);
        DisclosureItem a = r.catalog().items().get(0);
        DisclosureItem b = r.catalog().items().get(1);
        assertThat(a.domain()).isEqualTo("户籍管理");
        assertThat(a.content()).isEqualTo("办理条件\n所需材料");
        // Wingdings n is the black square (selected), o the white square (not selected)
        assertThat(a.channels()).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE, "政府网站"));
        // U+F0FE is Wingdings þ written in the private use area: ☑, a tick
        assertThat(a.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(b.name()).isEqualTo(new ItemName("户口登记", "死亡登记", ""));
        assertThat(b.inherited()).contains(ItemElement.NAME, ItemElement.BASIS);
        assertThat(b.audiences()).containsExactly(Audience.GENERAL_PUBLIC, Audience.SPECIFIC_GROUP);
        assertThat(b.specificGroup()).isEqualTo("申请人");
        assertThat(b.methods()).containsExactly(DisclosureMethod.PROACTIVE);
    }

    /** A blank cell of an HTML table is blank (the page records merges), never taken from the row above. */
    @Test
    void aBlankCellIsNotAMergedCellInHtml() {
        String html = "<meta charset=utf-8><h2>财政预决算领域基层政务公开标准目录</h2><table>" + HEADER
                + "<tr><td>1</td><td>财政预决算</td><td>政府预算</td><td>预算报告</td><td></td><td></td><td></td><td></td>"
                + "<td>√</td><td></td><td>√</td><td></td></tr>"
                + "<tr><td>2</td><td></td><td>政府决算</td><td>决算报告</td><td></td><td></td><td></td><td></td>"
                + "<td>√</td><td></td><td>√</td><td></td></tr></table>";
        TableReadResult r = read(html, StandardCharsets.UTF_8);
        assertThat(r.catalog().items().get(1).name()).isEqualTo(new ItemName("", "政府决算", ""));
        assertThat(r.catalog().items().get(1).inherited()).isEmpty();
    }

    /** Two tables on a page, one per domain, each under its heading; the page title becomes the catalog's. */
    @Test
    void onePagePerCountyATablePerDomain() {
        String row = "<tr><td>1</td><td>甲</td><td>乙</td><td>内容</td><td></td><td></td><td></td><td></td>"
                + "<td>√</td><td></td><td>√</td><td></td></tr>";
        String html = "<meta charset=utf-8><title>某县基层政务公开标准目录</title><h3>某县义务教育领域基层政务公开标准目录</h3>"
                + "<table>" + HEADER + row + "</table><h3>某县社会救助领域基层政务公开标准目录</h3><table>" + HEADER + row
                + row + "</table>";
        TableReadResult r = read(html, StandardCharsets.UTF_8);
        assertThat(r.tables()).extracting(TableSummary::domain).containsExactly("义务教育", "社会救助");
        assertThat(r.tables()).extracting(TableSummary::itemsKept).containsExactly(1L, 2L);
        assertThat(r.catalog().title()).isEqualTo("某县基层政务公开标准目录");
        assertThat(r.catalog().items()).extracting(DisclosureItem::domain).containsExactly("义务教育", "社会救助",
                "社会救助");
    }

    /** Charset: a page without a meta tag whose bytes are not UTF-8 is GB18030 (GBK pages are common). */
    @Test
    void gbkPageWithoutMetaTag() {
        String html = "<h2>户籍管理领域基层政务公开标准目录</h2><table>" + HEADER
                + "<tr><td>1</td><td>户口登记</td><td>出生登记</td><td>内容</td><td></td><td></td><td></td><td></td>"
                + "<td>√</td><td></td><td>√</td><td></td></tr></table>";
        HtmlTableSource src = new HtmlTableSource(TableInput.of(new ByteArrayInputStream(
                html.getBytes(Charset.forName("GBK"))), "gbk.htm"));
        TableReadResult r = CatalogTableReader.read(src, CatalogTableReader.Options.defaults());
        assertThat(src.charset().name()).isEqualTo("GB18030");
        assertThat(r.catalog().items().get(0).name().item()).isEqualTo("出生登记");
    }

    /** What the HTML writer writes reads back equal: items, inherited elements, odd text, the title. */
    @Test
    void htmlWriterRoundTrip() {
        DisclosureItem a = DisclosureItem.builder().serialNumber("1").domain("义务教育").name("招生管理", "招生政策")
                .content("=1+1 <b>&amp;</b>\n第二行\r末尾  两个空格").basis("同上").deadlineText("\t20个工作日")
                .responsibleBody("'县教育局").addChannel(Channel.of(ChannelKind.GOVERNMENT_WEBSITE, "县政府网站"))
                .addAudience(Audience.SPECIFIC_GROUP).specificGroup("无").addMethod(DisclosureMethod.PROACTIVE)
                .putExtra("备注", "").build();
        DisclosureItem b = DisclosureItem.builder().serialNumber("2").domain("义务教育").name("招生管理", "招生范围")
                .content("x\uD800y").basis("同上").addInherited(ItemElement.NAME).addInherited(ItemElement.BASIS)
                .addAudience(Audience.SPECIFIC_GROUP).specificGroup("√").putExtra("备注", "说明").build();
        DisclosureItem c = DisclosureItem.builder().serialNumber("1").domain("社会救助").name("", "低保")
                .content("内容").addAudience(Audience.GENERAL_PUBLIC).build();
        Catalog cat = Catalog.builder().title("某县基层政务公开标准目录").addItem(a).addItem(b).addItem(c).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogHtmlWriter.write(cat, out, CatalogHtmlWriter.Options.defaults());
        TableReadResult r = CatalogTableReader.read(new HtmlTableSource(TableInput.of(
                new ByteArrayInputStream(out.toByteArray()), "out.html")), CatalogTableReader.Options.defaults());
        assertThat(r.tables()).hasSize(2);
        assertThat(r.catalog().title()).isEqualTo(cat.title());
        assertThat(r.catalog().items()).containsExactly(a, b, c);
    }

    /** The dispatch: by extension, --format overrides, an unknown extension lists the known ones. */
    @Test
    void formatDispatch() {
        assertThat(TableFormats.byFileName("目录.HTM").orElseThrow().name()).isEqualTo("html");
        assertThat(TableFormats.resolve("x.txt", "csv").name()).isEqualTo("csv");
        assertThatThrownBy(() -> TableFormats.resolve("x.pdf", null)).isInstanceOf(TableFormatException.class)
                .hasMessageContaining("x.pdf").hasMessageContaining("csv, html, htm");
        TableFormat missing = new TableFormat("xlsx", List.of("xlsx"), "org.apache.poi.NoSuchClass",
                "org.apache.poi:poi-ooxml", in -> null);
        assertThatThrownBy(() -> missing.open(TableInput.of(new ByteArrayInputStream(new byte[0]), "a.xlsx")))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("org.apache.poi:poi-ooxml");
    }
}
