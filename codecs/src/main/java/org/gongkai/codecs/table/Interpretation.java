package org.gongkai.codecs.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.codecs.table.Columns.Column;
import org.gongkai.codecs.table.Columns.Role;
import org.gongkai.internal.ChineseText;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelCell;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;

/** The one interpretation of catalog tables: a {@link TableSink} that turns rows of cells into items. */
final class Interpretation implements TableSink {

    private final CatalogTableReader.Options options;
    private final Consumer<? super DisclosureItem> sink;
    /** Where each item kept was read, in order; null when the caller streams and does not keep them. */
    private final List<ItemSource> sources;
    private final List<TableSummary> summaries = new ArrayList<>();
    private String pageTitle = "";
    private String firstTitle = "";
    /** Tables read with a header of their own (not continuations, not tables left unread). */
    private int headedTables;
    private boolean singleTitleIsTitle;

    private TableStart start;
    private TableLocation loc;
    private List<TableProblem> problems;
    private long omitted;
    private long rows;
    private long preamble;
    private long headers;
    private long blanks;
    private long kept;
    private long rejected;
    private long rowNumber;
    private long line;
    private Columns columns;
    private List<String> pendingTop;
    private DisclosureItem previous;
    private boolean rowHasError;
    private boolean inheritBlanks;
    private List<String> titleRows;
    private TableNaming naming;
    private TableLocation continues;
    // The last catalog table read: what a continuation takes from it.
    private Columns lastColumns;
    private DisclosureItem lastItem;
    private TableNaming lastNaming = TableNaming.NONE;

    Interpretation(CatalogTableReader.Options options, Consumer<? super DisclosureItem> sink,
            List<ItemSource> sources) {
        this.options = Objects.requireNonNull(options, "options");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.sources = sources;
    }

    List<TableSummary> summaries() {
        return List.copyOf(summaries);
    }

    /** The page title of a several-table file, else the (only) table's title when a text gave it. */
    String catalogTitle() {
        if (headedTables > 1 && !pageTitle.isEmpty()) {
            return pageTitle;
        }
        if (headedTables == 1) {
            return singleTitleIsTitle ? firstTitle : "";
        }
        return firstTitle;
    }

    @Override
    public void startTable(TableStart s) {
        start = Objects.requireNonNull(s, "start");
        loc = s.location();
        problems = new ArrayList<>();
        omitted = 0;
        rows = 0;
        preamble = 0;
        headers = 0;
        blanks = 0;
        kept = 0;
        rejected = 0;
        rowNumber = 0;
        line = 0;
        columns = null;
        pendingTop = null;
        previous = null;
        inheritBlanks = options.inheritBlankMergedCells() && !s.knowsMerges();
        titleRows = new ArrayList<>();
        naming = TableNaming.NONE;
        continues = null;
        for (TitleCandidate t : s.titles()) {
            if (t.origin() == TitleOrigin.PAGE_TITLE && pageTitle.isEmpty()) {
                pageTitle = t.text().strip();
            }
        }
    }

    /**
     * A table without a header of its own that continues the last catalog table read ({@link HeaderSearch}): its
     * rows are data in that table's columns, under its title and domain; 同上 and merged cells may reach back into
     * it.
     */
    void continueTable(TableStart s, TableLocation table) {
        startTable(s);
        continues = table;
        columns = lastColumns;
        previous = lastItem;
        naming = lastNaming;
    }

    /**
     * A table that is not read: no catalog header, and it continues no catalog table. Its summary counts its rows
     * and says so with a WARNING.
     */
    void notRead(TableStart s, long rowCount, long blankCount) {
        startTable(s);
        rows = rowCount;
        blanks = blankCount;
        preamble = rowCount - blankCount;
        problem(0, "", "", "not a catalog table: no header row (公开事项, 公开内容, 公开依据 …) in its first "
                + HeaderSearch.HEADER_SEARCH_ROWS + " rows, and not as wide as a catalog table before it; its " + preamble
                + " rows with text are not read (give the table a header if it is part of the catalog)",
                TableProblem.Severity.WARNING);
        summaries.add(new TableSummary(loc, "", null, "", DomainOrigin.NONE, rows, preamble, 0, blanks, 0, 0,
                problems, omitted));
    }

