package org.gongkai.codecs.office;

import java.io.IOException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.gongkai.codecs.table.SymbolFont;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * A workbook's shared strings as POI's streaming table reads them, except that the text of a run set in a symbol
 * font ({@code <r><rPr><rFont val="Wingdings 2"/></rPr><t>R</t></r>}: a check box typed in Excel) is the glyph it
 * shows ({@link SymbolFont}), not the letter (internal).
 *
 * <p>POI parses the part in its constructor, through the handler methods overridden here; the run's font is
 * therefore kept in a field without an initialiser (null until the first run names one).
 */
final class SymbolSharedStrings extends ReadOnlySharedStringsTable {
    /** The symbol font of the run being read, or null. */
    private SymbolFont runFont;

    SymbolSharedStrings(OPCPackage pkg) throws IOException, SAXException {
        super(pkg, false);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("r".equals(localName)) {
            runFont = null;
        } else if ("rFont".equals(localName)) {
            runFont = SymbolFont.named(attributes.getValue("val"));
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("r".equals(localName)) {
            runFont = null;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (runFont == null) {
            super.characters(ch, start, length);
            return;
        }
        char[] mapped = new char[length];
        for (int i = 0; i < length; i++) {
            mapped[i] = runFont.glyph(ch[start + i]);
        }
        super.characters(mapped, 0, length);
    }
}
