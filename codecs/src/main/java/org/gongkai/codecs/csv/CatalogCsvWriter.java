package org.gongkai.codecs.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongkai.codecs.table.CellText;
import org.gongkai.codecs.table.PublishedLayout;
import org.gongkai.internal.ChineseText;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.ItemElement;

/**
 * Writes a catalog as the standard table of the national guides (layout L1), UTF-8 with a BOM so that spreadsheet
 * programs open it as UTF-8:
 *
 * <pre>
 * 序号 | [领域] | 一级事项 | 二级事项 | [三级事项] | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 |
 * 全社会 | 特定群体 | 主动 | 依申请 | 县级 | 乡级 … | [五公开] | [extras …]
 * </pre>
 *
 * <p>or with the two-row header (公开事项 over 一级/二级事项, 公开对象 over 全社会/特定群体, 公开方式 over 主动/依申请,
 * 公开层级 over the levels). Channels are written as ■ (selected) and □ (not selected) over the 13 channels of the
 * 2019 guides, with named and unknown channels kept as ■ and their text; the items' own order of channels is kept.
 * Ticks are √; a specific group's description stands in its cell. Elements taken from the row above
 * ({@link DisclosureItem#inherited()}) are written 同上 when they equal the row above. A cell starting with =, +, -
 * or @ gets a leading apostrophe so that a spreadsheet never runs it as a formula; {@link CatalogCsvReader} removes
 * it. What {@link CatalogCsvReader} reads back from this output equals what was written.
 *
 * <p>Streaming: one item in memory; the columns are fixed up front by a {@link Layout}. An item with a value the
 * layout has no column for is refused (never silently dropped). Not thread-safe.
 */
public final class CatalogCsvWriter implements Closeable, Flushable {

    /**
     * The columns of the table.
     *
     * @param domainColumn write a 领域 column
     * @param subItemColumn write a 三级事项 column
     * @param levelColumns the 公开层级 columns, in order
     * @param stageColumn write a 五公开 column
     * @param extraColumns the extra columns, by header, in order
     * @param twoRowHeader write the two-row header of the guides
     * @param titleRow write the catalog's title in a row above the header (when it has one)
     */
    public record Layout(boolean domainColumn, boolean subItemColumn, List<AdministrativeLevel> levelColumns,
            boolean stageColumn, List<String> extraColumns, boolean twoRowHeader, boolean titleRow) {

        /**
         * Copies the lists; refuses an extra column whose header the reader would take for a standard one.
         *
         * @param domainColumn write a 领域 column
         * @param subItemColumn write a 三级事项 column
         * @param levelColumns the 公开层级 columns, in order
         * @param stageColumn write a 五公开 column
         * @param extraColumns the extra columns, by header, in order
         * @param twoRowHeader write the two-row header of the guides
         * @param titleRow write the catalog's title in a row above the header (when it has one)
         */
        public Layout {
            levelColumns = List.copyOf(new LinkedHashSet<>(levelColumns));
            extraColumns = List.copyOf(new LinkedHashSet<>(extraColumns));
            published(levelColumns, extraColumns, domainColumn, subItemColumn, stageColumn, twoRowHeader, titleRow);
        }

        private static PublishedLayout published(List<AdministrativeLevel> levelColumns, List<String> extraColumns,
                boolean domainColumn, boolean subItemColumn, boolean stageColumn, boolean twoRowHeader,
                boolean titleRow) {
            return new PublishedLayout(domainColumn, subItemColumn, levelColumns, stageColumn, extraColumns,
                    twoRowHeader, titleRow);
        }

        /** @return the same columns as the layout model every table writer renders */
        public PublishedLayout toPublished() {
            return published(levelColumns, extraColumns, domainColumn, subItemColumn, stageColumn, twoRowHeader,
                    titleRow);
        }

        /** @return L1 of the national guides: no 领域, no 三级事项, levels 县级 and 乡级, one header row */
        public static Layout standard() {
            return from(PublishedLayout.standard());
        }

        /**
         * @param items the items to be written
         * @return the standard layout widened to hold every value of the items: 领域, 三级事项, 五公开 and level
         *     columns as needed, and each extra key as a column
         */
        public static Layout of(Iterable<DisclosureItem> items) {
            return from(PublishedLayout.of(items));
        }

        /** The published layout's columns, the one place that widens a layout to its items. */
        private static Layout from(PublishedLayout p) {
            return new Layout(p.domainColumn(), p.subItemColumn(), p.levelColumns(), p.stageColumn(),
                    p.extraColumns(), p.twoRowHeader(), p.titleRow());
        }

        /** @return a copy with a 领域 column */
        public Layout withDomain() {
            return new Layout(true, subItemColumn, levelColumns, stageColumn, extraColumns, twoRowHeader, titleRow);
        }

        /**
         * @param twoRows write the two-row header
         * @return a copy with it
         */
        public Layout withTwoRowHeader(boolean twoRows) {
            return new Layout(domainColumn, subItemColumn, levelColumns, stageColumn, extraColumns, twoRows, titleRow);
        }

        /**
         * @param title write the title row
         * @return a copy with it
         */
        public Layout withTitleRow(boolean title) {
            return new Layout(domainColumn, subItemColumn, levelColumns, stageColumn, extraColumns, twoRowHeader,
                    title);
        }
    }

