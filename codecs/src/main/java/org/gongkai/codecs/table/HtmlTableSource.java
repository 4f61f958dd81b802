package org.gongkai.codecs.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The tables of an HTML page (jsoup, an optional dependency): every {@code <table>} of the page in document order,
 * nested tables as tables of their own, each pushed as a table of a format that uses tables for page layout
 * ({@link TableStart#pageLayout()}: the interpretation passes over a layout table around a catalog, and reads a
 * table without a header that continues the catalog table before it).
 *
 * <p>Cells: {@code rowspan} and {@code colspan} expand into continuation cells that carry the region's text
 * ({@link TableCell#continuesAbove()}, {@link TableCell#continuesLeft()}; spans are clamped as browsers do, to 1,000
 * columns and 65,534 rows); {@code <br>} and the ends of {@code <p>}, {@code <div>} and {@code <li>} are line breaks;
 * white space collapses as a browser shows it ({@code &nbsp;} is a space that does not collapse), except in cells
 * styled {@code white-space: pre…} (as {@link CatalogHtmlWriter} writes them); characters in a symbol font
 * (Wingdings, Wingdings 2, Webdings, Symbol; by {@code font-family} or {@code <font face>}) are mapped to the glyphs
 * they show ({@link SymbolFont}: Word's Wingdings {@code n} ■, {@code o} □, Wingdings 2 {@code R} ☑ …), also when
 * Word wrote them in the private use area (U+F06E …).
 *
 * <p>Title candidates: the table's {@code <caption>}, the nearest heading or short title-like paragraph before it
 * (one that names a 目录 or 领域), the page's {@code <title>}, and the file name.
 *
 * <p>Charset: a byte-order mark, else the {@code <meta charset>} or {@code http-equiv} content type in the first
 * 4 KiB (GBK and GB2312 are read as their superset GB18030), else UTF-8 when the bytes are valid UTF-8, else
 * GB18030; bytes invalid in that charset stop the read with their byte offset. A page is at most
 * {@link #MAX_PAGE_BYTES} bytes (jsoup holds the page's tree in memory).
 */
public final class HtmlTableSource implements TableSource {
    /** The largest page read: 64 MiB. */
    public static final int MAX_PAGE_BYTES = 64 << 20;
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65_534;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final TableInput input;
    private Charset charset = StandardCharsets.UTF_8;

    /** @param input the page */
    public HtmlTableSource(TableInput input) {
        this.input = input;
    }

    @Override
    public String name() {
        return input.name();
    }

    /** @return the charset the page was read in (known once {@link #read} has started) */
    public Charset charset() {
        return charset;
    }

    @Override
    public void read(TableSink sink) {
        byte[] bytes;
        try {
            InputStream in = input.open();
            try {
                bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
            } finally {
                if (input.file() != null) {
                    in.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TableLocation page = new TableLocation(input.name(), 1, "");
        if (bytes.length > MAX_PAGE_BYTES) {
            throw new TableReadException(new TableProblem(page, 0, 0, 0, "", "", "the page is larger than "
                    + MAX_PAGE_BYTES + " bytes (HtmlTableSource.MAX_PAGE_BYTES)", TableProblem.Severity.ERROR), null);
        }
        int skip = 0;
        if (input.charset() != null) {
            charset = input.charset();
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = declared(bytes);
            if (charset == null) {
                charset = CsvTableSource.detectCharset(bytes, Math.min(bytes.length, 64 * 1024));
            }
        }
        // The decoder of String is the fast one; it writes U+FFFD for bytes that are invalid, and only then is the
        // page decoded again strictly, to stop with their offset (or to find that U+FFFD was written in the page).
        String text = new String(bytes, skip, bytes.length - skip, charset);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strict(bytes, skip, page);
        }
        // Rows' lines come from a pass over the text when its <tr> tags match the tree; else jsoup tracks them.
        Document doc = Parser.htmlParser().parseInput(text, "");
        Map<Element, Integer> lines = HtmlRowLines.of(text, doc);
        if (lines == null) {
            doc = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        }
        String pageTitle = doc.title();
        int index = 0;
        for (Element table : doc.getElementsByTag("table")) {
            index++;
            List<Element> trs = rowsOf(table);
            Grid grid = new Grid(input.limits(), new TableLocation(input.name(), index, table.id()), lines);
            List<TitleCandidate> titles = new ArrayList<>();
            for (Element cap = table.firstElementChild(); cap != null; cap = cap.nextElementSibling()) {
                if (cap.nameIs("caption") && !cap.text().isBlank()) {
                    titles.add(new TitleCandidate(cap.text(), TitleOrigin.CAPTION));
                }
            }
            String heading = headingBefore(table);
            if (!heading.isEmpty()) {
                titles.add(new TitleCandidate(heading, TitleOrigin.HEADING));
            }
            if (!pageTitle.isBlank()) {
                titles.add(new TitleCandidate(pageTitle, TitleOrigin.PAGE_TITLE));
            }
            titles.add(new TitleCandidate(input.baseName(), TitleOrigin.FILE_NAME));
            // Every table is passed on: which are catalog tables, and which continue one, is the interpretation's.
            sink.startTable(new TableStart(grid.location, titles, true, true));
            for (Element tr : trs) {
                sink.row(grid.row(tr));
            }
            sink.endTable();
        }
    }

    /** The page decoded strictly: invalid bytes stop the read with their offset. */
    private String strict(byte[] bytes, int skip, TableLocation page) {
        try (Reader r = new DecodingReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), charset,
                skip)) {
            StringBuilder sb = new StringBuilder(bytes.length);
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf, 0, buf.length)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (DecodingReader.BadBytesException e) {
            throw new TableReadException(new TableProblem(page, 0, 0, 0, "", "", e.getMessage(),
                    TableProblem.Severity.ERROR), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the charset a meta tag in the first 4 KiB declares, or null */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gbk") || name.equals("gb2312") || name.equals("gb_2312-80") || name.equals("x-gbk")) {
            return CsvTableSource.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The rows of a table itself, not of the tables nested in its cells. */
    private static List<Element> rowsOf(Element table) {
        List<Element> out = new ArrayList<>();
        // Sibling links rather than children(), which builds a filtered list per call.
        for (Element c = table.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (c.nameIs("tr")) {
                out.add(c);
            } else if (c.nameIs("thead") || c.nameIs("tbody") || c.nameIs("tfoot")) {
                for (Element r = c.firstElementChild(); r != null; r = r.nextElementSibling()) {
                    if (r.nameIs("tr")) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    /** The nearest heading, or short paragraph naming a 目录 or 领域, before the table (up to 6 elements back). */
    private static String headingBefore(Element table) {
        Element e = table;
        int steps = 0;
        while (e != null && steps < 6) {
            Element prev = e.previousElementSibling();
            if (prev == null) {
                e = e.parent();
                if (e == null || e.nameIs("body") || e.nameIs("td") || e.nameIs("th")) {
                    return "";
                }
                continue;
            }
            steps++;
            e = prev;
            if (e.nameIs("table")) {
                return "";
            }
            String t = e.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (e.normalName().matches("h[1-6]")) {
                return t;
            }
            if (t.length() <= 80 && (t.contains("目录") || t.contains("领域") || t.contains("領域"))) {
                return t;
            }
        }
        return "";
    }

    /** Turns rows of cells with spans into rows of the grid. */
    private static final class Grid {
        private final TableLimits limits;
        private final TableLocation location;
        /** column → [rows still covered, ...] with the region's text. */
        private final Map<Integer, Object[]> pending = new HashMap<>();
        /** The line of each row, or null when jsoup tracked positions. */
        private final Map<Element, Integer> lines;
        private long number;

        Grid(TableLimits limits, TableLocation location, Map<Element, Integer> lines) {
            this.limits = limits;
            this.location = location;
            this.lines = lines;
        }

        private long lineOf(Element tr) {
            if (lines != null) {
                Integer line = lines.get(tr);
                return line == null ? 0 : line;
            }
            return tr.sourceRange().isTracked() ? tr.sourceRange().start().lineNumber() : 0;
        }

        TableRow row(Element tr) {
            number++;
            long line = lineOf(tr);
            List<TableCell> cells = new ArrayList<>();
            int col = 0;
            for (Element td = tr.firstElementChild(); td != null; td = td.nextElementSibling()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                col = fillPending(cells, col, line);
                String text = cellText(td);
                int colspan = span(td.attr("colspan"), MAX_COLSPAN);
                int rowspan = span(td.attr("rowspan"), MAX_ROWSPAN);
                for (int i = 0; i < colspan; i++) {
                    check(col, line);
                    cells.add(new TableCell(text, false, i > 0));
                    if (rowspan > 1) {
                        pending.put(col, new Object[] {rowspan - 1, text, i > 0});
                    }
                    col++;
                }
            }
            int max = col;
            for (Integer c : pending.keySet()) {
                max = Math.max(max, c + 1);
            }
            while (col < max) {
                int before = col;
                col = fillPending(cells, col, line);
                if (col == before) {
                    check(col, line);
                    cells.add(TableCell.of(""));
                    col++;
                }
            }
            return new TableRow(number, line, cells);
        }

        private int fillPending(List<TableCell> cells, int col, long line) {
            Object[] p;
            while ((p = pending.get(col)) != null) {
                check(col, line);
                cells.add(new TableCell((String) p[1], true, (Boolean) p[2]));
                int left = (Integer) p[0] - 1;
                if (left <= 0) {
                    pending.remove(col);
                } else {
                    p[0] = left;
                }
                col++;
            }
            return col;
        }

        private void check(int col, long line) {
            if (col >= limits.maxColumns()) {
                throw new TableReadException(new TableProblem(location, number, line, col + 1, "", "",
                        "more than " + limits.maxColumns() + " cells in a row (TableLimits.maxColumns)",
                        TableProblem.Severity.ERROR), null);
            }
        }

        private static int span(String attr, int max) {
            String a = attr.strip();
            int v = 0;
            int i = 0;
            while (i < a.length() && Character.isDigit(a.charAt(i)) && v <= max) {
                v = v * 10 + (a.charAt(i) - '0');
                i++;
            }
            if (v < 1) {
                return 1;
            }
            return Math.min(v, max);
        }

        private String cellText(Element td) {
            boolean pre = isPre(td.attr("style"));
            SymbolFont font = symbolFont(td, null);
            String s;
            if (td.childNodeSize() == 0) {
                s = "";
            } else if (font == null && td.childNodeSize() == 1 && td.childNode(0) instanceof TextNode t) {
                String whole = t.getWholeText(); // the common cell: one run of text, no copy through a builder
                s = pre ? whole : collapse(whole);
            } else {
                StringBuilder sb = new StringBuilder();
                append(td, sb, pre, font);
                s = pre ? sb.toString() : collapse(sb);
            }
            if (s.length() > limits.maxCellChars()) {
                throw new TableReadException(new TableProblem(location, number, 0, 0, "", "",
                        "a cell longer than " + limits.maxCellChars() + " characters (TableLimits.maxCellChars)",
                        TableProblem.Severity.ERROR), null);
            }
            return s;
        }
    }

    /** @return the symbol font an element sets ({@code font-family}, or a {@code <font face>}), else {@code inherited} */
    private static SymbolFont symbolFont(Element e, SymbolFont inherited) {
        SymbolFont font = SymbolFont.named(e.attr("style"));
        if (font == null && e.nameIs("font")) {
            font = SymbolFont.named(e.attr("face"));
        }
        return font == null ? inherited : font;
    }

    /** @return whether a style declares {@code white-space: pre…} (any case, spaces around the colon) */
    static boolean isPre(String style) {
        for (int i = SymbolFont.indexOfIgnoreCase(style, "white-space", 0); i >= 0;
                i = SymbolFont.indexOfIgnoreCase(style, "white-space", i + 1)) {
            int k = i + "white-space".length();
            while (k < style.length() && Character.isWhitespace(style.charAt(k))) {
                k++;
            }
            if (k >= style.length() || style.charAt(k) != ':') {
                continue;
            }
            k++;
            while (k < style.length() && Character.isWhitespace(style.charAt(k))) {
                k++;
            }
            if (style.regionMatches(true, k, "pre", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static void append(Element e, StringBuilder sb, boolean pre, SymbolFont symbol) {
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            Node n = e.childNode(i);
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                if (symbol != null) {
                    s = symbol.glyphs(s);
                }
                sb.append(s);
            } else if (n instanceof Element c) {
                if (c.nameIs("table")) {
                    continue; // a nested table is a table of its own
                }
                if (c.nameIs("br")) {
                    sb.append(pre ? "\n" : "\u0000");
                    continue;
                }
                boolean block = c.nameIs("p") || c.nameIs("div") || c.nameIs("li");
                if (block && sb.length() > 0) {
                    sb.append(pre ? "" : "\u0000");
                }
                append(c, sb, pre || isPre(c.attr("style")), symbolFont(c, symbol));
                if (block && !pre) {
                    sb.append('\u0000');
                }
            }
        }
    }

    /**
     * Collapses white space as a browser shows it: runs of spaces, tabs and newlines become one space, none at the
     * line ends; the marks (NUL, put for {@code <br>} and block ends) become line breaks, several in a row one.
     */
    private static String collapse(CharSequence s) {
        int n = s.length();
        int k = 0;
        while (k < n) {
            char c = s.charAt(k);
            if (c == '\u0000' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
                break;
            }
            k++;
        }
        if (k == n) {
            return s.toString(); // nothing to collapse
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        boolean lineStart = true;
        boolean pendingBreak = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                if (!lineStart || out.length() > 0) {
                    pendingBreak = true;
                }
                space = false;
                lineStart = true;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = !lineStart;
                continue;
            }
            if (c == '\u00A0') {
                c = ' '; // &nbsp;: a space that does not collapse (editors keep runs of spaces with it)
            }
            if (pendingBreak) {
                out.append('\n');
                pendingBreak = false;
            } else if (space) {
                out.append(' ');
            }
            space = false;
            lineStart = false;
            out.append(c);
        }
        return out.toString();
    }

}
