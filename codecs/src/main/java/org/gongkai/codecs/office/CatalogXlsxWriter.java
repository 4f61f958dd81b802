package org.gongkai.codecs.office;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.codecs.table.PublishedLayout;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;

/**
 * Writes a catalog as an {@code .xlsx} workbook in the published layout of the national guides, the file a
 * province's reviewers open in Excel or WPS: the title in a row merged across the table, the two-row header with its
 * group headers merged over their sub-headers (公开事项, 公开对象, 公开方式, 公开层级) and the single headers merged
 * over both rows, ■/□ channel lists, √ ticks, and optionally one sheet per domain.
 *
 * <p>Streaming: rows go through POI's SXSSF, which keeps a window of 100 rows in memory and spools the rest to a
 * compressed temporary file (deleted when the workbook is written), so a catalog of any length is written in
 * bounded memory. Every cell is a text cell (a leading {@code =} is text, never a formula). What this writer writes,
 * {@code CatalogTableReader} reads back unchanged.
 *
 * <p>Needs {@code org.apache.poi:poi-ooxml} on the class path (an optional dependency of gongkai-codecs).
 */
public final class CatalogXlsxWriter {
    /** The most characters an Excel cell holds (Excel's specification and limits). */
    public static final int MAX_CELL_CHARS = 32_767;
    /** The most rows of an Excel sheet. */
    public static final int MAX_ROWS = 1_048_576;

    private CatalogXlsxWriter() {
    }

    /**
     * Writing options; start from {@link #defaults()}.
     *
     * @param layout the published layout, or null for the standard layout widened to the catalog's values with the
     *     two-row header ({@code PublishedLayout.of(items).withTwoRowHeader(true)})
     * @param sheetPerDomain one sheet per domain (named after it, titled "{publisher}{domain}领域基层政务公开标准目录"),
     *     in the order the domains first appear; else one sheet
     * @param sheetName the name of the single sheet (default 目录)
     */
    public record Options(PublishedLayout layout, boolean sheetPerDomain, String sheetName) {
        /**
         * Checks the values.
         *
         * @param layout the published layout, or null for the catalog's own
         * @param sheetPerDomain one sheet per domain
         * @param sheetName the name of the single sheet
         * @throws IllegalArgumentException when the sheet name is blank
         */
        public Options {
            sheetName = Objects.requireNonNullElse(sheetName, "目录");
            if (sheetName.isBlank()) {
                throw new IllegalArgumentException("blank sheet name");
            }
        }

        /** @return the catalog's own layout with the two-row header, one sheet named 目录 */
        public static Options defaults() {
            return new Options(null, false, "目录");
        }

        /**
         * @param l the layout (null: the catalog's own)
         * @return a copy with it
         */
        public Options withLayout(PublishedLayout l) {
            return new Options(l, sheetPerDomain, sheetName);
        }

        /**
         * @param perDomain one sheet per domain
         * @return a copy with it
         */
        public Options withSheetPerDomain(boolean perDomain) {
            return new Options(layout, perDomain, sheetName);
        }
    }

    /**
     * Writes the catalog.
     *
     * @param catalog the catalog
     * @param out where to write (not closed)
     * @param options the options
     * @throws IllegalArgumentException when the layout has no column for a value of an item, a cell would exceed
     *     {@link #MAX_CELL_CHARS}, or a sheet {@link #MAX_ROWS} (the message names the item)
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Catalog catalog, OutputStream out, Options options) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        PublishedLayout layout = options.layout() != null ? options.layout()
                : PublishedLayout.of(catalog.items()).withTwoRowHeader(true);
        Map<String, List<DisclosureItem>> sheets = new LinkedHashMap<>();
        if (options.sheetPerDomain()) {
            for (DisclosureItem i : catalog.items()) {
                sheets.computeIfAbsent(i.domain(), k -> new ArrayList<>()).add(i);
            }
        } else {
            sheets.put("", catalog.items());
        }
        List<XlsxSheets.Sheet> out2 = new ArrayList<>();
        for (Map.Entry<String, List<DisclosureItem>> e : sheets.entrySet()) {
            String domain = e.getKey();
            String name = options.sheetPerDomain() ? (domain.isEmpty() ? "未标明领域" : domain) : options.sheetName();
            String title = !layout.titleRow() ? ""
                    : options.sheetPerDomain() ? catalog.publisher() + domain + "领域基层政务公开标准目录"
                    : catalog.title();
            out2.add(new XlsxSheets.Sheet(name, title, e.getValue()));
        }
        XlsxSheets.write(layout, out2, out);
    }

    /**
     * Writes items one at a time as one sheet, without holding them: for catalogs produced as a stream (a database
     * cursor, a generator). The layout must be given, as the items cannot be looked at before they are written.
     *
     * @param items the items, iterated once
     * @param title the title row's text (empty: none)
     * @param layout the published layout (it must have a column for every value of every item)
     * @param sheetName the sheet's name
     * @param out where to write (not closed)
     * @throws IllegalArgumentException when the layout has no column for a value of an item, a cell would exceed
     *     {@link #MAX_CELL_CHARS}, or the sheet {@link #MAX_ROWS} (the message names the item)
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Iterable<DisclosureItem> items, String title, PublishedLayout layout, String sheetName,
            OutputStream out) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(out, "out");
        XlsxSheets.write(layout, List.of(new XlsxSheets.Sheet(Objects.requireNonNullElse(sheetName, "目录"),
                layout.titleRow() ? Objects.requireNonNullElse(title, "") : "", items)), out);
    }
}
