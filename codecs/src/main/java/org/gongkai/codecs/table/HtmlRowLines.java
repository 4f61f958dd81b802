package org.gongkai.codecs.table;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The source line of every {@code <tr>} of a page, found by one pass over the page's text beside jsoup's tree, so
 * that the page is parsed without jsoup's position tracking (which costs about as much again as the parse).
 *
 * <p>The pass finds the {@code <tr} start tags in document order, skipping comments, declarations, the insides of
 * other tags (attribute values may hold {@code <tr}) and the raw text of {@code script}, {@code style},
 * {@code textarea}, {@code title}, {@code xmp}, {@code iframe}, {@code noembed} and {@code noframes}, and follows the
 * nesting of tables and rows. It answers only for plain table markup, where the parser keeps every row tag as a row
 * and makes no other: each row and cell inside a table, each cell inside an explicit row (the page a CMS or Word
 * writes), and as many row tags as the tree has {@code tr} elements. Otherwise (a {@code <td>} written straight into
 * a {@code <table>}, a stray {@code <tr>} outside a table …) the answer is null and the caller parses again with
 * tracking: a row's line is the parser's or the tag's, never a guess. Linear in the page. Package-private.
 */
final class HtmlRowLines {
    private static final String[] RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
        "noframes"};

    private HtmlRowLines() {
    }

    /**
     * @param text the page
     * @param doc the page parsed
     * @return the 1-based line of each {@code tr} element, or null when the tags and the tree may not match
     */
    static Map<Element, Integer> of(String text, Document doc) {
        int[] lines = startTagLines(text);
        if (lines == null) {
            return null;
        }
        Elements rows = doc.getElementsByTag("tr");
        if (lines.length != rows.size()) {
            return null;
        }
        Map<Element, Integer> out = new IdentityHashMap<>(rows.size() * 2);
        for (int i = 0; i < lines.length; i++) {
            out.put(rows.get(i), lines[i]);
        }
        return out;
    }

    /**
     * The lines of the {@code <tr} start tags of a page whose table markup is plain: every row and cell tag inside a
     * table, every cell inside an explicit row. Anything else (a row or cell the parser would imply, drop or move: a
     * {@code <td>} straight in a {@code <table>}, a {@code <tr>} outside a table, a {@code <select>} or
     * {@code <template>} around rows) declines, and the caller asks the parser itself.
     *
     * @return the 1-based lines of the {@code <tr} start tags of the page, in order, or null when the page declines
     */
    static int[] startTagLines(String s) {
        int[] lines = new int[16];
        int count = 0;
        int line = 1;
        int n = s.length();
        // rowOpen[d], cellOpen[d]: whether table depth d has an open row, an open cell or caption; depth 0 is outside
        // every table
        boolean[] rowOpen = new boolean[8];
        boolean[] cellOpen = new boolean[8];
        int depth = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (c != '<' || i + 1 >= n) {
                i++;
                continue;
            }
            char d = s.charAt(i + 1);
            boolean end = d == '/' && i + 2 < n && isLetter(s.charAt(i + 2));
            int skipTo;
            if (s.startsWith("<!--", i)) {
                skipTo = end(s, i + 4, "-->");
            } else if (d == '!' || d == '?') {
                skipTo = end(s, i + 2, ">");
            } else if (isLetter(d) || end) {
                int nameStart = end ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (nameEnd < n && isNameChar(s.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = name(s, nameStart, nameEnd);
                int tagEnd = tagEnd(s, nameEnd);
                skipTo = tagEnd;
                // between a table's cells only table markup is plain: anything else is moved out of the table
                boolean inTableNotCell = depth > 0 && !cellOpen[depth];
                switch (name) {
                    case "table" -> {
                        if (end) {
                            if (depth == 0) {
                                return null;
                            }
                            depth--;
                        } else {
                            if (inTableNotCell) {
                                return null; // a table straight in a table: the parser closes the first
                            }
                            if (++depth == rowOpen.length) {
                                rowOpen = java.util.Arrays.copyOf(rowOpen, depth * 2);
                                cellOpen = java.util.Arrays.copyOf(cellOpen, depth * 2);
                            }
                            rowOpen[depth] = false;
                            cellOpen[depth] = false;
                        }
                    }
                    case "tr" -> {
                        if (depth == 0) {
                            return null; // a row outside a table: the parser drops it
                        }
                        rowOpen[depth] = !end;
                        cellOpen[depth] = false;
                        if (!end) {
                            if (count == lines.length) {
                                lines = java.util.Arrays.copyOf(lines, count * 2);
                            }
                            lines[count++] = line;
                        }
                    }
                    case "td", "th" -> {
                        if (depth > 0) {
                            if (!end && !rowOpen[depth]) {
                                return null; // a cell without its row: the parser implies one
                            }
                            cellOpen[depth] = !end;
                        }
                    }
                    case "caption" -> {
                        if (depth > 0) {
                            cellOpen[depth] = !end;
                        }
                    }
                    case "thead", "tbody", "tfoot" -> {
                        if (depth > 0) {
                            rowOpen[depth] = false;
                            cellOpen[depth] = false;
                        }
                    }
                    case "colgroup", "col" -> {
                        // table markup without rows
                    }
                    case "select", "template", "frameset", "math", "svg" -> {
                        return null; // content the parser treats by other rules
                    }
                    default -> {
                        if (!end && inTableNotCell && !name.equals("script") && !name.equals("style")) {
                            return null;
                        }
                        if (!end) {
                            for (String raw : RAW_TEXT) {
                                if (raw.equals(name)) {
                                    skipTo = closing(s, tagEnd, raw);
                                    break;
                                }
                            }
                        }
                    }
                }
            } else {
                i++;
                continue;
            }
            for (int k = i; k < skipTo; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                }
            }
            i = skipTo;
        }
        return java.util.Arrays.copyOf(lines, count);
    }

    /** The names the pass acts on; any other tag is {@code ""} (no string is made for it). */
    private static final String[] NAMES = {"table", "tr", "td", "th", "caption", "thead", "tbody", "tfoot",
        "colgroup", "col", "select", "template", "frameset", "math", "svg", "script", "style", "textarea", "title",
        "xmp", "iframe", "noembed", "noframes"};

    /** @return the name of {@link #NAMES} that {@code s[from, to)} spells in any case, else "" (any other tag) */
    private static String name(String s, int from, int to) {
        int len = to - from;
        for (String name : NAMES) {
            if (name.length() == len && s.regionMatches(true, from, name, 0, len)) {
                return name;
            }
        }
        return len == 0 ? "" : "-";
    }

    /** @return the index after the first {@code mark} from {@code from}, or the end */
    private static int end(String s, int from, String mark) {
        int k = s.indexOf(mark, from);
        return k < 0 ? s.length() : k + mark.length();
    }

    /** @return the index after the {@code >} that ends a start tag whose name ends at {@code from} (quotes kept) */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                // A quote opens a value only after = (jsoup reads a stray quote elsewhere as part of a name).
                int p = k - 1;
                while (p >= from && s.charAt(p) <= ' ') {
                    p--;
                }
                if (p >= from && s.charAt(p) == '=') {
                    quote = c;
                }
            } else if (c == '>') {
                return k + 1;
            }
        }
        return s.length();
    }

    /** @return the index of the {@code </name} that closes a raw-text element, or the end */
    private static int closing(String s, int from, String name) {
        for (int k = s.indexOf("</", from); k >= 0; k = s.indexOf("</", k + 2)) {
            if (s.regionMatches(true, k + 2, name, 0, name.length())) {
                return k;
            }
        }
        return s.length();
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return c > ' ' && c != '>' && c != '/';
    }
}