    @Override
    public void row(TableRow r) {
        rows++;
        rowNumber = r.number();
        line = r.line();
        List<String> texts = headerTexts(r);
        if (columns == null && pendingTop == null) {
            if (blank(texts)) {
                blanks++;
            } else if (Columns.isHeaderRow(texts)) {
                headers++;
                pendingTop = texts;
            } else {
                preamble++;
                if (nonBlankCells(texts) == 1) {
                    titleRows.add(Cells.unescape(firstNonBlank(texts)));
                }
            }
            return;
        }
        if (columns == null) {
            if (Columns.isSubHeaderRow(pendingTop, texts)) {
                headers++;
                columns = Columns.of(pendingTop, texts);
                pendingTop = null;
                decide();
                return;
            }
            columns = Columns.of(pendingTop, null);
            pendingTop = null;
            decide();
        }
        if (blank(r.texts())) {
            blanks++;
        } else if (columns.isExactRepeat(texts)) {
            headers++;
        } else if (Columns.isHeaderRow(texts) && Columns.onlyHeaderWords(texts)) {
            headers++;
            problem(0, "", String.join(" | ", r.texts()), "read as a header repeated inside the table (every cell "
                    + "is a header word); no item", TableProblem.Severity.WARNING);
        } else {
            dataRow(r);
        }
    }

    @Override
    public void endTable() {
        if (columns == null && pendingTop != null) {
            columns = Columns.of(pendingTop, null);
            decide();
        }
        if (columns == null) {
            // HeaderSearch passes on only tables with a header row (by the same rule) or continuations
            throw new IllegalStateException("a table without a header reached the interpretation: " + loc);
        }
        if (continues == null && headedTables++ == 0) {
            firstTitle = naming.title();
            TitleOrigin origin = naming.titleOrigin();
            singleTitleIsTitle = origin != null && origin != TitleOrigin.SHEET_NAME && origin != TitleOrigin.FILE_NAME;
        }
        summaries.add(new TableSummary(loc, naming.title(), naming.titleOrigin(), naming.domain(),
                naming.domainOrigin(), rows, preamble, headers, blanks, kept, rejected, problems, omitted, continues));
        lastColumns = columns;
        lastItem = previous;
        lastNaming = naming;
    }

    /** Texts for header and title detection: a merged region's continuation cells are blank. */
    static List<String> headerTexts(TableRow r) {
        List<String> out = new ArrayList<>(r.cells().size());
        for (TableCell c : r.cells()) {
            out.add(c.isContinuation() ? "" : c.text());
        }
        return out;
    }

    /** Works out the table's title and domain once its header is known. */
    private void decide() {
        naming = TableNaming.of(titleRows, start.titles(), columns.has(Role.DOMAIN), options);
    }

