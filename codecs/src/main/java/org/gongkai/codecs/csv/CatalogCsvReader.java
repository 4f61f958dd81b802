package org.gongkai.codecs.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.codecs.csv.Columns.Column;
import org.gongkai.codecs.csv.Columns.Role;
import org.gongkai.internal.ChineseText;
import org.gongkai.codecs.json.GongkaiJson;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;

/**
 * Reads a published catalog table (政务公开事项标准目录) exported as CSV, as real catalogs write it: UTF-8 with or
 * without BOM, or GB18030; the layouts of the national guides and their local variants (one- or two-row headers,
 * 一级/二级/三级事项 or a single 公开事项 column, reordered columns, a 领域 column, 五公开, 公开属性, extra columns
 * kept in {@link DisclosureItem#extras()}, headers repeated inside the table); cells as they are (√ or words, a
 * specific-group description, ■/□/▄/口/◆ channel lists, numbered lists, named sites and URLs, 同上).
 *
 * <p>Text is kept exactly as written; Traditional characters and full-width punctuation are normalised only to
 * match headers and labels. A row that cannot be read as an item is reported with file, row, column and cell text
 * and counted as rejected ({@link Options#stopOnError()} stops instead); every row is counted in the
 * {@link CsvSummary}. Cells written with a leading apostrophe by {@link CatalogCsvWriter} to keep spreadsheets from
 * running them as formulas are un-escaped.
 *
 * <p>{@link #forEach} streams: it holds one row and the previous item (for 同上) in memory, whatever the size.
 */
public final class CatalogCsvReader {
    private static final CsvFactory CSV = CsvFactory.builder()
            .streamReadConstraints(GongkaiJson.constraints(-1))
            .build();
    private static final int DETECT_BYTES = 64 * 1024;
    /** GB18030, the national standard superset of GBK used by Chinese spreadsheet exports. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private CatalogCsvReader() {
    }

    /**
     * Reading options; start from {@link #defaults()}.
     *
     * @param charset the character set, or null to detect it (a BOM or valid UTF-8 in the first 64 KiB → UTF-8,
     *     else GB18030)
     * @param stopOnError stop at the first rejected row with a {@link CatalogCsvException} (default: continue)
     * @param defaultDomain the domain of items when the table has no 领域 column (a catalog's domain is usually in
     *     its title)
     * @param inheritBlankMergedCells read a blank 一级事项 (when 二级事项 is filled) and a blank 领域 as the row above's
     *     value — merged cells exported blank — and record it in {@link DisclosureItem#inherited()} (default: on)
     * @param maxProblems at most this many problems are listed (all are counted); not negative
     */
    public record Options(Charset charset, boolean stopOnError, String defaultDomain, boolean inheritBlankMergedCells,
            int maxProblems) {
        /**
         * Checks the values.
         *
         * @param charset the character set, or null to detect it (a BOM or valid UTF-8 in the first 64 KiB → UTF-8,
         *     else GB18030)
         * @param stopOnError stop at the first rejected row with a {@link CatalogCsvException} (default: continue)
         * @param defaultDomain the domain of items when the table has no 领域 column (a catalog's domain is usually in
         *     its title)
         * @param inheritBlankMergedCells read a blank 一级事项 (when 二级事项 is filled) and a blank 领域 as the row above's
         *     value — merged cells exported blank — and record it in {@link DisclosureItem#inherited()} (default: on)
         * @param maxProblems at most this many problems are listed (all are counted); not negative
         */
        public Options {
            defaultDomain = Objects.requireNonNullElse(defaultDomain, "");
            if (maxProblems < 0) {
                throw new IllegalArgumentException("maxProblems < 0");
            }
        }

        /** @return detect the charset, continue past bad rows, no default domain, inherit merged cells, 10,000 */
        public static Options defaults() {
            return new Options(null, false, "", true, 10_000);
        }

        /**
         * @param cs the character set (null: detect)
         * @return a copy with it
         */
        public Options withCharset(Charset cs) {
            return new Options(cs, stopOnError, defaultDomain, inheritBlankMergedCells, maxProblems);
        }

        /**
         * @param stop stop at the first rejected row
         * @return a copy with it
         */
        public Options withStopOnError(boolean stop) {
            return new Options(charset, stop, defaultDomain, inheritBlankMergedCells, maxProblems);
        }

        /**
         * @param domain the domain of items in a table without a 领域 column
         * @return a copy with it
         */
        public Options withDefaultDomain(String domain) {
            return new Options(charset, stopOnError, domain, inheritBlankMergedCells, maxProblems);
        }

        /**
         * @param inherit read blank merged cells as the row above
         * @return a copy with it
         */
        public Options withInheritBlankMergedCells(boolean inherit) {
            return new Options(charset, stopOnError, defaultDomain, inherit, maxProblems);
        }

        /**
         * @param max how many problems to list
         * @return a copy with it
         */
        public Options withMaxProblems(int max) {
            return new Options(charset, stopOnError, defaultDomain, inheritBlankMergedCells, max);
        }
    }

