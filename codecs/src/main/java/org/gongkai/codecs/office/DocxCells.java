package org.gongkai.codecs.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.codecs.table.SymbolFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSym;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads every table of a {@code .docx} document, in document order, each with the paragraph just above it as its
 * heading (internal).
 *
 * <p>Through POI's XWPF, which reads the document body as a tree: the file must not exceed
 * {@link PoiLimits#MAX_XLS_BYTES} and its body part {@link PoiLimits#MAX_WORD_BODY_BYTES}. Horizontal merges
 * ({@code gridSpan}, the legacy {@code hMerge}) yield continuation cells on the left's behalf, vertical merges
 * ({@code vMerge} without {@code restart}) continuation cells of the region above, with its text; rows that skip
 * grid columns ({@code gridBefore}) are aligned on the table grid. Paragraphs of a cell are joined with line breaks;
 * check boxes inserted as symbols ({@code w:sym}) or typed in a symbol font become the glyphs they show.
 */
final class DocxCells {
    /** Characters of a heading candidate kept (a heading is a line, not a page). */
    private static final int MAX_HEADING_CHARS = 500;

    private DocxCells() {
    }

    /**
     * Reads the document.
     *
     * @param in the bytes (not closed)
     * @param limits the bounds
     * @param sink receives each table
     * @throws OfficeReadException when the file is not a readable .docx document or exceeds a limit
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
            throw OfficeReadException.file("a .docx file larger than " + (PoiLimits.MAX_XLS_BYTES >> 20) + " MiB",
                    null);
        }
        XWPFDocument doc;
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            for (PackagePart p : pkg.getParts()) {
                if (p.getPartName().getName().endsWith("/document.xml")
                        && p.getSize() > PoiLimits.MAX_WORD_BODY_BYTES) {
                    throw OfficeReadException.file("the document body is larger than "
                            + (PoiLimits.MAX_WORD_BODY_BYTES >> 20) + " MiB (" + p.getSize() + " bytes)", null);
                }
            }
            doc = new XWPFDocument(pkg);
        } catch (OfficeReadException e) {
            throw e;
        } catch (Exception e) {
            throw OfficeReadException.file("not a readable .docx document (" + message(e) + ")", e);
        }
        try (doc) {
            walk(doc, limits, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) : m));
    }

    private static void walk(XWPFDocument doc, Limits limits, RawSink sink) {
        String heading = "";
        int index = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e.getElementType() == BodyElementType.PARAGRAPH) {
                String t = ((XWPFParagraph) e).getText();
                if (t != null && !t.isBlank()) {
                    t = t.strip();
                    heading = t.length() > MAX_HEADING_CHARS ? t.substring(0, MAX_HEADING_CHARS) : t;
                }
            } else if (e.getElementType() == BodyElementType.TABLE) {
                index++;
                try {
                    table((XWPFTable) e, index, heading, limits, sink);
                } catch (OfficeReadException x) {
                    throw x;
                } catch (RuntimeException x) {
                    if (x.getClass().getName().startsWith("org.gongkai.")) {
                        throw x;
                    }
                    throw new OfficeReadException(index, "", 0, 0, "an unreadable table (" + message(x) + ")", x);
                }
                heading = "";
            }
        }
    }

    private static int decimal(CTDecimalNumber n, int otherwise) {
        if (n == null) {
            return otherwise;
        }
        BigInteger v = n.getVal();
        if (v == null || v.signum() < 0 || v.bitLength() > 31) {
            return otherwise;
        }
        return v.intValue();
    }

    private static void table(XWPFTable table, int index, String heading, Limits limits, RawSink sink) {
        sink.startTable(index, "", heading.isEmpty() ? List.of() : List.of(heading));
        List<String> columnText = new ArrayList<>();
        long cells = 0;
        long line = 0;
        for (XWPFTableRow row : table.getRows()) {
            line++;
            List<RawCell> out = new ArrayList<>();
            CTTrPr trPr = row.getCtRow().getTrPr();
            int before = trPr == null || trPr.sizeOfGridBeforeArray() == 0 ? 0
                    : decimal(trPr.getGridBeforeArray(0), 0);
            for (int k = 0; k < before && out.size() < limits.maxColumns(); k++) {
                out.add(RawCell.EMPTY);
            }
            long rowChars = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr == null ? 1 : Math.max(1, decimal(pr.getGridSpan(), 1));
                boolean vContinue = pr != null && pr.isSetVMerge()
                        && (!pr.getVMerge().isSetVal() || pr.getVMerge().getVal() == STMerge.CONTINUE);
                boolean hContinue = pr != null && pr.isSetHMerge()
                        && (!pr.getHMerge().isSetVal() || pr.getHMerge().getVal() == STMerge.CONTINUE);
                int col = out.size();
                if (col + span > limits.maxColumns()) {
                    throw new OfficeReadException(index, "", line, limits.maxColumns() + 1, "more than "
                            + limits.maxColumns() + " columns", null);
                }
                String text;
                if (vContinue) {
                    text = col < columnText.size() ? columnText.get(col) : "";
                } else if (hContinue && col > 0) {
                    text = out.get(col - 1).text();
                } else {
                    text = text(cell);
                    if (text.length() > limits.maxCellChars()) {
                        throw new OfficeReadException(index, "", line, col + 1, "a cell of " + text.length()
                                + " characters, more than the limit of " + limits.maxCellChars(), null);
                    }
                    rowChars += text.length();
                    if (rowChars > limits.maxRowChars()) {
                        throw new OfficeReadException(index, "", line, col + 1, "a row of more than "
                                + limits.maxRowChars() + " characters", null);
                    }
                }
                out.add(vContinue ? new RawCell(text, true, false) : hContinue && col > 0
                        ? new RawCell(text, false, true) : text.isEmpty() ? RawCell.EMPTY
                        : new RawCell(text, false, false));
                for (int k = 1; k < span; k++) {
                    out.add(new RawCell(text, vContinue, true));
                }
                while (columnText.size() < out.size()) {
                    columnText.add("");
                }
                for (int k = col; k < out.size(); k++) {
                    columnText.set(k, text);
                }
            }
            cells += out.size();
            if (cells > limits.maxCellsPerTable()) {
                throw new OfficeReadException(index, "", line, 0, "more than " + limits.maxCellsPerTable()
                        + " cells in one table", null);
            }
            sink.row(line, out);
        }
        sink.endTable();
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(hasSymbols(p) ? symbolText(p) : p.getText());
        }
        return sb.toString();
    }

    /** @return whether a run of the paragraph is a symbol ({@code w:sym}) or is set in a symbol font */
    private static boolean hasSymbols(XWPFParagraph p) {
        for (XWPFRun r : p.getRuns()) {
            if (r.getCTR().sizeOfSymArray() > 0 || SymbolFont.named(r.getFontFamily()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of a paragraph whose check boxes are symbols: a {@code w:sym} (Insert Symbol: a font and a character
     * code, no text at all, so POI's paragraph text loses it) becomes its glyph, and the text of a run set in a
     * symbol font is mapped to the glyphs it shows ({@link SymbolFont}: Wingdings {@code n} ■, Wingdings 2
     * {@code R} ☑ …). A symbol whose glyph is not known is kept as its character.
     */
    private static String symbolText(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement e : p.getIRuns()) {
            if (e instanceof XWPFRun r) {
                for (CTSym sym : r.getCTR().getSymArray()) {
                    byte[] code = sym.getChar();
                    int c = 0;
                    for (byte x : code == null ? new byte[0] : code) {
                        c = (c << 8) | (x & 0xFF);
                    }
                    SymbolFont font = SymbolFont.named(sym.getFont());
                    char ch = (char) c;
                    sb.append(font == null ? ch : font.glyph(ch));
                }
                SymbolFont font = SymbolFont.named(r.getFontFamily());
                String t = r.text();
                sb.append(font == null ? t : font.glyphs(t));
            } else if (e instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            }
        }
        return sb.toString();
    }
}