    /** @return whether no cell of the row has text */
    static boolean blank(List<String> row) {
        for (String c : row) {
            if (!ChineseText.isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    private static int nonBlankCells(List<String> row) {
        int n = 0;
        for (String c : row) {
            if (!ChineseText.isBlank(c)) {
                n++;
            }
        }
        return n;
    }

    private static String firstNonBlank(List<String> row) {
        for (String c : row) {
            if (!ChineseText.isBlank(c)) {
                return c;
            }
        }
        return "";
    }

    private void problem(int column, String header, String cell, String message, TableProblem.Severity sev) {
        TableProblem pr = new TableProblem(loc, rowNumber, line, column, header, cell, message, sev);
        if (sev == TableProblem.Severity.ERROR) {
            rowHasError = true;
            if (options.stopOnError()) {
                throw new TableReadException(pr, null);
            }
        }
        if (problems.size() < options.maxProblems()) {
            problems.add(pr);
        } else {
            omitted++;
        }
    }

    private void dataRow(TableRow row) {
        rowHasError = false;
        DisclosureItem.Builder b = DisclosureItem.builder();
        String category = "";
        String item = "";
        String subItem = "";
        boolean nameInherited = false;
        String domain = null;
        EnumSet<ItemElement> inherited = EnumSet.noneOf(ItemElement.class);
        EnumSet<Audience> audiences = EnumSet.noneOf(Audience.class);
        EnumSet<DisclosureMethod> methods = EnumSet.noneOf(DisclosureMethod.class);
        EnumSet<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        EnumSet<DisclosureStage> stages = EnumSet.noneOf(DisclosureStage.class);
        String specificGroup = "";
        List<Channel> channels = new ArrayList<>();
        boolean categoryBlank = false;

        for (Column col : columns.columns) {
            TableCell tc = row.cell(col.index());
            String raw = tc.continuesLeft() ? "" : tc.text();
            boolean merged = tc.continuesAbove() && previous != null;
            String cell = Cells.unescape(raw);
            boolean rawBlank = ChineseText.isBlank(raw);
            boolean same = merged || Cells.isSameAsAbove(raw);
            if (same && !merged && previous == null && col.role() != Role.EXTRA) {
                problem(col.index() + 1, col.header(), cell, "同上 in the first row: nothing above to take; "
                        + "kept as written", TableProblem.Severity.WARNING);
                same = false;
            }
            switch (col.role()) {
                case SERIAL -> b.serialNumber(merged && cell.isEmpty() ? previous.serialNumber() : cell);
                case DOMAIN -> {
                    if (same) {
                        domain = previous.domain();
                        inherited.add(ItemElement.DOMAIN);
                    } else if (rawBlank && inheritBlanks && previous != null) {
                        domain = previous.domain();
                        if (!domain.isEmpty()) {
                            inherited.add(ItemElement.DOMAIN);
                        }
                    } else {
                        domain = cell;
                    }
                }
                case NAME, ITEM -> {
                    if (same) {
                        item = previous.name().item();
                        nameInherited = true;
                    } else {
                        item = cell;
                    }
                }
                case CATEGORY -> {
                    if (same) {
                        category = previous.name().category();
                        nameInherited = true;
                    } else {
                        category = cell;
                        categoryBlank = rawBlank;
                    }
                }
                case SUB_ITEM -> {
                    if (same) {
                        subItem = previous.name().subItem();
                        nameInherited = true;
                    } else {
                        subItem = cell;
                    }
                }
                case CONTENT -> text(same, cell, ItemElement.CONTENT, inherited, b::content,
                        () -> previous.content());
                case BASIS -> text(same, cell, ItemElement.BASIS, inherited, b::basis,
                        () -> previous.basis().text());
                case DEADLINE -> text(same, cell, ItemElement.DEADLINE, inherited, b::deadlineText,
                        () -> previous.deadlineText());
                case BODY -> text(same, cell, ItemElement.RESPONSIBLE_BODY, inherited, b::responsibleBody,
                        () -> previous.responsibleBody().name());
                case CHANNELS -> {
                    if (same) {
                        channels.addAll(previous.channels());
                        inherited.add(ItemElement.CHANNELS);
                    } else {
                        ChannelCell read = ChannelCell.parse(cell);
                        channels.addAll(read.selected());
                        for (ChannelCell.Option o : read.unboxed()) {
                            // never dropped silently: an option without a box among boxed ones has no tick to read
                            problem(col.index() + 1, col.header(), cell, "\"" + o.text() + "\" is written without a "
                                    + "check box among boxed channels: its tick cannot be read, so it is not taken as a "
                                    + "channel of the item", TableProblem.Severity.WARNING);
                        }
                    }
                }
                case AUDIENCE_ALL -> {
                    if (same) {
                        copy(previous.audiences(), Audience.GENERAL_PUBLIC, audiences);
                        inherited.add(ItemElement.AUDIENCE);
                    } else if (mark(col, cell, Audience.GENERAL_PUBLIC.label(), b)) {
                        audiences.add(Audience.GENERAL_PUBLIC);
                    }
                }
                case AUDIENCE_SPECIFIC -> {
                    if (same) {
                        copy(previous.audiences(), Audience.SPECIFIC_GROUP, audiences);
                        specificGroup = previous.specificGroup();
                        inherited.add(ItemElement.AUDIENCE);
                    } else {
                        specificGroup = specific(cell, audiences);
                    }
                }
                case AUDIENCE_WORDS -> {
                    if (same) {
                        audiences.addAll(previous.audiences());
                        specificGroup = previous.specificGroup();
                        inherited.add(ItemElement.AUDIENCE);
                    } else if (!ChineseText.isBlank(cell)) {
                        String n = ChineseText.normalize(cell);
                        if (Audience.find(n).isPresent()) {
                            audiences.add(Audience.find(n).get());
                        } else if (n.contains("全社会")) {
                            audiences.add(Audience.GENERAL_PUBLIC);
                            if (!n.equals("全社会")) {
                                b.putExtra(col.header(), cell);
                            }
                        } else {
                            specificGroup = specific(cell, audiences);
                        }
                    }
                }
                case METHOD_PROACTIVE, METHOD_ON_REQUEST -> {
                    DisclosureMethod m = col.role() == Role.METHOD_PROACTIVE ? DisclosureMethod.PROACTIVE
                            : DisclosureMethod.ON_REQUEST;
                    if (same) {
                        copy(previous.methods(), m, methods);
                        inherited.add(ItemElement.METHOD);
                    } else if (mark(col, cell, m.label(), b)) {
                        methods.add(m);
                    }
                }
                case METHOD_WORDS -> {
                    if (same) {
                        methods.addAll(previous.methods());
                        inherited.add(ItemElement.METHOD);
                    } else if (!ChineseText.isBlank(cell)) {
                        Set<DisclosureMethod> found = words(cell, DisclosureMethod::find);
                        if (!found.isEmpty() && ChineseText.normalize(cell).contains("全社会")) {
                            audiences.add(Audience.GENERAL_PUBLIC); // 全社会范围主动公开: audience and method
                        }
                        if (found.isEmpty()) {
                            b.putExtra(col.header(), cell);
                            problem(col.index() + 1, col.header(), cell, "not a 公开方式 (主动/依申请); kept in "
                                    + "extras under its header", TableProblem.Severity.WARNING);
                        }
                        methods.addAll(found);
                    }
                }
                case LEVEL_MARK -> {
                    if (same) {
                        for (AdministrativeLevel l : col.levels()) {
                            copy(previous.levels(), l, levels);
                        }
                        inherited.add(ItemElement.LEVEL);
                    } else if (!ChineseText.isBlank(cell)) {
                        String n = ChineseText.normalize(cell);
                        if (Cells.isTick(n) || Cells.tickQualifier(cell) != null) {
                            levels.addAll(col.levels());
                        } else if (!Cells.isCross(n)) {
                            java.util.Optional<Set<AdministrativeLevel>> named = Columns.levels(n);
                            if (named.isPresent()) {
                                levels.addAll(named.get());
                            } else {
                                b.putExtra(col.header(), cell);
                                problem(col.index() + 1, col.header(), cell, "neither a tick nor a level; kept "
                                        + "in extras under its header", TableProblem.Severity.WARNING);
                            }
                        }
                    }
                }
                case LEVEL_WORDS -> {
                    if (same) {
                        levels.addAll(previous.levels());
                        inherited.add(ItemElement.LEVEL);
                    } else if (!ChineseText.isBlank(cell)) {
                        java.util.Optional<Set<AdministrativeLevel>> named = Columns.levels(cell);
                        if (named.isPresent()) {
                            levels.addAll(named.get());
                        } else {
                            b.putExtra(col.header(), cell);
                            problem(col.index() + 1, col.header(), cell, "not a 公开层级; kept in extras under "
                                    + "its header", TableProblem.Severity.WARNING);
                        }
                    }
                }
                case STAGES -> {
                    if (same) {
                        stages.addAll(previous.stages());
                        inherited.add(ItemElement.STAGE);
                    } else if (!ChineseText.isBlank(cell)) {
                        Set<DisclosureStage> found = stages(cell);
                        if (found.isEmpty()) {
                            b.putExtra(col.header(), cell);
                            problem(col.index() + 1, col.header(), cell, "not a 五公开 classification; kept in "
                                    + "extras under its header", TableProblem.Severity.WARNING);
                        }
                        stages.addAll(found);
                    }
                }
                case EXTRA -> {
                    if (merged && cell.isEmpty() && previous.extras().containsKey(col.header())) {
                        b.putExtra(col.header(), previous.extras().get(col.header()));
                    } else if (!cell.isEmpty() || (!raw.isEmpty() && CellText.isEscaped(raw))) {
                        b.putExtra(col.header(), cell);
                    }
                }
                default -> throw new IllegalStateException(col.role().name());
            }
        }
        // cells beyond the header's width are kept, not dropped
        for (int i = columns.columns.size(); i < row.cells().size(); i++) {
            String cell = row.cells().get(i).text();
            if (!cell.isEmpty()) {
                String key = "column " + (i + 1);
                b.putExtra(key, Cells.unescape(cell));
                problem(i + 1, "", cell, "cell beyond the header's columns; kept in extras as \"" + key + "\"",
                        TableProblem.Severity.WARNING);
            }
        }
        if (categoryBlank && !ChineseText.isBlank(item) && inheritBlanks && previous != null
                && !previous.name().category().isEmpty()) {
            // 一级事项 merged over several rows: exported blank below its first row
            category = previous.name().category();
            nameInherited = true;
        }
        if (nameInherited) {
            inherited.add(ItemElement.NAME);
        }
        if (domain == null) {
            domain = naming.domain();
        }
        ItemName name = new ItemName(category, item, subItem);
        DisclosureItem.Builder built = b.domain(domain).name(name).channels(channels).audiences(audiences)
                .specificGroup(specificGroup).methods(methods).levels(levels).stages(stages).inherited(inherited);
        DisclosureItem result = built.build();
        if (name.isEmpty() && ChineseText.isBlank(result.content())) {
            problem(0, "", String.join(" | ", row.texts()), "not an item: no 公开事项 and no 公开内容 (a title or note "
                    + "row inside the table?)", TableProblem.Severity.ERROR);
        }
        if (rowHasError) {
            rejected++;
            return;
        }
        kept++;
        previous = result;
        if (sources != null) {
            sources.add(new ItemSource(loc, rowNumber, line));
        }
        sink.accept(result);
    }

    private void text(boolean same, String cell, ItemElement e, Set<ItemElement> inherited,
            Consumer<String> set, java.util.function.Supplier<String> above) {
        if (same) {
            set.accept(above.get());
            inherited.add(e);
        } else {
            set.accept(cell);
        }
    }

    private static <E extends Enum<E>> void copy(Set<E> from, E value, Set<E> to) {
        if (from.contains(value)) {
            to.add(value);
        }
    }

    /** A tick cell: √, a look-alike, or the column's own word (主动公开 in 主动, 全社会 in 全社会). */
    private boolean mark(Column col, String cell, String label, DisclosureItem.Builder b) {
        if (ChineseText.isBlank(cell)) {
            return false;
        }
        String n = ChineseText.normalize(cell);
        if (Cells.isTick(n) || Cells.tickQualifier(cell) != null) {
            return true;
        }
        if (Cells.isCross(n)) {
            return false;
        }
        String l = ChineseText.normalize(label);
        if (n.startsWith(l) || n.contains(l)) {
            return true;
        }
        b.putExtra(col.header(), cell);
        problem(col.index() + 1, col.header(), cell, "neither a tick (√) nor blank; kept in extras under its "
                + "header", TableProblem.Severity.WARNING);
        return false;
    }

    /** The 特定群体 cell: √, √(description), or a description standing for the tick. */
    private static String specific(String cell, Set<Audience> audiences) {
        if (ChineseText.isBlank(cell)) {
            return "";
        }
        String n = ChineseText.normalize(cell);
        if (Cells.isCross(n)) {
            return "";
        }
        audiences.add(Audience.SPECIFIC_GROUP);
        if (Cells.isTick(n) || Audience.find(n).orElse(null) == Audience.SPECIFIC_GROUP) {
            return "";
        }
        String q = Cells.tickQualifier(cell);
        return q != null ? q : cell;
    }

    private static <E> Set<E> words(String cell, java.util.function.Function<String, java.util.Optional<E>> f) {
        Set<E> out = new LinkedHashSet<>();
        f.apply(cell).ifPresent(out::add);
        if (out.isEmpty()) {
            for (String part : cell.split("[、/,，;；\\s]+")) {
                if (!part.isEmpty()) {
                    f.apply(part).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Set<DisclosureStage> stages(String cell) {
        Set<DisclosureStage> out = new LinkedHashSet<>();
        boolean marked = cell.indexOf('■') >= 0 || cell.indexOf('□') >= 0 || cell.indexOf('▄') >= 0;
        if (marked) {
            for (String seg : cell.split("(?=[■□▄])")) {
                if (!seg.isEmpty() && Cells.isSelectedMark(seg.charAt(0))) {
                    DisclosureStage.find(Cells.trimSegment(seg.substring(1))).ifPresent(out::add);
                }
            }
            return out;
        }
        return words(cell, DisclosureStage::find);
    }
}
