package org.gongkai.codecs.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.ItemElement;
import org.junit.jupiter.api.Test;

/**
 * Tables without a header of their own: one catalog table split in two (as Word splits a table at a page break and
 * a CMS keeps the parts), page layout around a catalog, and a page with no catalog table. Worked out by hand.
 */
class ContinuationTablesTest {
    private static final String HEADER = "<tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开依据</td>"
            + "<td>公开时限</td><td>公开主体</td><td>公开渠道和载体</td><td>公开方式</td></tr>";

    private static String row(String n, String name, String basis) {
        return "<tr><td>" + n + "</td><td>" + name + "</td><td>办理程序</td><td>" + basis + "</td>"
                + "<td>20个工作日内</td><td>县公安局</td><td>■政府网站</td><td>主动</td></tr>";
    }

    private static TableReadResult read(String html) {
        return CatalogTableReader.read(new HtmlTableSource(TableInput.of(
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html")),
                CatalogTableReader.Options.defaults());
    }

    @Test
    void aTableSplitInTwoIsReadAsOne() {
        String html = "<html><head><title>某县人民政府</title></head><body>"
                + "<table><tr><td>首页</td><td>政务公开</td></tr></table>" // the site's navigation bar
                + "<p>某县户籍管理领域基层政务公开标准目录</p>"
                + "<table>" + HEADER + row("1", "出生登记", "《户口登记条例》") + row("2", "死亡登记", "同上") + "</table>"
                + "<p>&nbsp;</p>"
                + "<table>" + row("3", "迁移登记", "同上") + "</table>"
                + "<table><tr><td>主办：某县人民政府办公室</td></tr></table></body></html>"; // the footer
        TableReadResult r = read(html);
        // The navigation bar and the footer are the page's (HTML uses tables for layout): no summary. The third
        // table has no header, is as wide (8 columns) as the catalog table before it, and continues it.
        assertThat(r.tables()).hasSize(2);
        TableSummary first = r.tables().get(0);
        TableSummary second = r.tables().get(1);
        assertThat(first.location().index()).isEqualTo(2);
        assertThat(first.isContinuation()).isFalse();
        assertThat(second.location().index()).isEqualTo(3);
        assertThat(second.continues()).isEqualTo(first.location());
        assertThat(second.title()).isEqualTo("某县户籍管理领域基层政务公开标准目录");
        assertThat(second.domain()).isEqualTo("户籍管理");
        assertThat(second.domainOrigin()).isEqualTo(DomainOrigin.TITLE);
        assertThat(second.rowsRead()).isEqualTo(1);
        assertThat(second.itemsKept()).isEqualTo(1);
        assertThat(second.headerRows()).isZero();
        // One catalog: the title is the table's (a split table is not several tables).
        assertThat(r.catalog().title()).isEqualTo("某县户籍管理领域基层政务公开标准目录");
        assertThat(r.catalog().items()).hasSize(3);
        DisclosureItem third = r.catalog().items().get(2);
        assertThat(third.name().item()).isEqualTo("迁移登记");
        assertThat(third.domain()).isEqualTo("户籍管理");
        // 同上 in the continuation's first row reaches back to the last row of the table it continues.
        assertThat(third.basis().text()).isEqualTo("《户口登记条例》");
        assertThat(third.inherited()).contains(ItemElement.BASIS);
    }

    @Test
    void aNarrowerTableWithoutHeaderIsNotAContinuation() {
        String html = "<html><body><p>某县户籍管理领域基层政务公开标准目录</p>"
                + "<table>" + HEADER + row("1", "出生登记", "《户口登记条例》") + "</table>"
                + "<table><tr><td>咨询电话</td><td>0000-1234567</td></tr></table></body></html>";
        TableReadResult r = read(html);
        assertThat(r.tables()).hasSize(1);
        assertThat(r.catalog().items()).hasSize(1);
    }

    @Test
    void aPageWithoutACatalogTableIsAnError() {
        String html = "<html><body><table><tr><td>首页</td><td>政务公开</td></tr></table></body></html>";
        assertThatThrownBy(() -> read(html)).isInstanceOf(TableReadException.class)
                .hasMessageContaining("no header row");
        assertThatThrownBy(() -> read("<html><body><p>没有表格</p></body></html>"))
                .isInstanceOf(TableReadException.class).hasMessageContaining("no table");
    }
}
