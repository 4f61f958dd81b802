package org.gongkai.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.internal.ChineseText;

/**
 * A 公开渠道和载体 cell split into its options without losing any text: each {@link Option} keeps its exact slice of
 * the cell (mark, text and the separators after it), so {@link #write()} gives the cell back character for
 * character, every option and its tick included.
 *
 * <p>How a cell is read:
 * <ul>
 *   <li>Ticked marks: ■ ▄ ◆ ▲ ☑ √ ✓ ✔ ●, and the Wingdings letters left when a Word table lost its font:
 *       {@code n} (■), {@code t} (◆), {@code þ} (☑), {@code ü} (✓) — a letter only where it stands as a mark
 *       (before a CJK character, not after a Latin letter or digit). Unticked marks: □ ☐ ◇, {@code o} and
 *       {@code ¨} (Wingdings □ and ☐), and 口 at the start, after a separator or space, or right after an option
 *       when a known channel follows it (■政府网站口政府公报: 口 starts the next, unticked option).</li>
 *   <li>An option written without a box between boxed ones (…栏(电子屏);国家档案馆;口精准推送: after ; ； , ， 。
 *       but not 、, which joins words inside an option) is a plain option,
 *       {@link Mark#NONE}: neither ticked nor unticked, kept and listed by {@link #unboxed()}.</li>
 *   <li>A cell without any box lists its channels: split at numbering (1.政府网站 2.两微一端), separators (、；，;,)
 *       and spaces; all are {@link Mark#NONE} and all are {@link #selected()}.</li>
 *   <li>"政府网站/公告栏" names two channels: an option whose text is not one label (发布会/听证会, 入户/现场 …) but
 *       whose parts at / are each a known channel gives one channel per part.</li>
 *   <li>A responsible body written as an option (■各镇人民政府) is a channel of kind {@link ChannelKind#OTHER} with
 *       its text, never merged into a neighbour.</li>
 * </ul>
 *
 * @param text the cell exactly as written
 * @param options the options in order; their raw slices concatenate to {@code text}
 */
public record ChannelCell(String text, List<Option> options) {

    /** How an option is marked. */
    public enum Mark {
        /** Ticked (■, √, þ …): the item is published through this channel. */
        TICKED,
        /** Unticked (□, 口 …): offered by the form, not chosen. */
        UNTICKED,
        /** No box: a plain option (a list without boxes, or one whose box was lost). */
        NONE
    }

    /**
     * One option of the cell.
     *
     * @param raw the exact slice of the cell: mark, text, separators and spaces after it
     * @param mark how it is marked
     * @param text the option's text without mark, surrounding spaces and trailing separators
     * @param channels the channels it names (one, or one per part of "政府网站/公告栏"); empty for an empty text
     */
    public record Option(String raw, Mark mark, String text, List<Channel> channels) {
        /**
         * Copies the list.
         *
         * @param raw the exact slice of the cell
         * @param mark how it is marked
         * @param text the option's text
         * @param channels the channels it names
         */
        public Option {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(text, "text");
            channels = List.copyOf(channels);
        }
    }

    /**
     * Copies the list.
     *
     * @param text the cell exactly as written
     * @param options the options in order
     */
    public ChannelCell {
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
    }

    private static final String SEPARATORS = ";；,，、。";
    private static final String[] BODY_ENDINGS = {"人民政府", "政府", "局", "委员会", "委", "办公室", "办事处", "村委会",
        "居委会", "街道", "镇", "乡", "所", "站站"};

    /**
     * Splits a channel cell. Linear in the cell's length.
     *
     * @param cell the cell as written; null is read as empty
     * @return the options, whose raw slices concatenate to the cell
     */
    public static ChannelCell parse(String cell) {
        String s = cell == null ? "" : cell;
        List<Option> out = new ArrayList<>();
        int len = s.length();
        boolean boxed = false;
        for (int i = 0; i < len; i++) {
            if (markAt(s, i) != null) {
                boxed = true;
                break;
            }
        }
        if (!boxed) {
            plain(s, 0, len, out, true);
            return new ChannelCell(s, out);
        }
        int i = 0;
        while (i < len && markAt(s, i) == null) {
            i++;
        }
        if (i > 0) {
            plain(s, 0, i, out, false);
        }
        while (i < len) {
            Mark mark = markAt(s, i);
            int j = i + 1;
            while (j < len && markAt(s, j) == null) {
                j++;
            }
            // the marked option ends at the first separator followed by more text (a plain option after it)
            int end = j;
            boolean oneLabel = j - i <= 64 && ChannelKind.find(s.substring(i + 1, j)).isPresent();
            for (int k = i + 1; k < j && !oneLabel; k++) {
                if (s.charAt(k) != '、' && SEPARATORS.indexOf(s.charAt(k)) >= 0) {
                    int next = k + 1;
                    while (next < j && (isSpace(s.charAt(next)) || SEPARATORS.indexOf(s.charAt(next)) >= 0)) {
                        next++;
                    }
                    if (next < j) {
                        end = next;
                        break;
                    }
                }
            }
            out.add(option(s.substring(i, end), mark, s.substring(i + 1, end)));
            if (end < j) {
                plain(s, end, j, out, false);
            }
            i = j;
        }
        return new ChannelCell(s, out);
    }

