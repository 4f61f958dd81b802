package org.gongkai.deadline;

import java.util.Arrays;

/**
 * Normalises deadline text as real catalogs contain it, in one pass over the characters with precomputed tables:
 * <ul>
 *   <li>deletes whitespace, including the ideographic space U+3000, no-break spaces and zero-width characters left
 *       by PDF and Word line wraps (制 定 或 获 取 → 制定或获取);</li>
 *   <li>maps the Traditional characters seen on mirror hosts and in Taiwan-style encodings to Simplified (變更 →
 *       变更, 個 → 个, 內 → 内 …);</li>
 *   <li>maps full-width ASCII (digits, letters, ， ； ： （ ） ．) to half-width;</li>
 *   <li>corrects the typo 形式 for 形成 seen in the reference catalogs (信息形式或者变更).</li>
 * </ul>
 * Package-private: the parser's hot path.
 */
final class PhraseNormalizer {

    /** Traditional characters and, at the same index, their Simplified forms (checked in the static block). */
    private static final String TRADITIONAL =
            "變個內時實開擬現狀調結後啟動欄進況發請週該獲從規處罰決資準複門級會員頒佈關於條許項執應當醫療衛機構長議見徵確認"
            + "產務與間報製據達體區縣鄉鎮組織選舉劃計預財經濟稅費補貼優撫養農權環類別單責統論證網辦續訂廢屆滿終義態幾數東歸檔號"
            + "隨範圍險災業專額對並為無須詢誤兩萬億則僅書傳導聽審驗檢訊設邊遠禮紙質廣電視點閱覽聞戶鄰層樓齊嚴師學習歲離職稱陳圖"
            + "畫測繪護憑擔擇損換撥擴術過給還這";
    private static final String SIMPLIFIED =
            "变个内时实开拟现状调结后启动栏进况发请周该获从规处罚决资准复门级会员颁布关于条许项执应当医疗卫机构长议见征确认"
            + "产务与间报制据达体区县乡镇组织选举划计预财经济税费补贴优抚养农权环类别单责统论证网办续订废届满终义态几数东归档号"
            + "随范围险灾业专额对并为无须询误两万亿则仅书传导听审验检讯设边远礼纸质广电视点阅览闻户邻层楼齐严师学习岁离职称陈图"
            + "画测绘护凭担择损换拨扩术过给还这";

    private static final int CJK_BASE = 0x4E00;
    private static final int CJK_END = 0xA000;
    /** Index c - CJK_BASE; 0 where the character is kept. Written only in the static initialiser. */
    private static final char[] T2S = new char[CJK_END - CJK_BASE];

    static {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new AssertionError("Traditional/Simplified tables differ in length");
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            char t = TRADITIONAL.charAt(i);
            char s = SIMPLIFIED.charAt(i);
            if (t < CJK_BASE || t >= CJK_END || t == s || TRADITIONAL.indexOf(s) >= 0) {
                throw new AssertionError("bad Traditional/Simplified pair " + t + "→" + s);
            }
            T2S[t - CJK_BASE] = s;
        }
    }

    private PhraseNormalizer() {
    }

    /**
     * @param c a character
     * @return true when the normaliser deletes it (whitespace of any kind, zero-width characters)
     */
    static boolean isSpace(char c) {
        return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF' || (c >= '\u2000' && c <= '\u200A') || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /**
     * @param c a character
     * @return the Simplified form of c when c is one of the Traditional characters of the table, else c
     */
    static char simplify(char c) {
        if (c >= CJK_BASE && c < CJK_END) {
            char s = T2S[c - CJK_BASE];
            return s == 0 ? c : s;
        }
        return c;
    }

    /**
     * Normalises into {@code out}.
     *
     * @param in the text
     * @param out a buffer at least {@code in.length()} long
     * @return the number of characters written
     */
    static int normalize(CharSequence in, char[] out) {
        return normalize(in, out, null);
    }

    /**
     * Normalises into {@code out} and, when {@code pos} is not null, records for each character written the index
     * in {@code in} it came from (so that the raw text of a region can be cut in O(1)). Besides the mappings of the
     * type's documentation it removes the copy artefacts of converters: a reading in parentheses after a character
     * (个(gè)工作日内(nèi): letters with or without tone marks, 1–8 of them), and a run of punctuation is kept as
     * one mark (,, → ,; ,。 → 。: the strongest of the run, 。 or ; before : before , and 、).
     *
     * @param in the text
     * @param out a buffer at least {@code in.length()} long
     * @param pos null, or a buffer at least {@code in.length()} long
     * @return the number of characters written
     */
    static int normalize(CharSequence in, char[] out, int[] pos) {
        int n = 0;
        int len = in.length();
        for (int i = 0; i < len; i++) {
            char c = in.charAt(i);
            if (c >= CJK_BASE && c < CJK_END) {
                // Fast path for the common case, a CJK ideograph: one table lookup.
                char t = T2S[c - CJK_BASE];
                if (pos != null) {
                    pos[n] = i;
                }
                out[n++] = t == 0 ? c : t;
                continue;
            }
            if (isSpace(c)) {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\uFE50' || c == '\uFF64') {
                c = ',';
            } else if (c == '\uFE54') {
                c = ';';
            } else if (c == '\u3010') {
                c = '(';
            } else if (c == '\u3011') {
                c = ')';
            } else {
                c = simplify(c);
            }
            if (c == ')' && n > 0) {
                int open = readingStart(out, n);
                if (open >= 0) {
                    n = open; // drop "(gè)": a reading added by a converter
                    continue;
                }
            }
            if (isMark(c) && n > 0 && isMark(out[n - 1])) {
                if (strength(c) > strength(out[n - 1])) {
                    out[n - 1] = c;
                    if (pos != null) {
                        pos[n - 1] = i;
                    }
                }
                continue;
            }
            if (pos != null) {
                pos[n] = i;
            }
            out[n++] = c;
        }
        // 形式 for 形成 (信息形式或者变更): only where 形成 is meant, i.e. before 或 / 之 / ( / 后.
        for (int i = 0; i + 2 < n; i++) {
            if (out[i] == '形' && out[i + 1] == '式') {
                char next = out[i + 2];
                if (next == '或' || next == '之' || next == '(' || next == '后') {
                    out[i + 1] = '成';
                }
            }
        }
        return n;
    }

    /**
     * @return the index of the '(' that opens a pinyin reading ending at {@code n} (1–8 Latin letters, lower case
     *     or with tone marks, after a CJK character), or -1
     */
    private static int readingStart(char[] out, int n) {
        int k = n - 1;
        int letters = 0;
        while (k >= 0 && letters <= 8 && isPinyinLetter(out[k])) {
            k--;
            letters++;
        }
        if (letters == 0 || letters > 8 || k < 1 || out[k] != '(') {
            return -1;
        }
        char before = out[k - 1];
        return before >= CJK_BASE && before < CJK_END ? k : -1;
    }

    private static boolean isPinyinLetter(char c) {
        return (c >= 'a' && c <= 'z') || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".indexOf(c) >= 0;
    }

    private static boolean isMark(char c) {
        return c == ',' || c == ';' || c == '。' || c == '、' || c == ':';
    }

    private static int strength(char c) {
        return switch (c) {
            case '。', ';' -> 3;
            case ':' -> 2;
            case ',' -> 1;
            default -> 0;
        };
    }

    /**
     * @param in the text
     * @return the normalised characters, exactly sized
     */
    static char[] normalize(CharSequence in) {
        char[] buf = new char[in.length()];
        int n = normalize(in, buf);
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
}
