package org.gongkai.codecs.table;

/**
 * The symbol fonts in which Word and WPS write the check boxes of a catalog's channel cells, and the glyphs their
 * characters show. A page or document that keeps the font shows ■ or ☑; text taken from it without the font shows
 * a letter (Wingdings {@code n} for ■), which this mapping turns back into the glyph.
 *
 * <p>Word may write the character in the private use area (U+F000 plus the font's code, as {@code w:sym} does);
 * both forms are mapped. Characters without a known glyph are kept as written. The codes, by font:
 * <ul>
 *   <li>Wingdings: {@code n} ■, {@code o} {@code q} {@code r} {@code ¨} □, {@code t} {@code u} ◆, {@code l} ●,
 *       {@code þ} ☑, {@code ý} ☒, {@code ü} √, {@code û} ×;</li>
 *   <li>Wingdings 2: {@code R} ☑, {@code S} ☒, {@code £} □, {@code P} √, {@code O} ×;</li>
 *   <li>Webdings: {@code a} √, {@code r} ×;</li>
 *   <li>Symbol: {@code Ö} √ (the radical sign used as a tick), {@code ´} ×.</li>
 * </ul>
 * Wingdings 3 (arrows) has no mark and is kept as written.
 */
public enum SymbolFont {
    /** Wingdings. */
    WINGDINGS,
    /** Wingdings 2. */
    WINGDINGS_2,
    /** Wingdings 3: arrows, no mark. */
    WINGDINGS_3,
    /** Webdings. */
    WEBDINGS,
    /** Symbol. */
    SYMBOL;

    /**
     * The first symbol font a CSS declaration or a font name names ({@code font-family:Wingdings},
     * {@code "Wingdings 2"}, {@code <font face=Symbol>}), in any case.
     *
     * @param text a style attribute, a font-family list or a font name; null is none
     * @return the font, or null when the text names none
     */
    public static SymbolFont named(String text) {
        if (text == null || !mayName(text)) {
            return null; // most styles name no symbol font: decided in one pass
        }
        int w = indexOfIgnoreCase(text, "wingdings", 0);
        int d = indexOfIgnoreCase(text, "webdings", 0);
        int y = indexOfIgnoreCase(text, "symbol", 0);
        int first = Integer.MAX_VALUE;
        SymbolFont font = null;
        if (w >= 0) {
            first = w;
            int k = w + "wingdings".length();
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '-' || text.charAt(k) == '_')) {
                k++;
            }
            char n = k < text.length() ? text.charAt(k) : ' ';
            font = n == '2' ? WINGDINGS_2 : n == '3' ? WINGDINGS_3 : WINGDINGS;
        }
        if (d >= 0 && d < first) {
            first = d;
            font = WEBDINGS;
        }
        if (y >= 0 && y < first) {
            font = SYMBOL;
        }
        return font;
    }

    /**
     * @param c a character written in this font
     * @return the glyph it shows when it is a mark (■ □ ☑ ☒ ◆ ● √ ×), else {@code c}
     */
    public char glyph(char c) {
        char k = c >= 0xF000 && c <= 0xF0FF ? (char) (c - 0xF000) : c;
        char g = switch (this) {
            case WINGDINGS -> switch (k) {
                case 'n' -> '■';
                case 'o', 'q', 'r', '\u00A8' -> '□';
                case 't', 'u' -> '◆';
                case 'l' -> '●';
                case '\u00FE' -> '☑';
                case '\u00FD' -> '☒';
                case '\u00FC' -> '√';
                case '\u00FB' -> '×';
                default -> 0;
            };
            case WINGDINGS_2 -> switch (k) {
                case 'R' -> '☑';
                case 'S' -> '☒';
                case '\u00A3' -> '□';
                case 'P' -> '√';
                case 'O' -> '×';
                default -> 0;
            };
            case WEBDINGS -> switch (k) {
                case 'a' -> '√';
                case 'r' -> '×';
                default -> 0;
            };
            case SYMBOL -> switch (k) {
                case '\u00D6' -> '√';
                case '\u00B4' -> '×';
                default -> 0;
            };
            case WINGDINGS_3 -> 0;
        };
        return g == 0 ? c : g;
    }

    /**
     * @param text characters written in this font
     * @return the text with each mark's character replaced by its glyph
     */
    public String glyphs(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(glyph(text.charAt(i)));
        }
        return sb.toString();
    }

    /** wingDings, webDings and sYmbol each have a d or a y. */
    private static boolean mayName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = (char) (s.charAt(i) | 0x20);
            if (c == 'd' || c == 'y') {
                return true;
            }
        }
        return false;
    }

    /**
     * @param s a style or font name
     * @param word lower-case ASCII (letters compared in any case, other characters exactly)
     * @param from where to start
     * @return the index of {@code word} in {@code s} from {@code from}, or -1
     */
    static int indexOfIgnoreCase(String s, String word, int from) {
        int m = word.length();
        char first = word.charAt(0);
        outer:
        for (int i = from; i + m <= s.length(); i++) {
            if ((s.charAt(i) | 0x20) != first) {
                continue;
            }
            for (int k = 1; k < m; k++) {
                char c = s.charAt(i + k);
                char w = word.charAt(k);
                if (c != w && (w < 'a' || w > 'z' || (c | 0x20) != w)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
