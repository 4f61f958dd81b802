package org.gongkai.codecs.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The symbol fonts' marks, as the fonts draw them (see {@link SymbolFont} for the table). */
class SymbolFontTest {

    @ParameterizedTest
    @CsvSource({
        "font-family:Wingdings, WINGDINGS",
        "FONT-FAMILY: \"Wingdings 2\"; mso-ascii-font-family: 宋体, WINGDINGS_2",
        "font-family:Wingdings-2, WINGDINGS_2",
        "Wingdings 3, WINGDINGS_3",
        "font-family:Webdings, WEBDINGS",
        "Symbol, SYMBOL",
        "font-family:'Times New Roman', ",
        "white-space:pre-wrap, ",
        ", "
    })
    void fontsAreNamedInStylesAndFaces(String text, SymbolFont expected) {
        assertThat(SymbolFont.named(text)).isEqualTo(expected);
    }

    @Test
    void marksOfEachFont() {
        assertThat(SymbolFont.WINGDINGS.glyphs("no\u00FE\u00FD")).isEqualTo("■□☑☒");
        assertThat(SymbolFont.WINGDINGS.glyph('\uF06E')).isEqualTo('■'); // Word's private-use form of n
        assertThat(SymbolFont.WINGDINGS_2.glyphs("RS\u00A3PO")).isEqualTo("☑☒□√×");
        assertThat(SymbolFont.WINGDINGS_2.glyph('\uF052')).isEqualTo('☑');
        assertThat(SymbolFont.WEBDINGS.glyphs("ar")).isEqualTo("√×");
        assertThat(SymbolFont.SYMBOL.glyphs("\u00D6\u00B4")).isEqualTo("√×");
        // characters without a mark, and Wingdings 3 (arrows), are kept as written
        assertThat(SymbolFont.WINGDINGS.glyph('z')).isEqualTo('z');
        assertThat(SymbolFont.WINGDINGS_3.glyph('R')).isEqualTo('R');
    }

    @Test
    void anHtmlCellInWingdings2AndWebdings() {
        String html = "<html><body><p>某县户籍管理领域基层政务公开标准目录</p><table>"
                + "<tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开依据</td><td>公开时限</td><td>公开主体</td>"
                + "<td>公开渠道和载体</td><td>公开方式</td></tr>"
                + "<tr><td>1</td><td>出生登记</td><td>办理程序</td><td>《户口登记条例》</td><td>20个工作日内</td>"
                + "<td>县公安局</td><td><span style='font-family:\"Wingdings 2\"'>R</span>政府网站"
                + "<span style='font-family:\"Wingdings 2\"'>&#163;</span>政府公报"
                + "<font face=Webdings>a</font>两微一端</td><td>主动</td></tr></table></body></html>";
        TableReadResult r = CatalogTableReader.read(new HtmlTableSource(TableInput.of(
                new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "page.html")), CatalogTableReader.Options.defaults());
        var item = r.catalog().items().get(0);
        // Wingdings 2 R is ☑ (ticked), £ is □ (not ticked); Webdings a is √ (ticked)
        assertThat(item.channels()).extracting(c -> c.text()).containsExactly("政府网站", "两微一端");
    }
}