    /**
     * @param file a CSV file
     * @param options reading options
     * @return the catalog and the summary
     * @throws CatalogCsvException when the table has no recognisable header, or its CSV is broken
     */
    public static CsvReadResult read(Path file, Options options) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param in the CSV bytes (not closed)
     * @param sourceName the file name for messages
     * @return the catalog and the summary, with default options
     */
    public static CsvReadResult read(InputStream in, String sourceName) {
        return read(in, sourceName, Options.defaults());
    }

    /**
     * Reads the whole table into a {@link Catalog}.
     *
     * @param in the CSV bytes (not closed)
     * @param sourceName the file name for messages
     * @param options reading options
     * @return the catalog (title from the table's title row, domains as the items name them) and the summary
     * @throws CatalogCsvException when the table has no recognisable header, or its CSV is broken
     */
    public static CsvReadResult read(InputStream in, String sourceName, Options options) {
        List<DisclosureItem> items = new ArrayList<>();
        Session s = new Session(sourceName, options, items::add);
        s.run(in);
        Set<String> domains = new LinkedHashSet<>();
        for (DisclosureItem i : items) {
            if (!i.domain().isEmpty()) {
                domains.add(i.domain());
            }
        }
        Catalog.Builder b = Catalog.builder().title(s.title).publisher("").addItems(items);
        domains.forEach(b::addDomain);
        return new CsvReadResult(b.build(), s.summary());
    }

    /**
     * Streams the table's items to a consumer, one row in memory at a time.
     *
     * @param in the CSV bytes (not closed)
     * @param sourceName the file name for messages
     * @param options reading options
     * @param sink receives each item in table order
     * @return what was read
     * @throws CatalogCsvException when the table has no recognisable header, or its CSV is broken
     */
    public static CsvSummary forEach(InputStream in, String sourceName, Options options,
            Consumer<? super DisclosureItem> sink) {
        Session s = new Session(sourceName, options, sink);
        s.run(in);
        return s.summary();
    }

