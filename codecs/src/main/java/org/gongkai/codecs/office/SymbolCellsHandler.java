package org.gongkai.codecs.office;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.gongkai.codecs.table.SymbolFont;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * POI's streaming sheet handler that also notes the font of the cell being read ({@code <c s="…">}, the cell's
 * style), so that a cell set in a symbol font (a 主动 column ticked with Wingdings 2 {@code P}) shows its glyphs
 * (internal). Each style's font is looked up once.
 */
final class SymbolCellsHandler extends XSSFSheetXMLHandler {
    private final StylesTable styles;
    /** fonts[i]: the symbol font of style i, or null; known[i]: whether it has been looked up. */
    private SymbolFont[] fonts = new SymbolFont[16];
    private boolean[] known = new boolean[16];
    private SymbolFont current;

    SymbolCellsHandler(StylesTable styles, SharedStrings strings, SheetContentsHandler rows,
            DataFormatter formatter) {
        super(styles, strings, rows, formatter, false);
        this.styles = styles;
    }

    /** @return the symbol font of the cell being read, or null */
    SymbolFont cellFont() {
        return current;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("c".equals(localName)) {
            current = font(attributes.getValue("s"));
        }
        super.startElement(uri, localName, qName, attributes);
    }

    private SymbolFont font(String style) {
        if (style == null || styles == null) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(style);
        } catch (NumberFormatException e) {
            return null; // POI reports a bad style itself
        }
        if (i < 0 || i >= styles.getNumCellStyles()) {
            return null;
        }
        if (i >= known.length) {
            int n = Math.max(i + 1, known.length * 2);
            fonts = java.util.Arrays.copyOf(fonts, n);
            known = java.util.Arrays.copyOf(known, n);
        }
        if (!known[i]) {
            XSSFCellStyle s = styles.getStyleAt(i);
            fonts[i] = s == null || s.getFont() == null ? null : SymbolFont.named(s.getFont().getFontName());
            known[i] = true;
        }
        return fonts[i];
    }
}
