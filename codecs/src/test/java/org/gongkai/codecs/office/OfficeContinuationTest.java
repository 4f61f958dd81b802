package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.DomainOrigin;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableProblem;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.codecs.table.TableSummary;
import org.junit.jupiter.api.Test;

/**
 * Word tables split at a page break and workbooks with a sheet that is not a catalog (填表说明): the split part is
 * read as the table it continues, the other sheet is reported, not dropped. Worked out by hand.
 */
class OfficeContinuationTest {
    private static final String[] HEADER = {"序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
        "公开方式"};

    private static String[] row(String n, String name) {
        return new String[] {n, name, "办理程序", "《户口登记条例》", "20个工作日内", "县公安局", "■政府网站", "主动"};
    }

    private static void fill(XWPFTable t, List<String[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                t.getRow(r).getCell(c).setText(rows.get(r)[c]);
            }
        }
    }

    @Test
    void aWordTableSplitAtAPageBreak() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("某县户籍管理领域基层政务公开标准目录");
            fill(doc.createTable(3, 8), List.of(HEADER, row("1", "出生登记"), row("2", "死亡登记")));
            doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            fill(doc.createTable(1, 8), List.<String[]>of(row("3", "迁移登记")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        TableReadResult r = CatalogTableReader.read(new DocxTableSource(TableInput.of(new ByteArrayInputStream(docx),
                "目录.docx")), CatalogTableReader.Options.defaults());
        assertThat(r.tables()).hasSize(2);
        TableSummary second = r.tables().get(1);
        assertThat(second.continues()).isEqualTo(r.tables().get(0).location());
        assertThat(second.domain()).isEqualTo("户籍管理");
        assertThat(second.domainOrigin()).isEqualTo(DomainOrigin.TITLE);
        assertThat(second.itemsKept()).isEqualTo(1);
        assertThat(r.catalog().items()).extracting(i -> i.name().item())
                .containsExactly("出生登记", "死亡登记", "迁移登记");
    }

    @Test
    void aSheetThatIsNotACatalogIsReportedNotDropped() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("填表说明");
            notes.createRow(0).createCell(0).setCellValue("1. 每个事项填写一行。");
            notes.createRow(2).createCell(0).setCellValue("2. 公开渠道请勾选。");
            Sheet catalog = wb.createSheet("户籍管理");
            List<String[]> rows = List.of(HEADER, row("1", "出生登记"));
            for (int i = 0; i < rows.size(); i++) {
                Row x = catalog.createRow(i);
                for (int c = 0; c < 8; c++) {
                    x.createCell(c).setCellValue(rows.get(i)[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        TableReadResult r = CatalogTableReader.read(new XlsxTableSource(TableInput.of(new ByteArrayInputStream(xlsx),
                "目录.xlsx")), CatalogTableReader.Options.defaults());
        assertThat(r.catalog().items()).hasSize(1);
        assertThat(r.catalog().items().get(0).domain()).isEqualTo("户籍管理"); // from the sheet name
        assertThat(r.tables()).hasSize(2);
        TableSummary notes = r.tables().get(0);
        // Sheet 1 has rows 1 and 3 (the streaming reader yields the rows the sheet has): both with text, none read.
        assertThat(notes.location().name()).isEqualTo("填表说明");
        assertThat(notes.rowsRead()).isEqualTo(2);
        assertThat(notes.preambleRows()).isEqualTo(2);
        assertThat(notes.itemsKept()).isZero();
        assertThat(notes.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(TableProblem.Severity.WARNING);
            assertThat(p.message()).contains("not a catalog table").contains("2 rows with text are not read");
        });
        assertThat(notes.clean()).isFalse();
    }
}
