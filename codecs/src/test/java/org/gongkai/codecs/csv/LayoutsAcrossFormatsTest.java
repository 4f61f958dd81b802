package org.gongkai.codecs.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.TableFormats;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.codecs.table.TableRow;
import org.gongkai.codecs.table.TableSink;
import org.gongkai.codecs.table.TableStart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layouts of reference/catalog-layouts.md read from .xlsx and from an HTML page as from CSV: each CSV table of the
 * real-rows test (125 tables in L1 with one- and two-row headers and the header word variants, L2, L3's 三级事项
 * (济南), L4, L6, L8, L10) and the L5, L7 and L9 tables of the CSV reader's tests, put cell for cell in a sheet named
 * after the table's domain or in a {@code <table>} (text escaped, cells styled {@code white-space: pre-wrap} as a
 * page keeps line breaks), read to the same items, title and rejections.
 */
class LayoutsAcrossFormatsTest {
    private static final String L5 = "序号,公开事项,,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,,,公开,五公开\n,一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请,东阳市级,镇街乡,村,,\n1,招生管理,招生政策,招生政策文件,《义务教育法》,信息形成或者变更之日起20个工作日内,东阳市教育局,■政府网站,√,,√,,√,√,,■文本,■决策 □执行 □管理 □服务 ■结果\n";
    private static final String L7 = "公开事项,,公开内容,公开主体,公开时限,公开渠道,公开依据,公开对象,,公开方式,\n一级事项,二级事项,,,,,,全社会,特定,主动,依申请公开\n灾害预警,预警信息,预警级别,文昌市应急管理局,实时公开,■政府网站 □政府公报,《突发事件应对法》,√,,√,\n";
    private static final String L9 = "序号,一级事项,二级事项,三级事项,公开内容(要素),公开依据,条款内容,依据效力(位阶),公开时限,公开主体,事项类别(法定公开、其他),公开渠道和载体,公开对象,,责任科室,对应职责\n,,,,,,,,,,,,全社会,特定群体,,\n1,救灾,救灾物资,物资发放,发放对象,《自然灾害救助条例》,第二十九条,行政法规,信息形成或者变更之日起20个工作日内,康巴什区应急管理局,法定公开,■政府网站,√,,救灾科,物资管理\n";

    /** @return the CSV table's rows as the CSV source yields them */
    private static List<List<String>> rows(byte[] csv, String name) {
        List<List<String>> out = new ArrayList<>();
        TableFormats.open(TableInput.of(new ByteArrayInputStream(csv), name), null).read(new TableSink() {
            @Override
            public void startTable(TableStart start) {
            }

            @Override
            public void row(TableRow row) {
                out.add(row.texts());
            }

            @Override
            public void endTable() {
            }
        });
        return out;
    }

    private static byte[] xlsx(List<List<String>> rows, String sheet) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] html(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td style=\"white-space:pre-wrap\">").append(cell.replace("&", "&amp;").replace("<", "&lt;")
                        .replace(">", "&gt;")).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sameFromBoth(String format, byte[] csv, String base, String sheet,
            CatalogTableReader.Options o) throws IOException {
        TableReadResult fromCsv = CatalogTableReader.read(TableFormats.open(TableInput.of(
                new ByteArrayInputStream(csv), base + ".csv"), null), o);
        List<List<String>> cells = rows(csv, base + ".csv");
        byte[] file = format.equals("xlsx") ? xlsx(cells, sheet) : html(cells);
        TableReadResult read = CatalogTableReader.read(TableFormats.open(TableInput.of(
                new ByteArrayInputStream(file), base + "." + format), null), o);
        assertThat(read.catalog().items()).as(base).isNotEmpty().isEqualTo(fromCsv.catalog().items());
        assertThat(read.catalog().title()).as(base).isEqualTo(fromCsv.catalog().title());
        assertThat(read.tables()).hasSize(1);
        assertThat(read.tables().get(0).rowsRejected()).isEqualTo(fromCsv.tables().get(0).rowsRejected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "html"})
    void everyRealRowTableReadsAsFromCsv(String format) throws IOException {
        List<JsonNode> all = RealRowsTest.rows();
        for (int i = 0; i < all.size(); i++) {
            String domain = RealRowsTest.s(all.get(i), "domain");
            String sheet = domain.replaceAll("[\\[\\]:*?/\\\\]", "_");
            sameFromBoth(format, RealRowsTest.table(i, all), "row" + i,
                    sheet.length() > 31 ? sheet.substring(0, 31) : sheet,
                    CatalogTableReader.Options.defaults().withDefaultDomain(domain));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "html"})
    void theL5L7AndL9TablesReadAsFromCsv(String format) throws IOException {
        // no title: the sheet names the domain (xlsx); every reader is given the same domain as its default
        CatalogTableReader.Options o = CatalogTableReader.Options.defaults();
        sameFromBoth(format, L5.getBytes(StandardCharsets.UTF_8), "l5", "义务教育", o.withDefaultDomain("义务教育"));
        sameFromBoth(format, L7.getBytes(StandardCharsets.UTF_8), "l7", "救灾", o.withDefaultDomain("救灾"));
        sameFromBoth(format, L9.getBytes(StandardCharsets.UTF_8), "l9", "救灾", o.withDefaultDomain("救灾"));
    }
}
