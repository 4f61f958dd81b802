package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.ItemElement;

/**
 * The published layout of a catalog table (layout L1 of the national guides), the one model that every table writer
 * renders (CSV, HTML, XLSX):
 *
 * <pre>
 * [title row]
 * 序号 | [领域] | 公开事项: 一级事项 二级事项 [三级事项] | 公开内容（要素） | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 |
 * 公开对象: 全社会 特定群体 | 公开方式: 主动 依申请 | 公开层级: 县级 乡级 … | [五公开] | [extras …]
 * </pre>
 *
 * <p>With {@link #twoRowHeader()} the group headers (公开事项, 公开对象, 公开方式, 公开层级) stand over their
 * sub-headers and the other headers span both rows ({@link #header()} gives the spans); otherwise the sub-headers
 * stand alone in one row. Rows come from a {@link Renderer}: channels as ■ (selected) and □ (not selected) over the
 * 13 channels of the 2019 guides, ticks as √, a specific group's description in its cell, 同上 for elements taken
 * from the row above ({@link DisclosureItem#inherited()}), and every cell escaped by {@link CellText#escape} so that
 * the interpretation reads back what was written.
 *
 * @param domainColumn write a 领域 column
 * @param subItemColumn write a 三级事项 column
 * @param levelColumns the 公开层级 columns, in order
 * @param stageColumn write a 五公开 column
 * @param extraColumns the extra columns, by header, in order
 * @param twoRowHeader write the two-row header of the guides
 * @param titleRow write the catalog's title in a row above the header (when it has one)
 */