    private final Writer out;
    private final Layout layout;
    private final PublishedLayout.Renderer renderer;
    private final StringBuilder line = new StringBuilder(512);
    private long count;
    private boolean closed;

    private CatalogCsvWriter(Writer out, Layout layout) {
        this.out = out;
        this.layout = layout;
        this.renderer = layout.toPublished().renderer();
    }

    /**
     * Writes a whole catalog in the layout {@link Layout#of} its items.
     *
     * @param catalog the catalog
     * @param out the stream (closed at the end)
     * @param twoRowHeader write the two-row header
     */
    public static void write(Catalog catalog, OutputStream out, boolean twoRowHeader) {
        try (CatalogCsvWriter w = open(out, catalog.title(), Layout.of(catalog.items()).withTwoRowHeader(
                twoRowHeader))) {
            catalog.items().forEach(w::write);
        }
    }

    /**
     * Starts a table: the BOM, the title row (when the layout asks for one and the title is not empty), the header.
     *
     * @param out the stream (closed by {@link #close()})
     * @param title the catalog's title
     * @param layout the columns
     * @return the writer
     */
    public static CatalogCsvWriter open(OutputStream out, String title, Layout layout) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(layout, "layout");
        CatalogCsvWriter w = new CatalogCsvWriter(new BufferedWriter(new OutputStreamWriter(out,
                StandardCharsets.UTF_8), 1 << 16), layout);
        try {
            w.out.write('\uFEFF');
            if (layout.titleRow() && title != null && !title.isEmpty()) {
                w.row(List.of(CellText.escape(title)));
            }
            w.header();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }

    private void header() throws IOException {
        for (List<String> r : layout.toPublished().headerRows()) {
            row(r);
        }
    }

    /**
     * @param item the next row
     * @throws IllegalArgumentException when the item has a value the layout has no column for (nothing written)
     */
    public void write(DisclosureItem item) {
        Objects.requireNonNull(item, "item");
        if (closed) {
            throw new IllegalStateException("the catalog writer is closed");
        }
        List<String> cells = renderer.row(item);
        try {
            row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    private void row(List<String> cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            quote(cells.get(i), line);
        }
        line.append("\r\n");
        out.append(line);
    }

    /** RFC 4180 quoting: a cell with a comma, quote, CR or LF (or edge spaces) is quoted, quotes doubled. */
    private static void quote(String s, StringBuilder sb) {
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                q = true;
                break;
            }
        }
        if (!q && !s.isEmpty() && (ChineseText.isSpace(s.charAt(0)) || ChineseText.isSpace(s.charAt(s.length() - 1)))) {
            q = true;
        }
        if (!q) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** @return the number of items written */
    public long itemsWritten() {
        return count;
    }

    /** Flushes the written rows to the stream. */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes the stream. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
