package org.gongkai.codecs.office;

/**
 * One cell as an office reader sees it (internal; the readers' public face is the table model).
 *
 * @param text the text the cell shows; for a continuation, the text of its merged region when known
 * @param continuesAbove covered by a merged region that starts in a row above
 * @param continuesLeft covered by a merged region that starts in this row, in a column on the left
 */
record RawCell(String text, boolean continuesAbove, boolean continuesLeft) {
    static final RawCell EMPTY = new RawCell("", false, false);
}
