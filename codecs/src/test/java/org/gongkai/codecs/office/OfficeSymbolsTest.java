package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.junit.jupiter.api.Test;

/**
 * Check boxes in a Word or Excel catalog as the programs write them: Insert Symbol ({@code w:sym}: a font and a
 * code, no text), runs typed in a symbol font, .xls and .xlsx cells with runs in Wingdings 2. Each must come back
 * as the tick it shows, never as a lost character or a letter.
 */
class OfficeSymbolsTest {
    private static final String[] HEADER = {"序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
        "公开方式"};

    @Test
    void symbolsAndSymbolFontRunsAreTheirGlyphs() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("某县户籍管理领域基层政务公开标准目录");
            XWPFTable t = doc.createTable(2, 8);
            for (int c = 0; c < 8; c++) {
                t.getRow(0).getCell(c).setText(HEADER[c]);
            }
            String[] data = {"1", "出生登记", "办理程序", "《户口登记条例》", "20个工作日内", "县公安局", null, "主动"};
            for (int c = 0; c < 8; c++) {
                if (data[c] != null) {
                    t.getRow(1).getCell(c).setText(data[c]);
                }
            }
            XWPFParagraph p = t.getRow(1).getCell(6).getParagraphs().get(0);
            // Wingdings 2 R (Insert Symbol writes F052): ☑, ticked
            XWPFRun sym = p.createRun();
            sym.getCTR().addNewSym().setFont("Wingdings 2");
            sym.getCTR().getSymArray(0).setChar(new byte[] {(byte) 0xF0, 0x52});
            p.createRun().setText("政府网站");
            // a run typed in Wingdings: o is the white square, not ticked
            XWPFRun box = p.createRun();
            box.setFontFamily("Wingdings");
            box.setText("o");
            p.createRun().setText("政府公报");
            // Wingdings 2 £ typed as text: □
            XWPFRun box2 = p.createRun();
            box2.setFontFamily("Wingdings 2");
            box2.setText("\u00A3");
            p.createRun().setText("两微一端");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        TableReadResult r = CatalogTableReader.read(new DocxTableSource(TableInput.of(new ByteArrayInputStream(docx),
                "目录.docx")), CatalogTableReader.Options.defaults());
        DisclosureItem item = r.catalog().items().get(0);
        assertThat(item.channels()).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE, "政府网站"));
        assertThat(r.tables().get(0).clean()).isTrue();
    }

    /**
     * A workbook whose channel cell is R政府网站£政府公报 with R and £ in Wingdings 2 (runs of the cell's text; in
     * .xlsx a shared string's runs): ☑政府网站□政府公报, read back through the format its name gives.
     */
    private static TableReadResult withWingdings2Runs(org.apache.poi.ss.usermodel.Workbook wb, String file)
            throws IOException {
        byte[] bytes;
        try (wb) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("户籍管理");
            String[] data = {"1", "出生登记", "办理程序", "《户口登记条例》", "20个工作日内", "县公安局", null, "主动"};
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
            for (int c = 0; c < 8; c++) {
                head.createCell(c).setCellValue(HEADER[c]);
                if (data[c] != null) {
                    row.createCell(c).setCellValue(data[c]);
                }
            }
            org.apache.poi.ss.usermodel.Font wingdings2 = wb.createFont();
            wingdings2.setFontName("Wingdings 2");
            org.apache.poi.ss.usermodel.Font song = wb.createFont();
            song.setFontName("宋体");
            org.apache.poi.ss.usermodel.RichTextString text =
                    wb.getCreationHelper().createRichTextString("R政府网站\u00A3政府公报");
            text.applyFont(0, 1, wingdings2);
            text.applyFont(1, 5, song);
            text.applyFont(5, 6, wingdings2);
            text.applyFont(6, 10, song);
            row.createCell(6).setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        return CatalogTableReader.read(org.gongkai.codecs.table.TableFormats.open(
                TableInput.of(new ByteArrayInputStream(bytes), file), null), CatalogTableReader.Options.defaults());
    }

    @Test
    void anXlsCellWithRunsInWingdings2() throws IOException {
        TableReadResult r = withWingdings2Runs(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), "目录.xls");
        assertThat(r.catalog().items().get(0).channels())
                .containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE, "政府网站"));
        assertThat(r.tables().get(0).clean()).isTrue();
    }

    @Test
    void anXlsxSharedStringWithRunsInWingdings2() throws IOException {
        TableReadResult r = withWingdings2Runs(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), "目录.xlsx");
        assertThat(r.catalog().items().get(0).channels())
                .containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE, "政府网站"));
        assertThat(r.tables().get(0).clean()).isTrue();
    }

    @Test
    void anXlsxCellSetInWingdings2() throws IOException {
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("户籍管理");
            String[][] rows = {
                {"序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开方式", ""},
                {"", "", "", "", "", "", "", "主动", "依申请"},
                {"1", "出生登记", "办理程序", "《户口登记条例》", "20个工作日内", "县公安局", "■政府网站", "P", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 7, 8)); // 公开方式 over 主动, 依申请
            // the 主动 cell is set in Wingdings 2, where P is the tick √
            org.apache.poi.xssf.usermodel.XSSFFont wingdings2 = wb.createFont();
            wingdings2.setFontName("Wingdings 2");
            org.apache.poi.xssf.usermodel.XSSFCellStyle style = wb.createCellStyle();
            style.setFont(wingdings2);
            sheet.getRow(2).getCell(7).setCellStyle(style);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        TableReadResult r = CatalogTableReader.read(new XlsxTableSource(TableInput.of(new ByteArrayInputStream(xlsx),
                "目录.xlsx")), CatalogTableReader.Options.defaults());
        assertThat(r.catalog().items().get(0).methods())
                .containsExactly(org.gongkai.item.DisclosureMethod.PROACTIVE);
        assertThat(r.tables().get(0).clean()).isTrue();
    }
}
