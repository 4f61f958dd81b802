package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.internal.ChineseText;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;

/** Cell conventions of published catalog tables: check marks, channel lists, 同上, formula escaping. */
final class Cells {
    private Cells() {
    }

    /** 同上 ("as above"), and the variants seen (同上行, 同上一行, 同前). */
    static boolean isSameAsAbove(String cell) {
        return CellText.isSameAsAbove(cell);
    }

    /** Marks that tick a cell (√ and its look-alikes). */
    static boolean isTick(String normalized) {
        return switch (normalized) {
            case "√", "✓", "✔", "☑", "■", "▄", "◆", "●", "是", "有", "Y", "y", "v", "V" -> true;
            default -> false;
        };
    }

    /** Marks that say "no" explicitly. */
    static boolean isCross(String normalized) {
        return switch (normalized) {
            case "×", "✗", "✘", "否", "无", "□", "口", "-", "/", "N", "n" -> true;
            default -> false;
        };
    }

    /** A tick followed by a qualifier in brackets: √(面向拟征收土地所在地的村集体成员) → the qualifier, else null. */
    static String tickQualifier(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || !isTick(String.valueOf(s.charAt(0)))) {
            return null;
        }
        String rest = s.substring(1).strip();
        if (rest.length() >= 2 && (rest.charAt(0) == '(' || rest.charAt(0) == '（')
                && (rest.endsWith(")") || rest.endsWith("）"))) {
            return rest.substring(1, rest.length() - 1);
        }
        return null;
    }

    // ------------------------------------------------------------------ channels

    /** Selected-channel marks. */
    static boolean isSelectedMark(char c) {
        return c == '■' || c == '▄' || c == '◆' || c == '▲' || c == '☑' || c == '√';
    }

    /** Not-selected marks; 口 (CJK "mouth") only where it stands as a mark (start, or after a separator/space). */
    static boolean isUnselectedMark(String s, int i) {
        char c = s.charAt(i);
        if (c == '□' || c == '☐' || c == '◇') {
            return true;
        }
        if (c == '口') {
            if (i == 0) {
                return true;
            }
            char p = s.charAt(i - 1);
            return ChineseText.isSpace(p) || ";；,，:：、。".indexOf(p) >= 0;
        }
        return false;
    }

    private static boolean isMark(String s, int i) {
        return isSelectedMark(s.charAt(i)) || isUnselectedMark(s, i);
    }

    /** A selected channel as parsed from a cell: the channel and its text. */
    static Channel channel(String text) {
        Channel c = Channel.parse(text);
        if (!c.recognized() && ChineseText.normalize(text).startsWith("其他")) {
            return Channel.of(ChannelKind.OTHER, text);
        }
        return c;
    }

    /**
     * Reads a 公开渠道和载体 cell: with marks (■/□/▄/口/◆), the selected channels; without marks, a numbered list
     * (1.政府网站 2.两微一端) or a list separated by 、；, or spaces; the text of each is kept (a trailing separator
     * taken off). A URL stays with the channel before it. Free text after an unselected □其他 is kept as a channel.
     */
    static List<Channel> channels(String cell) {
        List<Channel> out = new ArrayList<>();
        if (ChineseText.isBlank(cell)) {
            return out;
        }
        boolean marked = false;
        for (int i = 0; i < cell.length(); i++) {
            if (isMark(cell, i)) {
                marked = true;
                break;
            }
        }
        if (marked) {
            int i = 0;
            // text before the first mark is a channel of its own (rare: 国家档案馆 with its box lost)
            int first = 0;
            while (first < cell.length() && !isMark(cell, first)) {
                first++;
            }
            addPlain(cell.substring(0, first), out);
            i = first;
            while (i < cell.length()) {
                boolean selected = isSelectedMark(cell.charAt(i));
                int j = i + 1;
                while (j < cell.length() && !isMark(cell, j)) {
                    j++;
                }
                String text = trimSegment(cell.substring(i + 1, j));
                if (!text.isEmpty()) {
                    if (selected) {
                        out.add(channel(text));
                    } else {
                        String n = ChineseText.normalize(text);
                        // □其他 followed by free text: the catalog names a channel although the box is empty
                        if (n.startsWith("其他") && n.length() > 2 && !n.substring(2).matches("[_.。…?？]*")) {
                            out.add(channel(text));
                        }
                    }
                }
                i = j;
            }
            return out;
        }
        addPlain(cell, out);
        return out;
    }

    private static final java.util.regex.Pattern NUMBERED_START =
            java.util.regex.Pattern.compile("\\s*[(（]?\\d{1,2}\\s*[.．、)）]");
    private static final java.util.regex.Pattern NUMBERED_SPLIT =
            java.util.regex.Pattern.compile("(?:^|(?<=[\\s;；,，、]))\\s*[(（]?\\d{1,2}\\s*[.．、)）]\\s*");

    private static void addPlain(String cell, List<Channel> out) {
        if (ChineseText.isBlank(cell)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        // numbered list: 1.政府网站 2.两微一端 / 1、… / (1)…
        if (NUMBERED_START.matcher(cell).lookingAt()) {
            String[] numbered = NUMBERED_SPLIT.split(cell);
            for (String s : numbered) {
                String t = trimSegment(s);
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
        } else {
            for (String s : cell.split("[;；,，、\\s]+")) {
                String t = trimSegment(s);
                if (t.isEmpty()) {
                    continue;
                }
                if ((t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.")) && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + t);
                } else {
                    parts.add(t);
                }
            }
        }
        for (String p : parts) {
            out.add(channel(p));
        }
    }

    /** Strips whitespace and a trailing separator (;；,，:：、。) from a channel's text. */
    static String trimSegment(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && ChineseText.isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && (ChineseText.isSpace(s.charAt(e - 1)) || ";；,，:：、。".indexOf(s.charAt(e - 1)) >= 0)) {
            e--;
        }
        return s.substring(b, e);
    }

    static String escape(String s) {
        return CellText.escape(s);
    }

    static String unescape(String s) {
        return CellText.unescape(s);
    }
}
