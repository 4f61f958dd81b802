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
 * {@code textarea}, {@code title}, {@code xmp}, {@code iframe}, {@code noembed} and {@code noframes}. When it finds
 * as many as jsoup's tree has {@code tr} elements they are the same rows in the same order; when the counts differ
 * (rows the parser implied, such as a {@code <td>} written straight into a {@code <table>}) the answer is null and the
 * caller parses again with tracking. Linear in the page. Package-private.
 */
final class HtmlRowLines {
    private static final String[] RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
        "noframes"};

    private HtmlRowLines() {
    }

    /**
     * @param text the page
     * @param doc the page parsed
     * @return the 1-based line of each {@code tr} element, or null when the tags and the tree do not match
     */
    static Map<Element, Integer> of(String text, Document doc) {
        int[] lines = startTagLines(text);
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

    /** @return the 1-based lines of the {@code <tr} start tags of the page, in order */
    static int[] startTagLines(String s) {
        int[] lines = new int[16];
        int count = 0;
        int line = 1;
        int n = s.length();
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
            int skipTo;
            if (s.startsWith("<!--", i)) {
                skipTo = end(s, i + 4, "-->");
            } else if (d == '!' || d == '?') {
                skipTo = end(s, i + 2, ">");
            } else if (isLetter(d)) {
                int nameEnd = i + 1;
                while (nameEnd < n && isNameChar(s.charAt(nameEnd))) {
                    nameEnd++;
                }
                int tagEnd = tagEnd(s, nameEnd);
                if (nameEnd - i - 1 == 2 && s.regionMatches(true, i + 1, "tr", 0, 2)) {
                    if (count == lines.length) {
                        lines = java.util.Arrays.copyOf(lines, count * 2);
                    }
                    lines[count++] = line;
                }
                skipTo = tagEnd;
                for (String raw : RAW_TEXT) {
                    if (nameEnd - i - 1 == raw.length() && s.regionMatches(true, i + 1, raw, 0, raw.length())) {
                        skipTo = closing(s, tagEnd, raw);
                        break;
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