    /**
     * @param bytes the start of a file
     * @param length how many bytes of it to look at
     * @return UTF-8 when the bytes start with a UTF-8 BOM or are valid UTF-8 (a sequence cut at the end is
     *     allowed), else GB18030
     */
    public static Charset detectCharset(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        // do not judge a multi-byte sequence cut by the end of the sample
        int end = length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(bytes, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    /** One read of one table. */
    private static final class Session {
        private final String source;
        private final Options options;
        private final Consumer<? super DisclosureItem> sink;
        private final List<CsvProblem> problems = new ArrayList<>();
        private long omitted;
        private Charset charset = StandardCharsets.UTF_8;
        private String title = "";
        private long rows;
        private long preamble;
        private long headers;
        private long blanks;
        private long kept;
        private long rejected;
        private long line;
        private Columns columns;
        private DisclosureItem previous;
        private boolean rowHasError;

        Session(String source, Options options, Consumer<? super DisclosureItem> sink) {
            this.source = Objects.requireNonNullElse(source, "CSV");
            this.options = Objects.requireNonNull(options, "options");
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        CsvSummary summary() {
            return new CsvSummary(source, charset, rows, preamble, headers, blanks, kept, rejected, problems,
                    omitted);
        }

        void run(InputStream raw) {
            Objects.requireNonNull(raw, "in");
            BufferedInputStream in = new BufferedInputStream(raw, DETECT_BYTES);
            try {
                charset = options.charset();
                if (charset == null) {
                    in.mark(DETECT_BYTES);
                    byte[] sample = in.readNBytes(DETECT_BYTES);
                    in.reset();
                    charset = detectCharset(sample, sample.length);
                }
                java.io.PushbackReader reader = new java.io.PushbackReader(new InputStreamReader(in,
                        charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1);
                int first = reader.read();
                if (first >= 0 && first != '\uFEFF') {
                    reader.unread(first); // a byte-order mark is no part of the first cell
                }
                try (CsvParser p = CSV.createParser(reader)) {
                    p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                    p.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
                    loop(p);
                }
            } catch (CatalogCsvException e) {
                throw e;
            } catch (IOException e) {
                CsvProblem pr = new CsvProblem(source, rows + 1, line, 0, "", "",
                        "the CSV cannot be read: " + e.getMessage(), CsvProblem.Severity.ERROR);
                throw new CatalogCsvException(pr, e);
            }
        }

        private List<String> nextRow(CsvParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY && p.getParsingContext().getParent().inRoot()) {
                t = p.nextToken(); // WRAP_AS_ARRAY wraps the whole table in one array: step into it
            }
            if (t != JsonToken.START_ARRAY) {
                return null; // the wrapping array's end, or the end of input
            }
            line = p.currentLocation().getLineNr();
            List<String> row = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                String v = p.getText();
                row.add(v == null ? "" : v);
            }
            rows++;
            return row;
        }

        private static boolean blank(List<String> row) {
            for (String c : row) {
                if (!ChineseText.isBlank(c)) {
                    return false;
                }
            }
            return true;
        }

        private void loop(CsvParser p) throws IOException {
            List<String> row;
            List<String> pendingTop = null;
            while ((row = nextRow(p)) != null) {
                if (columns == null && pendingTop == null) {
                    if (blank(row)) {
                        blanks++;
                    } else if (Columns.isHeaderRow(row)) {
                        headers++;
                        pendingTop = row;
                    } else {
                        preamble++;
                        if (title.isEmpty() && nonBlankCells(row) == 1) {
                            title = Cells.unescape(firstNonBlank(row));
                        }
                        if (rows >= 50) {
                            throw new CatalogCsvException(new CsvProblem(source, rows, line, 0, "", "",
                                    "no header row (公开事项, 公开内容, 公开依据 …) in the first 50 rows",
                                    CsvProblem.Severity.ERROR), null);
                        }
                    }
                    continue;
                }
                if (columns == null) {
                    if (Columns.isSubHeaderRow(pendingTop, row)) {
                        headers++;
                        columns = Columns.of(pendingTop, row);
                        pendingTop = null;
                        continue;
                    }
                    columns = Columns.of(pendingTop, null);
                    pendingTop = null;
                }
                if (blank(row)) {
                    blanks++;
                } else if (columns.isRepeatedHeader(row)) {
                    headers++;
                } else {
                    dataRow(row);
                }
            }
            if (columns == null && pendingTop != null) {
                columns = Columns.of(pendingTop, null);
            }
            if (columns == null) {
                throw new CatalogCsvException(new CsvProblem(source, rows, line, 0, "", "",
                        "no header row (公开事项, 公开内容, 公开依据 …) found", CsvProblem.Severity.ERROR), null);
            }
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

        private void problem(int column, String header, String cell, String message, CsvProblem.Severity sev) {
            CsvProblem pr = new CsvProblem(source, rows, line, column, header, cell, message, sev);
            if (sev == CsvProblem.Severity.ERROR) {
                rowHasError = true;
                if (options.stopOnError()) {
                    throw new CatalogCsvException(pr, null);
                }
            }
            if (problems.size() < options.maxProblems()) {
                problems.add(pr);
            } else {
                omitted++;
            }
        }

        private void dataRow(List<String> row) {
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
                String raw = col.index() < row.size() ? row.get(col.index()) : "";
                String cell = Cells.unescape(raw);
                boolean same = Cells.isSameAsAbove(cell);
                if (same && previous == null && col.role() != Role.EXTRA) {
                    problem(col.index() + 1, col.header(), cell, "同上 in the first row: nothing above to take; "
                            + "kept as written", CsvProblem.Severity.WARNING);
                    same = false;
                }
                switch (col.role()) {
                    case SERIAL -> b.serialNumber(cell);
                    case DOMAIN -> {
                        if (same) {
                            domain = previous.domain();
                            inherited.add(ItemElement.DOMAIN);
                        } else if (ChineseText.isBlank(cell) && options.inheritBlankMergedCells() && previous != null) {
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
                            categoryBlank = ChineseText.isBlank(cell);
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
                            channels.addAll(Cells.channels(cell));
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
                                        + "extras under its header", CsvProblem.Severity.WARNING);
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
                                            + "in extras under its header", CsvProblem.Severity.WARNING);
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
                                        + "its header", CsvProblem.Severity.WARNING);
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
                                        + "extras under its header", CsvProblem.Severity.WARNING);
                            }
                            stages.addAll(found);
                        }
                    }
                    case EXTRA -> {
                        if (!cell.isEmpty()) {
                            b.putExtra(col.header(), cell);
                        }
                    }
                    default -> throw new IllegalStateException(col.role().name());
                }
            }
            // cells beyond the header's width are kept, not dropped
            for (int i = columns.columns.size(); i < row.size(); i++) {
                String cell = row.get(i);
                if (!cell.isEmpty()) {
                    String key = "column " + (i + 1);
                    b.putExtra(key, Cells.unescape(cell));
                    problem(i + 1, "", cell, "cell beyond the header's columns; kept in extras as \"" + key + "\"",
                            CsvProblem.Severity.WARNING);
                }
            }
            if (categoryBlank && !ChineseText.isBlank(item) && options.inheritBlankMergedCells() && previous != null
                    && !previous.name().category().isEmpty()) {
                // 一级事项 merged over several rows: exported blank below its first row
                category = previous.name().category();
                nameInherited = true;
            }
            if (nameInherited) {
                inherited.add(ItemElement.NAME);
            }
            if (domain == null) {
                domain = options.defaultDomain();
            }
            ItemName name = new ItemName(category, item, subItem);
            DisclosureItem.Builder built = b.domain(domain).name(name).channels(channels).audiences(audiences)
                    .specificGroup(specificGroup).methods(methods).levels(levels).stages(stages).inherited(inherited);
            DisclosureItem result = built.build();
            if (name.isEmpty() && ChineseText.isBlank(result.content())) {
                problem(0, "", String.join(" | ", row), "not an item: no 公开事项 and no 公开内容 (a title or note "
                        + "row inside the table?)", CsvProblem.Severity.ERROR);
            }
            if (rowHasError) {
                rejected++;
                return;
            }
            kept++;
            previous = result;
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
                    + "header", CsvProblem.Severity.WARNING);
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
}
