package org.gongkai.codecs.table;

/** Where a title candidate of a table was found, in the order the interpretation prefers them. */
public enum TitleOrigin {
    /** A row above the header holding a single text (found by the interpretation). */
    ROW_ABOVE_HEADER,
    /** An HTML {@code <caption>}. */
    CAPTION,
    /** A heading or a title-like paragraph just before the table (HTML {@code h1}–{@code h6}, a Word heading). */
    HEADING,
    /** The page's {@code <title>}, or a document's title property. */
    PAGE_TITLE,
    /** The sheet name of a workbook. */
    SHEET_NAME,
    /** The file name, without its extension. */
    FILE_NAME
}