    /** Plain options of {@code s[from, to)}: split at numbering, separators and (in an unboxed cell) spaces. */
    private static void plain(String s, int from, int to, List<Option> out, boolean splitAtSpaces) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            boolean sep = SEPARATORS.indexOf(c) >= 0 || (splitAtSpaces && isSpace(c));
            if (!sep) {
                i++;
                continue;
            }
            int k = i;
            while (k < to && (SEPARATORS.indexOf(s.charAt(k)) >= 0 || isSpace(s.charAt(k)))) {
                k++;
            }
            String text = s.substring(start, k);
            if (!ChineseText.isBlank(text) || start == from) {
                out.add(option(text, Mark.NONE, text));
                start = k;
            }
            i = k;
        }
        if (start < to || (start == from && to == from && out.isEmpty())) {
            String text = s.substring(start, to);
            out.add(option(text, Mark.NONE, text));
        }
    }

    private static Option option(String raw, Mark mark, String body) {
        String text = trim(stripNumbering(body));
        return new Option(raw, mark, text, channelsOf(text));
    }

    private static String stripNumbering(String t) {
        int i = 0;
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        int d = i;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        if (i > d && i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == '、' || t.charAt(i) == '．')) {
            return t.substring(i + 1);
        }
        return t;
    }

    private static String trim(String t) {
        int a = 0;
        int b = t.length();
        while (a < b && isSpace(t.charAt(a))) {
            a++;
        }
        while (b > a && (isSpace(t.charAt(b - 1)) || SEPARATORS.indexOf(t.charAt(b - 1)) >= 0
                || t.charAt(b - 1) == ':' || t.charAt(b - 1) == '：')) {
            b--;
        }
        return t.substring(a, b);
    }

    /** The channels an option's text names. */
    static List<Channel> channelsOf(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (ChannelKind.find(text).isEmpty() && text.indexOf('/') > 0) {
            String[] parts = text.split("/", -1);
            List<Channel> each = new ArrayList<>(parts.length);
            for (String p : parts) {
                Channel c = Channel.parse(p);
                if (!c.recognized() || p.isBlank()) {
                    each = null;
                    break;
                }
                each.add(c);
            }
            if (each != null && ChannelKind.find(text).isEmpty() && !containsOneLabel(text)) {
                return List.copyOf(each);
            }
        }
        Channel c = Channel.parse(text);
        if (!c.recognized() && (ChineseText.normalize(text).startsWith("其他") || isBody(text))) {
            return List.of(Channel.of(ChannelKind.OTHER, text));
        }
        return List.of(c);
    }

    /** True when the text contains a label that itself has a / (发布会/听证会, 入户/现场 …). */
    private static boolean containsOneLabel(String text) {
        return ChannelVocabulary.ALL.containsSlashLabel(ChineseText.normalize(text));
    }

    private static boolean isBody(String text) {
        String n = ChineseText.normalize(text);
        for (String e : BODY_ENDINGS) {
            if (n.length() > e.length() && n.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return ChineseText.isSpace(c);
    }

    private static boolean isCjk(char c) {
        return c >= '\u4E00' && c < '\uA000';
    }

    /** The mark at {@code i}, or null. */
    static Mark markAt(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '■', '▄', '◆', '▲', '☑', '√', '✓', '✔', '●':
                return Mark.TICKED;
            case '□', '☐', '◇':
                return Mark.UNTICKED;
            default:
                break;
        }
        boolean beforeCjk = i + 1 < s.length() && isCjk(s.charAt(i + 1));
        char prev = i == 0 ? ' ' : s.charAt(i - 1);
        boolean standsAlone = !((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z')
                || (prev >= '0' && prev <= '9') || prev == '/' || prev == '.');
        switch (c) {
            case 'n', 't', 'þ', 'ü':
                return beforeCjk && standsAlone ? Mark.TICKED : null;
            case 'o', '¨':
                return beforeCjk && standsAlone ? Mark.UNTICKED : null;
            case '口':
                if (i == 0 || isSpace(prev) || SEPARATORS.indexOf(prev) >= 0 || prev == ':' || prev == '：') {
                    return Mark.UNTICKED;
                }
                return knownChannelAfter(s, i + 1) ? Mark.UNTICKED : null;
            default:
                return null;
        }
    }

    /** True when a known channel label starts at {@code from} (口 before it is then a box, not a word's 口). */
    private static boolean knownChannelAfter(String s, int from) {
        int end = Math.min(s.length(), from + 24);
        return ChannelVocabulary.ALL.startsWithLabel(ChineseText.normalize(s.substring(from, end)));
    }

    /** @return the cell as written: the raw slices of the options, concatenated */
    public String write() {
        StringBuilder sb = new StringBuilder(text.length());
        for (Option o : options) {
            sb.append(o.raw());
        }
        return sb.toString();
    }

    /**
     * @return the channels chosen: those of the ticked options when the cell has boxes, else those of every
     *     option (a list without boxes)
     */
    public List<Channel> selected() {
        boolean boxed = false;
        for (Option o : options) {
            if (o.mark() != Mark.NONE) {
                boxed = true;
                break;
            }
        }
        List<Channel> out = new ArrayList<>();
        for (Option o : options) {
            if (boxed ? o.mark() == Mark.TICKED : o.mark() == Mark.NONE) {
                out.addAll(o.channels());
            }
        }
        return List.copyOf(out);
    }

    /** @return the options written without a box in a cell that has boxes (their tick is unknown), in order */
    public List<Option> unboxed() {
        boolean boxed = options.stream().anyMatch(o -> o.mark() != Mark.NONE);
        return boxed ? options.stream().filter(o -> o.mark() == Mark.NONE && !o.text().isEmpty()).toList()
                : List.of();
    }
}
