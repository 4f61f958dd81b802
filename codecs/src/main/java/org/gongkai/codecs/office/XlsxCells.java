package org.gongkai.codecs.office;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads every sheet of an {@code .xlsx} workbook as a stream of rows (internal).
 *
 * <p>Streaming: the package is opened from a file (zip entries are inflated on demand), the shared strings and the
 * styles are read once, and each sheet part is parsed with POI's SAX event model ({@link XSSFSheetXMLHandler}), one
 * row in memory at a time, with numbers, dates and booleans formatted by {@link DataFormatter} as the sheet shows
 * them (its cell style's number format).
 *
 * <p>Merged regions: a sheet's {@code <mergeCells>} come <em>after</em> its {@code <sheetData>}. So that the
 * continuation cells of a region are known when their row is yielded, each sheet part is read twice: a light first
 * pass scans its bytes for the {@code mergeCell} elements and the columns of the cells (no XML tree, no cell
 * values), then the SAX pass yields the rows. Regions are clipped to the columns that hold cells, so a region
 * merged across the whole sheet width yields no continuation cells beyond the table. This keeps memory independent of the sheet's length,
 * where buffering the rows until the regions are known would hold the whole sheet.
 */
final class XlsxCells {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private XlsxCells() {
    }

    /** Thrown inside the SAX callbacks to carry the sink's (or a limit's) exception out unchanged. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * Reads the workbook.
     *
     * @param file the workbook file
     * @param limits the bounds
     * @param sink receives each sheet
     * @throws OfficeReadException when the file is not a readable workbook or exceeds a limit
     * @throws UncheckedIOException when the file cannot be read
     */
    static void read(File file, Limits limits, RawSink sink) {
        PoiLimits.apply();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw OfficeReadException.file("not a readable .xlsx workbook (" + message(e) + ")", e);
        }
        try {
            readPackage(pkg, limits, sink);
        } finally {
            pkg.revert();
        }
    }

    private static void readPackage(OPCPackage pkg, Limits limits, RawSink sink) {
        XSSFReader reader;
        ReadOnlySharedStringsTable strings;
        StylesTable styles;
        XSSFReader.SheetIterator sheets;
        try {
            reader = new XSSFReader(pkg);
            List<PackagePart> sst = pkg.getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
            for (PackagePart p : sst) {
                if (p.getSize() > PoiLimits.MAX_SHARED_STRINGS_BYTES) {
                    throw OfficeReadException.file("the shared strings part is larger than "
                            + (PoiLimits.MAX_SHARED_STRINGS_BYTES >> 20) + " MiB (" + p.getSize() + " bytes)", null);
                }
            }
            strings = new SymbolSharedStrings(pkg);
            styles = reader.getStylesTable();
            sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof OfficeReadException o) {
                throw o;
            }
            throw OfficeReadException.file("not a readable .xlsx workbook (" + message(e) + ")", e);
        }
        DataFormatter formatter = new ShownFormatter();
        int index = 0;
        while (true) {
            InputStream data;
            String name;
            PackagePart part;
            try {
                if (!sheets.hasNext()) {
                    break;
                }
                data = sheets.next();
                name = sheets.getSheetName();
                part = sheets.getSheetPart();
            } catch (RuntimeException e) {
                throw OfficeReadException.file("not a readable .xlsx workbook (" + message(e) + ")", e);
            }
            index++;
            String sheetName = name == null ? "" : name;
            try (InputStream in = data) {
                MergedRegions merges = scanMerges(part, index, sheetName);
                Rows rows = new Rows(index, sheetName, merges, limits, sink);
                sink.startTable(index, sheetName, List.of());
                SymbolCellsHandler handler = new SymbolCellsHandler(styles, strings, rows, formatter);
                rows.fonts = handler;
                parse(in, handler, index, sheetName);
                rows.finish();
                sink.endTable();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void parse(InputStream in, XSSFSheetXMLHandler handler, int index, String name) {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setFeature(DISALLOW_DOCTYPE, true);
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (Stop s) {
            throw (RuntimeException) s.getCause();
        } catch (SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            Throwable c = e;
            while (c != null) {
                if (c instanceof Stop s) {
                    throw (RuntimeException) s.getCause();
                }
                c = c.getCause();
            }
            throw new OfficeReadException(index, name, 0, 0, "the sheet's XML cannot be read (" + message(e) + ")",
                    e);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) : m));
    }

    /** The first, light pass: the {@code mergeCell} elements of a sheet part, found by scanning its bytes. */
    static MergedRegions scanMerges(PackagePart part, int index, String name) {
        MergedRegions out = new MergedRegions();
        if (part == null) {
            out.seal();
            return out;
        }
        try (InputStream raw = part.getInputStream(); InputStream in = new UnsyncBytes(raw)) {
            scanMerges(in, out, index, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof OfficeReadException o) {
                throw o;
            }
            throw new OfficeReadException(index, name, 0, 0, "the sheet cannot be read (" + message(e) + ")", e);
        }
        out.seal();
        return out;
    }

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Scans markup for start tags whose local name is {@code mergeCell} and reads their {@code ref}. In XML a
     * {@code <} in text is escaped, so every {@code <} starts markup; comments, CDATA and processing instructions are
     * skipped whole.
     */
    static void scanMerges(InputStream in, MergedRegions out, int index, String name) throws IOException {
        byte[] tag = new byte[64];
        int b = in.read();
        while (b >= 0) {
            if (b != '<') {
                b = in.read();
                continue;
            }
            b = in.read();
            if (b == '!' || b == '?') {
                skipSpecial(in, b);
                b = in.read();
                continue;
            }
            int n = 0;
            while (b >= 0 && b != '>' && b != '/' && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                if (n < tag.length) {
                    tag[n] = (byte) b;
                }
                n++;
                b = in.read();
            }
            if (isCell(tag, n)) {
                b = cellColumn(in, b, out);
                continue;
            }
            if (!isMergeCell(tag, Math.min(n, tag.length), n)) {
                continue;
            }
            StringBuilder attrs = new StringBuilder();
            while (b >= 0 && b != '>') {
                if (attrs.length() > 4096) {
                    throw new OfficeReadException(index, name, 0, 0, "a mergeCell element longer than 4096 bytes",
                            null);
                }
                attrs.append((char) b);
                b = in.read();
            }
            String ref = attribute(attrs, "ref");
            if (ref == null) {
                throw new OfficeReadException(index, name, 0, 0, "a mergeCell element without its ref", null);
            }
            addRef(out, ref, index, name);
        }
    }

    /** @return true for a start tag whose local name is {@code c} (a cell) */
    private static boolean isCell(byte[] tag, int n) {
        return n >= 1 && n <= tag.length && tag[n - 1] == 'c' && (n == 1 || tag[n - 2] == ':');
    }

    /**
     * Reads a cell's attributes up to its {@code >} and records the column of its {@code r} reference, so that
     * merged regions can be clipped to the columns the sheet uses.
     *
     * @return the byte after the tag
     */
    private static int cellColumn(InputStream in, int b, MergedRegions out) throws IOException {
        int prev = ' ';
        int k = 0;
        while (b >= 0 && b != '>' && k++ < 512) {
            if (b == 'r' && (prev == ' ' || prev == '\t' || prev == '\n' || prev == '\r')) {
                b = in.read();
                if (b == '=') {
                    b = in.read();
                    if (b == '"' || b == '\'') {
                        int col = 0;
                        int letters = 0;
                        b = in.read();
                        while (b >= 'A' && b <= 'Z' && letters < 4) {
                            col = col * 26 + (b - 'A' + 1);
                            letters++;
                            b = in.read();
                        }
                        if (letters > 0) {
                            out.seeColumn(col - 1);
                        }
                    }
                }
                prev = 'r';
                continue;
            }
            prev = b;
            b = in.read();
        }
        return b;
    }

    private static void skipSpecial(InputStream in, int first) throws IOException {
        if (first == '?') {
            int prev = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '>' && prev == '?') {
                    return;
                }
                prev = b;
            }
            return;
        }
        // <!-- comment -->, <![CDATA[ ... ]]>, <!DOCTYPE ...> (refused later by the SAX pass)
        int b1 = in.read();
        if (b1 == '-') {
            in.read();
            int p1 = 0;
            int p2 = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '>' && p1 == '-' && p2 == '-') {
                    return;
                }
                p2 = p1;
                p1 = b;
            }
        } else if (b1 == '[') {
            int p1 = 0;
            int p2 = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '>' && p1 == ']' && p2 == ']') {
                    return;
                }
                p2 = p1;
                p1 = b;
            }
        } else {
            int b;
            while ((b = in.read()) >= 0 && b != '>') {
                // skip
            }
        }
    }

    private static boolean isMergeCell(byte[] tag, int kept, int n) {
        if (n != kept || n < MERGE_CELL.length) {
            return false;
        }
        int start = n - MERGE_CELL.length;
        if (start > 0 && tag[start - 1] != ':') {
            return false;
        }
        for (int i = 0; i < MERGE_CELL.length; i++) {
            if (tag[start + i] != MERGE_CELL[i]) {
                return false;
            }
        }
        return true;
    }

    private static String attribute(CharSequence attrs, String key) {
        String s = attrs.toString();
        int from = 0;
        while (true) {
            int k = s.indexOf(key, from);
            if (k < 0) {
                return null;
            }
            int after = k + key.length();
            boolean startOk = k == 0 || Character.isWhitespace(s.charAt(k - 1));
            int eq = after;
            while (eq < s.length() && Character.isWhitespace(s.charAt(eq))) {
                eq++;
            }
            if (startOk && eq < s.length() && s.charAt(eq) == '=') {
                int q = eq + 1;
                while (q < s.length() && Character.isWhitespace(s.charAt(q))) {
                    q++;
                }
                if (q < s.length() && (s.charAt(q) == '"' || s.charAt(q) == '\'')) {
                    int end = s.indexOf(s.charAt(q), q + 1);
                    if (end > q) {
                        return s.substring(q + 1, end);
                    }
                }
                return null;
            }
            from = after;
        }
    }

    private static void addRef(MergedRegions out, String ref, int index, String name) {
        int colon = ref.indexOf(':');
        int[] a = cell(colon < 0 ? ref : ref.substring(0, colon));
        int[] b = colon < 0 ? a : cell(ref.substring(colon + 1));
        if (a == null || b == null) {
            throw new OfficeReadException(index, name, 0, 0, "a merged region with a malformed ref \"" + ref + "\"",
                    null);
        }
        if (!out.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]))) {
            throw new OfficeReadException(index, name, 0, 0, "more than " + MergedRegions.MAX_REGIONS
                    + " merged regions in one sheet", null);
        }
    }

    /** @return {row, column} 0-based of a reference such as {@code B12}, or null when malformed or beyond Excel's */
    static int[] cell(String ref) {
        int i = 0;
        int n = ref.length();
        while (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int col = 0;
        int letters = 0;
        while (i < n && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            letters++;
            i++;
            if (letters > 3) {
                return null;
            }
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int row = 0;
        int digits = 0;
        while (i < n && ref.charAt(i) >= '0' && ref.charAt(i) <= '9') {
            row = row * 10 + (ref.charAt(i) - '0');
            digits++;
            i++;
            if (digits > 7) {
                return null;
            }
        }
        if (i != n || letters == 0 || digits == 0 || row < 1 || row > 1_048_576 || col > 16_384) {
            return null;
        }
        return new int[] {row - 1, col - 1};
    }

    /** The rows of one sheet, assembled from the SAX events, with the merged continuations marked. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int index;
        private final String name;
        private final MergedRegions merges;
        private final Limits limits;
        private final RawSink sink;
        private String[] texts = new String[32];
        private boolean[] above = new boolean[32];
        private boolean[] left = new boolean[32];
        private int width;
        private int row = -1;
        private int lastRowEmitted = -1;
        private int lastCol = -1;
        private long rowChars;
        private long cells;
        /** The handler that knows the font of the cell being read (set once the handler exists). */
        private SymbolCellsHandler fonts;

        Rows(int index, String name, MergedRegions merges, Limits limits, RawSink sink) {
            this.index = index;
            this.name = name;
            this.merges = merges;
            this.limits = limits;
            this.sink = sink;
        }

        private OfficeReadException error(int col, String message) {
            return new OfficeReadException(index, name, row + 1L, col, message, null);
        }

        @Override
        public void startRow(int rowNum) {
            try {
                if (rowNum <= lastRowEmitted) {
                    throw error(0, "row " + (rowNum + 1) + " comes after row " + (lastRowEmitted + 1)
                            + " (rows out of order)");
                }
                // rows without a <row> element that merged regions cover are yielded, so no continuation is lost
                while (true) {
                    int gap = nextCoveredGap(rowNum);
                    if (gap < 0) {
                        break;
                    }
                    row = gap;
                    width = 0;
                    lastCol = -1;
                    emit();
                }
                row = rowNum;
                width = 0;
                lastCol = -1;
                rowChars = 0;
            } catch (RuntimeException e) {
                throw new Stop(e);
            }
        }

        /** @return the first row after the last yielded and before {@code rowNum} that a region covers, or -1 */
        private int nextCoveredGap(int rowNum) {
            int r = lastRowEmitted + 1;
            while (r < rowNum) {
                merges.advance(r);
                if (merges.covers()) {
                    return r;
                }
                int s = merges.nextStart();
                if (s < 0 || s >= rowNum) {
                    return -1;
                }
                r = Math.max(r + 1, s);
            }
            return -1;
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            try {
                int col = ref == null ? lastCol + 1 : colOf(ref);
                if (col < 0) {
                    throw error(lastCol + 2, "a cell with a malformed reference \"" + ref + "\"");
                }
                if (col <= lastCol) {
                    throw error(col + 1, "two cells at column " + (col + 1) + " (cells out of order)");
                }
                if (col >= limits.maxColumns()) {
                    throw error(col + 1, "more than " + limits.maxColumns() + " columns");
                }
                String t = formatted == null ? "" : formatted;
                org.gongkai.codecs.table.SymbolFont font = fonts == null ? null : fonts.cellFont();
                if (font != null) {
                    t = font.glyphs(t); // a cell set in a symbol font: Wingdings 2 P is √
                }
                if (t.length() > limits.maxCellChars()) {
                    throw error(col + 1, "a cell of " + t.length() + " characters, more than the limit of "
                            + limits.maxCellChars());
                }
                rowChars += t.length();
                if (rowChars > limits.maxRowChars()) {
                    throw error(col + 1, "a row of more than " + limits.maxRowChars() + " characters");
                }
                ensure(col + 1);
                for (int c = width; c < col; c++) {
                    texts[c] = null;
                }
                texts[col] = t;
                width = col + 1;
                lastCol = col;
            } catch (RuntimeException e) {
                throw new Stop(e);
            }
        }

        private int colOf(String ref) {
            int col = 0;
            int i = 0;
            while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
                col = col * 26 + (ref.charAt(i) - 'A' + 1);
                i++;
                if (i > 3) {
                    return -1;
                }
            }
            if (i == 0) {
                return -1;
            }
            int r = 0;
            for (int k = i; k < ref.length(); k++) {
                char ch = ref.charAt(k);
                if (ch < '0' || ch > '9' || k - i > 7) {
                    return -1;
                }
                r = r * 10 + (ch - '0');
            }
            if (ref.length() > i && r - 1 != row) {
                return -1;
            }
            return col - 1;
        }

        private void ensure(int n) {
            if (n > texts.length) {
                int m = Math.max(n, texts.length * 2);
                texts = Arrays.copyOf(texts, m);
                above = Arrays.copyOf(above, m);
                left = Arrays.copyOf(left, m);
            }
        }

        @Override
        public void endRow(int rowNum) {
            try {
                emit();
            } catch (RuntimeException e) {
                throw new Stop(e);
            }
        }

        private void emit() {
            merges.advance(row);
            int w = width;
            if (merges.covers()) {
                w = Math.max(w, Math.min(merges.lastActiveColumn() + 1, limits.maxColumns()));
                ensure(w);
                for (int c = width; c < w; c++) {
                    texts[c] = null;
                }
                Arrays.fill(above, 0, w, false);
                Arrays.fill(left, 0, w, false);
                merges.mark(row, texts, above, left, w);
            }
            cells += w;
            if (cells > limits.maxCellsPerTable()) {
                throw error(0, "more than " + limits.maxCellsPerTable() + " cells in one sheet");
            }
            List<RawCell> out = new ArrayList<>(w);
            boolean covered = merges.covers();
            for (int c = 0; c < w; c++) {
                String t = texts[c];
                if (covered && (above[c] || left[c])) {
                    out.add(new RawCell(t == null ? "" : t, above[c], left[c]));
                } else {
                    out.add(t == null || t.isEmpty() ? RawCell.EMPTY : new RawCell(t, false, false));
                }
            }
            lastRowEmitted = row;
            sink.row(row + 1L, out);
        }

        void finish() {
            // regions below the last row with cells cover nothing the sheet shows: no row is made up for them
        }
    }

    /**
     * A {@link DataFormatter} that shows Excel's locale-dependent short date (built-in format 14, which POI spells
     * {@code m/d/yy}) as Chinese Excel and WPS show it: {@code yyyy/m/d}.
     */
    static final class ShownFormatter extends DataFormatter {
        ShownFormatter() {
            super(Locale.CHINA);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatIndex == 14) {
                return super.formatRawCellContents(value, formatIndex, "yyyy/m/d", use1904);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
