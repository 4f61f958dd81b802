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
import org.junit.jupiter.api.Test;

/**
 * The layouts of reference/catalog-layouts.md read from .xlsx as from CSV: each CSV table of the real-rows test (125
 * tables in L1 with one- and two-row headers and the header word variants, L2, L3's 三级事项 (济南), L4, L6, L8,
 * L10) and the L5, L7 and L9 tables of the CSV reader's tests, put cell for cell in a sheet named after the
 * table's domain, read to the same items, title and domain.
 */
class XlsxLayoutsTest {
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

    private static void sameFromBoth(byte[] csv, String base, String sheet, CatalogTableReader.Options o)
            throws IOException {
        TableReadResult fromCsv = CatalogTableReader.read(TableFormats.open(TableInput.of(
                new ByteArrayInputStream(csv), base + ".csv"), null), o);
        byte[] x = xlsx(rows(csv, base + ".csv"), sheet);
        TableReadResult fromXlsx = CatalogTableReader.read(TableFormats.open(TableInput.of(
                new ByteArrayInputStream(x), base + ".xlsx"), null), o);
        assertThat(fromXlsx.catalog().items()).as(base).isNotEmpty().isEqualTo(fromCsv.catalog().items());
        assertThat(fromXlsx.catalog().title()).as(base).isEqualTo(fromCsv.catalog().title());
        assertThat(fromXlsx.tables().get(0).rowsRejected()).isEqualTo(fromCsv.tables().get(0).rowsRejected());
    }

    @Test
    void everyRealRowTableReadsFromXlsxAsFromCsv() throws IOException {
        List<JsonNode> all = RealRowsTest.rows();
        for (int i = 0; i < all.size(); i++) {
            String domain = RealRowsTest.s(all.get(i), "domain");
            String sheet = domain.replaceAll("[\\[\\]:*?/\\\\]", "_");
            sameFromBoth(RealRowsTest.table(i, all), "row" + i, sheet.length() > 31 ? sheet.substring(0, 31) : sheet,
                    CatalogTableReader.Options.defaults().withDefaultDomain(domain));
        }
    }

    @Test
    void theL5L7AndL9TablesReadFromXlsxAsFromCsv() throws IOException {
        // no title: the sheet names the domain; the CSV reader is given the same domain as its default
        CatalogTableReader.Options o = CatalogTableReader.Options.defaults();
        sameFromBoth(L5.getBytes(StandardCharsets.UTF_8), "l5", "义务教育", o.withDefaultDomain("义务教育"));
        sameFromBoth(L7.getBytes(StandardCharsets.UTF_8), "l7", "救灾", o.withDefaultDomain("救灾"));
        sameFromBoth(L9.getBytes(StandardCharsets.UTF_8), "l9", "救灾", o.withDefaultDomain("救灾"));
    }
}
