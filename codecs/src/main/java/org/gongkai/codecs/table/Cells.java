package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.internal.ChineseText;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelCell;

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

    /** Selected marks, as a 公开阶段 cell ticks its stages (■决策 □执行 …). */
    static boolean isSelectedMark(char c) {
        return c == '■' || c == '▄' || c == '◆' || c == '▲' || c == '☑' || c == '√';
    }

    /**
     * Reads a 公开渠道和载体 cell through {@link ChannelCell}, the one reading of a channel cell: its
     * {@link ChannelCell#selected() selected} channels, i.e. those of the ticked options (■ ▄ ◆ ▲ √ …), and in a cell
     * without boxes those of every listed option (1.政府网站 2.两微一端, lists separated by 、；, or spaces). An
     * unticked option (□其他 基层公共服务平台) is not selected, whatever text follows the box: the official left the box
     * empty. An option written without a box in a boxed cell (…村公示栏(电子屏);国家档案馆;口精准推送) has no tick to
     * read and is not selected either; it stays in the cell's text, which {@link ChannelCell#write()} reproduces.
     */
    static List<Channel> channels(String cell) {
        return new ArrayList<>(ChannelCell.parse(cell).selected());
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
