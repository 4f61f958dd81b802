package org.gongkai.codecs.office;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.codecs.table.PublishedLayout;
import org.gongkai.item.DisclosureItem;

/** Renders sheets of the published layout through SXSSF (internal; the POI side of {@link CatalogXlsxWriter}). */
final class XlsxSheets {
    /** Rows SXSSF keeps in memory before spooling to its temporary file. */
    private static final int WINDOW = 100;

    private XlsxSheets() {
    }

    /**
     * One sheet to write.
     *
     * @param name the sheet name (made valid: at most 31 characters, none of []:*?/\)
     * @param title the title row's text, empty for none
     * @param items the rows
     */
    record Sheet(String name, String title, Iterable<DisclosureItem> items) {
    }

    static void write(PublishedLayout layout, List<Sheet> sheets, OutputStream out) {
        // inline strings, no shared-strings table: its table would grow with the catalog in memory
        SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            CellStyle titleStyle = style(wb, true, 16, false);
            CellStyle headStyle = style(wb, true, 11, true);
            CellStyle bodyStyle = style(wb, false, 11, true);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (Sheet s : sheets) {
                SXSSFSheet sheet = wb.createSheet(unique(safeName(s.name()), used));
                sheet(layout, s, sheet, titleStyle, headStyle, bodyStyle);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                wb.close(); // also deletes SXSSF's temporary files
            } catch (IOException e) {
                // nothing left to write; a temporary file that cannot be deleted is POI's to report
            }
        }
    }

    private static CellStyle style(SXSSFWorkbook wb, boolean bold, int points, boolean border) {
        CellStyle st = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        st.setFont(f);
        st.setWrapText(true);
        st.setVerticalAlignment(VerticalAlignment.CENTER);
        st.setAlignment(bold ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
        if (border) {
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
        }
        return st;
    }

    private static void sheet(PublishedLayout layout, Sheet s, SXSSFSheet sheet, CellStyle titleStyle,
            CellStyle headStyle, CellStyle bodyStyle) {
        int width = layout.width();
        int r = 0;
        if (!s.title().isEmpty()) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(30);
            Cell c = row.createCell(0);
            c.setCellValue(org.gongkai.codecs.table.CellText.escape(s.title()));
            c.setCellStyle(titleStyle);
            if (width > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, width - 1));
            }
            r++;
        }
        int headerRows = layout.twoRowHeader() ? 2 : 1;
        Row[] head = new Row[headerRows];
        for (int k = 0; k < headerRows; k++) {
            head[k] = sheet.createRow(r + k);
            for (int c = 0; c < width; c++) {
                head[k].createCell(c).setCellStyle(headStyle);
            }
        }
        for (PublishedLayout.HeaderCell h : layout.header()) {
            head[h.row()].getCell(h.column()).setCellValue(h.text());
            if (h.rowSpan() > 1 || h.colSpan() > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(r + h.row(), r + h.row() + h.rowSpan() - 1,
                        h.column(), h.column() + h.colSpan() - 1));
            }
        }
        r += headerRows;
        sheet.createFreezePane(0, r);
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, 256 * 12);
        }
        PublishedLayout.Renderer renderer = layout.renderer();
        for (DisclosureItem item : s.items()) {
            if (r >= CatalogXlsxWriter.MAX_ROWS) {
                throw new IllegalArgumentException("sheet \"" + s.name() + "\" would have more than "
                        + CatalogXlsxWriter.MAX_ROWS + " rows, the most an Excel sheet holds (item " + item.name()
                        + ")");
            }
            List<String> cells = renderer.row(item);
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                String t = cells.get(c);
                if (t.length() > CatalogXlsxWriter.MAX_CELL_CHARS) {
                    throw new IllegalArgumentException("item " + item.name() + ": a cell of " + t.length()
                            + " characters, more than the " + CatalogXlsxWriter.MAX_CELL_CHARS
                            + " an Excel cell holds (column " + (c + 1) + ")");
                }
                Cell cell = row.createCell(c);
                cell.setCellStyle(bodyStyle);
                if (!t.isEmpty()) {
                    cell.setCellValue(t);
                }
            }
        }
    }

    /** @return a valid sheet name: at most 31 characters, none of []:*?/\, not starting or ending with ' */
    static String safeName(String name) {
        String n = name.replaceAll("[\\[\\]:*?/\\\\]", "_").replace('\'', '_');
        if (n.isBlank()) {
            n = "_";
        }
        return n.length() > 31 ? n.substring(0, 31) : n;
    }

    private static String unique(String name, java.util.Set<String> used) {
        String n = name;
        for (int k = 2; !used.add(n.toLowerCase(java.util.Locale.ROOT)); k++) {
            String suffix = "(" + k + ")";
            n = (name.length() + suffix.length() > 31 ? name.substring(0, 31 - suffix.length()) : name) + suffix;
        }
        return n;
    }
}
