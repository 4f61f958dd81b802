package org.gongkai.codecs.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.codecs.table.SymbolFont;

/**
 * Reads every sheet of an {@code .xls} (BIFF8, Excel 97–2003) workbook (internal).
 *
 * <p>Through POI's HSSF user model: the file is read whole into memory, so it must not exceed
 * {@link PoiLimits#MAX_XLS_BYTES} (a BIFF sheet holds at most 65,536 rows). Cells show what the sheet shows:
 * {@link XlsxCells.ShownFormatter} with the cell's style, the cached result of a formula. Merged regions come from
 * the sheet's merged-cell records.
 */
final class XlsCells {
    private XlsCells() {
    }

    /**
     * Reads the workbook.
     *
     * @param in the bytes (not closed)
     * @param limits the bounds
     * @param sink receives each sheet
     * @throws OfficeReadException when the file is not a readable .xls workbook or exceeds a limit
     * @throws UncheckedIOException when the input cannot be read
     */
    static void read(InputStream in, Limits limits, RawSink sink) {
        PoiLimits.apply();
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) PoiLimits.MAX_XLS_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > PoiLimits.MAX_XLS_BYTES) {
            throw OfficeReadException.file("an .xls file larger than " + (PoiLimits.MAX_XLS_BYTES >> 20)
                    + " MiB: save it as .xlsx, which is read as a stream", null);
        }
        HSSFWorkbook wb;
        try {
            wb = new HSSFWorkbook(new POIFSFileSystem(new ByteArrayInputStream(bytes)), true);
        } catch (IOException | RuntimeException e) {
            throw OfficeReadException.file("not a readable .xls workbook (" + message(e) + ")", e);
        }
        try (wb) {
            XlsxCells.ShownFormatter formatter = new XlsxCells.ShownFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                readSheet(wb.getSheetAt(s), s + 1, formatter, limits, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) : m));
    }

    private static void readSheet(Sheet sheet, int index, XlsxCells.ShownFormatter formatter, Limits limits,
            RawSink sink) {
        String name = sheet.getSheetName() == null ? "" : sheet.getSheetName();
        MergedRegions merges = new MergedRegions();
        List<CellRangeAddress> regions;
        try {
            regions = sheet.getMergedRegions();
        } catch (RuntimeException e) {
            throw new OfficeReadException(index, name, 0, 0, "unreadable merged regions (" + message(e) + ")", e);
        }
        for (CellRangeAddress a : regions) {
            if (!merges.add(a.getFirstRow(), a.getFirstColumn(), a.getLastRow(), a.getLastColumn())) {
                throw new OfficeReadException(index, name, 0, 0, "more than " + MergedRegions.MAX_REGIONS
                        + " merged regions in one sheet", null);
            }
        }
        merges.seal();
        sink.startTable(index, name, List.of());
        int first = Math.max(0, sheet.getFirstRowNum());
        int last = sheet.getLastRowNum();
        long cells = 0;
        String[] texts = new String[32];
        boolean[] above = new boolean[32];
        boolean[] left = new boolean[32];
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            merges.advance(r);
            if (row == null && !merges.covers()) {
                continue;
            }
            int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
            if (merges.covers()) {
                width = Math.max(width, merges.lastActiveColumn() + 1);
            }
            if (width > limits.maxColumns()) {
                throw new OfficeReadException(index, name, r + 1L, limits.maxColumns() + 1,
                        "more than " + limits.maxColumns() + " columns", null);
            }
            if (width > texts.length) {
                texts = new String[width];
                above = new boolean[width];
                left = new boolean[width];
            }
            long rowChars = 0;
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                String t = cell == null ? null : shown(cell, formatter);
                if (t != null && t.length() > limits.maxCellChars()) {
                    throw new OfficeReadException(index, name, r + 1L, c + 1, "a cell of " + t.length()
                            + " characters, more than the limit of " + limits.maxCellChars(), null);
                }
                rowChars += t == null ? 0 : t.length();
                texts[c] = t;
            }
            if (rowChars > limits.maxRowChars()) {
                throw new OfficeReadException(index, name, r + 1L, 0, "a row of more than " + limits.maxRowChars()
                        + " characters", null);
            }
            Arrays.fill(above, 0, width, false);
            Arrays.fill(left, 0, width, false);
            if (merges.covers()) {
                merges.mark(r, texts, above, left, width);
            }
            cells += width;
            if (cells > limits.maxCellsPerTable()) {
                throw new OfficeReadException(index, name, r + 1L, 0, "more than " + limits.maxCellsPerTable()
                        + " cells in one sheet", null);
            }
            List<RawCell> out = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String t = texts[c] == null ? "" : texts[c];
                out.add(above[c] || left[c] ? new RawCell(t, above[c], left[c])
                        : t.isEmpty() ? RawCell.EMPTY : new RawCell(t, false, false));
            }
            sink.row(r + 1L, out);
        }
        sink.endTable();
    }

    /**
     * A text cell's text, with the characters set in a symbol font (the cell's font, or a run's: Wingdings 2 {@code R}
     * typed for ☑) turned into the glyphs they show ({@link SymbolFont}).
     */
    private static String withSymbols(Cell cell) {
        HSSFRichTextString rich = (HSSFRichTextString) cell.getRichStringCellValue();
        String text = rich.getString();
        Workbook wb = cell.getSheet().getWorkbook();
        SymbolFont cellFont = SymbolFont.named(wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName());
        boolean any = cellFont != null;
        for (int r = 0; r < rich.numFormattingRuns() && !any; r++) {
            any = SymbolFont.named(wb.getFontAt(rich.getFontOfFormattingRun(r)).getFontName()) != null;
        }
        if (!any) {
            return text; // the common cell: no symbol font anywhere
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            short f = rich.getFontAtIndex(i);
            SymbolFont font = f == HSSFRichTextString.NO_FONT ? cellFont
                    : SymbolFont.named(wb.getFontAt(f).getFontName());
            sb.append(font == null ? text.charAt(i) : font.glyph(text.charAt(i)));
        }
        return sb.toString();
    }

    private static String shown(Cell cell, XlsxCells.ShownFormatter formatter) {
        try {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                    && cell.getCellStyle().getDataFormat() == 14) {
                return formatter.formatRawCellContents(cell.getNumericCellValue(), 14, "m/d/yy");
            }
            if (cell.getCellType() == CellType.STRING) {
                return withSymbols(cell);
            }
            return formatter.formatCellValue(cell);
        } catch (RuntimeException e) {
            throw new OfficeReadException(0, cell.getSheet().getSheetName(), cell.getRowIndex() + 1L,
                    cell.getColumnIndex() + 1, "a cell that cannot be shown (" + message(e) + ")", e);
        }
    }
}
