package org.gongkai.codecs.table;

/**
 * The escape that writers apply to every cell and the interpretation undoes, so that what a writer writes reads back
 * as written in every format. A leading apostrophe (the spreadsheet convention for "text as written") marks:
 * <ul>
 * <li>a formula-like text: a cell starting with =, +, -, @, TAB or CR gets it, so that a spreadsheet never runs it
 *     (OWASP CSV injection);</li>
 * <li>a literal 同上 (or 同上行, 同上一行, 同前) that is text, not "as the row above";</li>
 * <li>a deliberate blank where a blank would be read as a merged cell ({@code "'"} alone), and a text of only
 *     white space (or characters that count as blank), which would be read as a blank cell;</li>
 * <li>a text that itself starts with an apostrophe followed by one of these (so {@code '=x} is written
 *     {@code ''=x});</li>
 * <li>a text holding unpaired UTF-16 surrogates, which no UTF-8 file can hold: written {@code '\} followed by the
 *     text with backslashes doubled and each unpaired surrogate as {@code \}{@code uXXXX}.</li>
 * </ul>
 * Any other text is written as it is.
 */
public final class CellText {
    private CellText() {
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * @param cell a cell's text
     * @return true when it is 同上 ("as above") or one of its variants (同上行, 同上一行, 同前), compared after {@code ChineseText.normalize} (spaces, full-width forms)
     */
    public static boolean isSameAsAbove(String cell) {
        if (cell.isEmpty() || cell.length() > 12) {
            return false;
        }
        String n = org.gongkai.internal.ChineseText.normalize(cell);
        return n.equals("同上") || n.equals("同上行") || n.equals("同上一行") || n.equals("同前");
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param s a cell's text
     * @return the text to write (see the class description)
     */
    public static String escape(String s) {
        if (s.isEmpty()) {
            return s;
        }
        if (hasLoneSurrogate(s) || s.startsWith("'\\")) {
            StringBuilder sb = new StringBuilder(s.length() + 8).append("'\\");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    sb.append("\\\\");
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        char c = s.charAt(0);
        if (formulaStart(c) || isSameAsAbove(s) || org.gongkai.internal.ChineseText.isBlank(s)) {
            return "'" + s;
        }
        if (c == '\'' && (s.length() == 1 || formulaStart(s.charAt(1)) || s.charAt(1) == '\''
                || isSameAsAbove(s.substring(1)) || org.gongkai.internal.ChineseText.isBlank(s.substring(1)))) {
            return "'" + s;
        }
        return s;
    }

    /** @return the text written for a deliberate blank (a blank that is not a merged cell) */
    public static String deliberateBlank() {
        return "'";
    }

    /**
     * @param s a cell as written
     * @return true when it is written as literal text (a leading apostrophe that {@link #unescape} removes): it is
     *     then neither 同上 nor a blank merged cell
     */
    public static boolean isEscaped(String s) {
        return !s.isEmpty() && s.charAt(0) == '\'' && !unescape(s).equals(s);
    }

    /**
     * Undoes {@link #escape}.
     *
     * @param s a cell as written
     * @return the text
     */
    public static String unescape(String s) {
        if (s.isEmpty() || s.charAt(0) != '\'') {
            return s;
        }
        if (s.length() == 1) {
            return "";
        }
        char c = s.charAt(1);
        if (c == '\\') {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 2; i < s.length(); i++) {
                char d = s.charAt(i);
                if (d == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                    sb.append('\\');
                    i++;
                } else if (d == '\\' && i + 5 < s.length() + 0 && s.charAt(i + 1) == 'u' && hex4(s, i + 2) >= 0) {
                    sb.append((char) hex4(s, i + 2));
                    i += 5;
                } else {
                    sb.append(d);
                }
            }
            return sb.toString();
        }
        if (formulaStart(c) || c == '\'' || isSameAsAbove(s.substring(1))
                || org.gongkai.internal.ChineseText.isBlank(s.substring(1))) {
            return s.substring(1);
        }
        return s;
    }

    private static int hex4(String s, int from) {
        if (from + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