public record PublishedLayout(boolean domainColumn, boolean subItemColumn, List<AdministrativeLevel> levelColumns,
        boolean stageColumn, List<String> extraColumns, boolean twoRowHeader, boolean titleRow) {

    /** The 13 channels of the 2019 guides, in their order in the guides' tables. */
    public static final List<ChannelKind> STANDARD_CHANNELS = List.of(ChannelKind.GOVERNMENT_WEBSITE,
            ChannelKind.GOVERNMENT_GAZETTE, ChannelKind.WEIBO_WECHAT_APP, ChannelKind.PRESS_CONFERENCE_OR_HEARING,
            ChannelKind.RADIO_TELEVISION, ChannelKind.PRINT_MEDIA, ChannelKind.PUBLIC_READING_POINT,
            ChannelKind.GOVERNMENT_SERVICE_CENTER, ChannelKind.CONVENIENCE_SERVICE_STATION,
            ChannelKind.DOOR_TO_DOOR_OR_ON_SITE, ChannelKind.BULLETIN_BOARD, ChannelKind.TARGETED_PUSH,
            ChannelKind.OTHER);

    /**
     * One header cell and the region it covers.
     *
     * @param text the header text
     * @param row 0 (top) or 1 (sub-header row)
     * @param column 0-based
     * @param rowSpan rows covered (2: a header standing over both rows of a two-row header)
     * @param colSpan columns covered (a group header over its sub-headers)
     */
    public record HeaderCell(String text, int row, int column, int rowSpan, int colSpan) {
    }

    /**
     * Copies the lists (levels and extras without repeats).
     *
     * @param domainColumn write a 领域 column
     * @param subItemColumn write a 三级事项 column
     * @param levelColumns the 公开层级 columns, in order
     * @param stageColumn write a 五公开 column
     * @param extraColumns the extra columns, by header, in order
     * @param twoRowHeader write the two-row header of the guides
     * @param titleRow write the catalog's title in a row above the header (when it has one)
     * @throws IllegalArgumentException when an extra column has no header, or one the interpretation would take for
     *     a standard column
     */
    public PublishedLayout {
        levelColumns = List.copyOf(new LinkedHashSet<>(levelColumns));
        extraColumns = List.copyOf(new LinkedHashSet<>(extraColumns));
        for (String h : extraColumns) {
            if (h.isBlank() || HeaderWords.isStandardHeader(h)) {
                throw new IllegalArgumentException("the extra column \"" + h + "\" would be read back as a "
                        + "standard column (or has no header)");
            }
        }
    }

    /** @return L1 of the national guides: no 领域, no 三级事项, levels 县级 and 乡级, one header row, a title row */
    public static PublishedLayout standard() {
        return new PublishedLayout(false, false, List.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP),
                false, List.of(), false, true);
    }

    /**
     * @param items the items to be written
     * @return the standard layout widened to hold every value of the items: 领域, 三级事项, 五公开 and level
     *     columns as needed, and each extra key as a column
     */
    public static PublishedLayout of(Iterable<DisclosureItem> items) {
        boolean domain = false;
        boolean sub = false;
        boolean stage = false;
        EnumSet<AdministrativeLevel> levels = EnumSet.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);
        Set<String> extras = new LinkedHashSet<>();
        for (DisclosureItem i : items) {
            domain |= !i.domain().isEmpty();
            sub |= !i.name().subItem().isEmpty();
            stage |= !i.stages().isEmpty();
            levels.addAll(i.levels());
            extras.addAll(i.extras().keySet());
        }
        return new PublishedLayout(domain, sub, List.copyOf(levels), stage, List.copyOf(extras), false, true);
    }

    /**
     * @param domain write a 领域 column
     * @return a copy with it
     */
    public PublishedLayout withDomainColumn(boolean domain) {
        return new PublishedLayout(domain, subItemColumn, levelColumns, stageColumn, extraColumns, twoRowHeader,
                titleRow);
    }

    /**
     * @param twoRows write the two-row header
     * @return a copy with it
     */
    public PublishedLayout withTwoRowHeader(boolean twoRows) {
        return new PublishedLayout(domainColumn, subItemColumn, levelColumns, stageColumn, extraColumns, twoRows,
                titleRow);
    }

    /**
     * @param title write the title row
     * @return a copy with it
     */
    public PublishedLayout withTitleRow(boolean title) {
        return new PublishedLayout(domainColumn, subItemColumn, levelColumns, stageColumn, extraColumns,
                twoRowHeader, title);
    }

    private List<String[]> groups() {
        List<String[]> g = new ArrayList<>();
        g.add(new String[] {"序号"});
        if (domainColumn) {
            g.add(new String[] {"领域"});
        }
        g.add(subItemColumn ? new String[] {"公开事项", "一级事项", "二级事项", "三级事项"}
                : new String[] {"公开事项", "一级事项", "二级事项"});
        for (String h : List.of("公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体")) {
            g.add(new String[] {h});
        }
        g.add(new String[] {"公开对象", "全社会", "特定群体"});
        g.add(new String[] {"公开方式", "主动", "依申请"});
        if (!levelColumns.isEmpty()) {
            String[] lv = new String[levelColumns.size() + 1];
            lv[0] = "公开层级";
            for (int i = 0; i < levelColumns.size(); i++) {
                lv[i + 1] = levelColumns.get(i).label();
            }
            g.add(lv);
        }
        if (stageColumn) {
            g.add(new String[] {"五公开"});
        }
        for (String h : extraColumns) {
            g.add(new String[] {h});
        }
        return g;
    }

    /** @return the number of columns */
    public int width() {
        int n = 0;
        for (String[] g : groups()) {
            n += g.length == 1 ? 1 : g.length - 1;
        }
        return n;
    }

    /** @return the header cells with the regions they cover, top row first, left to right */
    public List<HeaderCell> header() {
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> sub = new ArrayList<>();
        int col = 0;
        for (String[] g : groups()) {
            if (g.length == 1) {
                top.add(new HeaderCell(g[0], 0, col, twoRowHeader ? 2 : 1, 1));
                col++;
            } else if (twoRowHeader) {
                top.add(new HeaderCell(g[0], 0, col, 1, g.length - 1));
                for (int i = 1; i < g.length; i++) {
                    sub.add(new HeaderCell(g[i], 1, col++, 1, 1));
                }
            } else {
                for (int i = 1; i < g.length; i++) {
                    top.add(new HeaderCell(g[i], 0, col++, 1, 1));
                }
            }
        }
        top.addAll(sub);
        return List.copyOf(top);
    }

    /**
     * @return the header as plain rows of texts (one or two rows, {@link #width()} cells each), a merged region's
     *     continuation cells blank: how CSV writes it
     */
    public List<List<String>> headerRows() {
        int w = width();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < (twoRowHeader ? 2 : 1); r++) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < w; i++) {
                row.add("");
            }
            rows.add(row);
        }
        for (HeaderCell h : header()) {
            rows.get(h.row()).set(h.column(), h.text());
        }
        return rows;
    }

    /**
     * Checks that the layout has a column for every value of an item.
     *
     * @param item an item
     * @throws IllegalArgumentException naming what has no column (a domain without the 领域 column, a 三级事项, a
     *     level, a 五公开 classification, an extra, a specific-group description without its tick)
     */
    public void check(DisclosureItem item) {
        List<String> missing = new ArrayList<>();
        if (!domainColumn && !item.domain().isEmpty()) {
            missing.add("领域 (" + item.domain() + ")");
        }
        if (!subItemColumn && !item.name().subItem().isEmpty()) {
            missing.add("三级事项");
        }
        if (!stageColumn && !item.stages().isEmpty()) {
            missing.add("五公开");
        }
        for (AdministrativeLevel l : item.levels()) {
            if (!levelColumns.contains(l)) {
                missing.add(l.label());
            }
        }
        for (Map.Entry<String, String> e : item.extras().entrySet()) {
            if (!extraColumns.contains(e.getKey())) {
                missing.add(e.getKey());
            }
        }
        if (!item.specificGroup().isEmpty() && !item.audiences().contains(Audience.SPECIFIC_GROUP)) {
            missing.add("特定群体 description without the 特定群体 tick");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the table layout has no column for " + String.join(", ", missing)
                    + " of " + item);
        }
    }

    /** @return a new renderer of rows in this layout (it remembers the row above, for 同上) */
    public Renderer renderer() {
        return new Renderer(this);
    }

    /**
     * Renders items as rows of this layout, one after another (同上 refers to the row rendered before). Not
     * thread-safe.
     */
    public static final class Renderer {
        private final PublishedLayout layout;
        private DisclosureItem previous;

        private Renderer(PublishedLayout layout) {
            this.layout = layout;
        }

        /**
         * @param item the next row
         * @return its cells, {@link PublishedLayout#width()} of them, escaped by {@link CellText#escape}: write them
         *     as they are
         * @throws IllegalArgumentException when the layout has no column for a value of the item, or a value cannot
         *     be written so that it reads back unchanged (nothing is rendered)
         */
        public List<String> row(DisclosureItem item) {
            Objects.requireNonNull(item, "item");
            layout.check(item);
            DisclosureItem above = previous;
            List<String> cells = new ArrayList<>(layout.width());
            cells.add(CellText.escape(item.serialNumber()));
            if (layout.domainColumn) {
                cells.add(mergeable(item, above, ItemElement.DOMAIN, above == null ? null : above.domain(),
                        item.domain()));
            }
            boolean nameSame = item.inherited().contains(ItemElement.NAME) && above != null;
            String category = item.name().category();
            if (category.isEmpty() && !item.name().item().isEmpty() && above != null
                    && !above.name().category().isEmpty()) {
                cells.add(CellText.deliberateBlank()); // a blank under a value is not a merged cell
            } else {
                cells.add(nameCell(nameSame, category, above == null ? null : above.name().category()));
            }
            cells.add(nameCell(nameSame, item.name().item(), above == null ? null : above.name().item()));
            if (layout.subItemColumn) {
                cells.add(nameCell(nameSame, item.name().subItem(), above == null ? null : above.name().subItem()));
            }
            cells.add(same(item, above, ItemElement.CONTENT, above == null ? null : above.content(), item.content()));
            cells.add(same(item, above, ItemElement.BASIS, above == null ? null : above.basis().text(),
                    item.basis().text()));
            cells.add(same(item, above, ItemElement.DEADLINE, above == null ? null : above.deadlineText(),
                    item.deadlineText()));
            cells.add(same(item, above, ItemElement.RESPONSIBLE_BODY, above == null ? null
                    : above.responsibleBody().name(), item.responsibleBody().name()));
            if (item.inherited().contains(ItemElement.CHANNELS) && above != null
                    && above.channels().equals(item.channels())) {
                cells.add("同上");
            } else {
                String cell = channels(item.channels());
                if (!Cells.channels(cell).equals(item.channels())) {
                    throw new IllegalArgumentException("the channels " + item.channels() + " cannot be written as a "
                            + "公开渠道和载体 cell that reads back the same (a text ending in a separator such as 、 or ；, "
                            + "holding a ■/□ mark, or naming another channel than its kind): " + cell);
                }
                cells.add(CellText.escape(cell));
            }
            boolean audSame = item.inherited().contains(ItemElement.AUDIENCE) && above != null
                    && above.audiences().equals(item.audiences())
                    && above.specificGroup().equals(item.specificGroup());
            cells.add(audSame ? "同上" : tick(item.audiences().contains(Audience.GENERAL_PUBLIC)));
            cells.add(audSame ? "同上" : item.audiences().contains(Audience.SPECIFIC_GROUP)
                    ? CellText.escape(specificGroupCell(item.specificGroup())) : "");
            boolean methodSame = item.inherited().contains(ItemElement.METHOD) && above != null
                    && above.methods().equals(item.methods());
            cells.add(methodSame ? "同上" : tick(item.methods().contains(DisclosureMethod.PROACTIVE)));
            cells.add(methodSame ? "同上" : tick(item.methods().contains(DisclosureMethod.ON_REQUEST)));
            boolean levelSame = item.inherited().contains(ItemElement.LEVEL) && above != null
                    && above.levels().equals(item.levels());
            for (AdministrativeLevel l : layout.levelColumns) {
                cells.add(levelSame ? "同上" : tick(item.levels().contains(l)));
            }
            if (layout.stageColumn) {
                if (item.inherited().contains(ItemElement.STAGE) && above != null
                        && above.stages().equals(item.stages())) {
                    cells.add("同上");
                } else {
                    StringBuilder sb = new StringBuilder();
                    for (DisclosureStage s : item.stages()) {
                        if (sb.length() > 0) {
                            sb.append('、');
                        }
                        sb.append(s.label());
                    }
                    cells.add(sb.toString());
                }
            }
            for (String h : layout.extraColumns) {
                String v = item.extras().get(h);
                cells.add(v == null ? "" : v.isEmpty() ? CellText.deliberateBlank() : CellText.escape(v));
            }
            previous = item;
            return cells;
        }

        private static String same(DisclosureItem item, DisclosureItem above, ItemElement e, String aboveValue,
                String value) {
            if (above != null && item.inherited().contains(e) && value.equals(aboveValue)) {
                return "同上";
            }
            return CellText.escape(value);
        }

        /** Like {@link #same}, and a blank below a value is written as a deliberate blank (not a merged cell). */
        private static String mergeable(DisclosureItem item, DisclosureItem above, ItemElement e, String aboveValue,
                String value) {
            if (value.isEmpty() && above != null && !aboveValue.isEmpty() && !item.inherited().contains(e)) {
                return CellText.deliberateBlank();
            }
            return same(item, above, e, aboveValue, value);
        }

        private static String nameCell(boolean nameSame, String value, String aboveValue) {
            return nameSame && !value.isEmpty() && value.equals(aboveValue) ? "同上" : CellText.escape(value);
        }

        private static String tick(boolean on) {
            return on ? "√" : "";
        }
    }

    /**
     * @param description a specific group's description (empty: none)
     * @return the 特定群体 cell: √ alone, the description, or √(description) when the description alone would be
     *     read as a mark (√, 无, 是, ■ …) or as 同上
     */
    static String specificGroupCell(String description) {
        if (description.isEmpty()) {
            return "√";
        }
        return HeaderWords.descriptionReadsBack(description) ? description : "√(" + description + ")";
    }

    /**
     * ■/□ over the standard vocabulary when the channels come in the vocabulary's order (the usual case); otherwise
     * the selected channels first, in their order, then the unselected vocabulary.
     *
     * @param selected the selected channels
     * @return the 公开渠道和载体 cell, empty when none is selected
     */
    public static String channels(List<Channel> selected) {
        if (selected.isEmpty()) {
            return "";
        }
        List<String> interleaved = new ArrayList<>();
        List<Channel> order = new ArrayList<>();
        for (ChannelKind k : STANDARD_CHANNELS) {
            boolean any = false;
            for (Channel c : selected) {
                if (c.kind().orElse(null) == k) {
                    interleaved.add("■" + c.text());
                    order.add(c);
                    any = true;
                }
            }
            if (!any) {
                interleaved.add("□" + k.label());
            }
        }
        for (Channel c : selected) {
            if (c.kind().isEmpty() || !STANDARD_CHANNELS.contains(c.kind().get())) {
                interleaved.add("■" + c.text());
                order.add(c);
            }
        }
        if (order.equals(selected)) {
            return String.join(" ", interleaved);
        }
        List<String> out = new ArrayList<>();
        Set<ChannelKind> used = EnumSet.noneOf(ChannelKind.class);
        for (Channel c : selected) {
            out.add("■" + c.text());
            c.kind().ifPresent(used::add);
        }
        for (ChannelKind k : STANDARD_CHANNELS) {
            if (!used.contains(k)) {
                out.add("□" + k.label());
            }
        }
        return String.join(" ", out);
    }
}
