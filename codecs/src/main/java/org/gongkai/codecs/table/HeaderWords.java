package org.gongkai.codecs.table;

import org.gongkai.internal.ChineseText;
import org.gongkai.item.Audience;

/** What the interpretation would make of a text, for writers that must write what reads back. */
final class HeaderWords {
    private HeaderWords() {
    }

    /** @return true when a header text would be read as a standard column (not an extra) */
    static boolean isStandardHeader(String header) {
        return Columns.top(Columns.headerKey(header)) != Columns.Role.EXTRA;
    }

    /**
     * @return true when a specific group's description, written alone in the 特定群体 cell, reads back as that
     *     description with the 特定群体 tick
     */
    static boolean descriptionReadsBack(String d) {
        if (ChineseText.isBlank(d) || CellText.isSameAsAbove(d) || !d.equals(d.strip())) {
            return false;
        }
        String n = ChineseText.normalize(d);
        return !Cells.isCross(n) && !Cells.isTick(n) && Cells.tickQualifier(d) == null
                && Audience.find(n).isEmpty();
    }
}
