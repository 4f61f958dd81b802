package org.gongkai.deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * The scanner behind {@link DeadlinePhrases#read(CharSequence)}: one instance per call, over the normalised
 * characters of the phrase. Steps: cut the statutory fallback clause; split into parts at ; 。 and 其中; within a
 * part, split at commas and join each piece without a deadline (a trigger written before a comma) to the piece
 * after it; split a piece where a second rule follows a window with no separator (…20个工作日内自该信息…); read
 * each segment. Pieces without a deadline after the last rule, and parts that cannot be read beside parts that
 * can, are kept as the note (no number, time word or trigger) or as unread text (the reading is partial).
 *
 * <p>Linear in the input: every step is a bounded number of passes over its region, and the raw text of a region
 * is cut through the normaliser's position map in O(1) (reliability audit D2). Package-private.
 */
final class PhraseParser {

    private static final int T_NONE = 0;
    private static final int T_WORKING_DAY = 1;
    private static final int T_DAY = 2;
    private static final int T_WEEK = 3;
    private static final int T_MONTH = 4;
    private static final int T_QUARTER = 5;
    private static final int T_HALF_YEAR = 6;
    private static final int T_YEAR = 7;
    private static final int T_FIXED_DATE = 8;
    private static final int T_MONTH_END = 9;
    private static final int T_COUNT = 10;
    private static final int T_HOUR = 11;

    private static final String[] KEYWORDS = {"及时", "实时", "长期", "永久", "同上", "按进展", "每", "依申请"};
    private static final String[] CONNECTORS = {"之日起", "之日以后", "之日后", "之日", "之后", "以后", "以来", "后", "起"};
    private static final String[] MINIMUM_WORDS = {"不得少于", "不少于", "至少"};
    private static final String[] SCOPE_NOUNS = {"信息", "内容", "事项"};
    private static final String[] TAIL_VERBS = {"予以公开", "公开", "公示", "公布"};
    private static final String REASON_ADVANCE = "advance notice before an event (提前…): the deadline runs before an "
            + "event, which no rule class expresses";
    private static final String REASON_NOTHING = "no number of days, date, frequency or known keyword "
            + "(及时, 实时, 长期, 永久, 同上)";

    private final String source;
    private final char[] b;
    /** pos[k]: the index in {@link #source} of normalised character k. */
    private final int[] pos;
    private List<String> notes;
    private List<String> unread;

    // The last token found by findToken.
    private int tStart;
    private int tEnd;
    private int tAmount;
    private int tDay;
    // Which of the rare characters that start a search the phrase holds at all (scanMarks): a search for a word the
    // phrase cannot contain is skipped, and the common phrase holds none of them.
    private static final int M_COLON = 1;
    private static final int M_TI = 1 << 1;
    private static final int M_MEI = 1 << 2;
    private static final int M_CI = 1 << 3;
    private static final int M_LING = 1 << 4;
    private static final int M_CONG = 1 << 5;
    private int marks;
    // The memo of findToken: the last region scanned [mFrom, mTo) and what it found.
    private int mFrom = -1;
    private int mTo = -1;
    private int mType;
    private int mStart;
    private int mEnd;
    private int mAmount;
    private int mDay;
    // The scope found by the last parseSegment call ("" when none).
    private String scope = "";

    private PhraseParser(String source, char[] b, int[] pos) {
        this.source = source;
        this.b = b;
        this.pos = pos;
    }

    private static final List<String> NONE = List.of();

    /** Reads a phrase, with the round-trip guard of {@link #guard}. */
    static DeadlineReading read(CharSequence text) {
        DeadlineReading reading = readUnguarded(text);
        DeadlineRule rule = reading.rule();
        if (rule instanceof Unrecognized || !needsGuard(rule)) {
            return reading;
        }
        DeadlineRule back = readUnguarded(DeadlinePhrases.format(rule)).rule();
        if (back.equivalent(rule)) {
            return reading;
        }
        return new DeadlineReading(new Unrecognized(rule.source(), "the text reads as " + rule.kind()
                + " but that rule is written back as '" + DeadlinePhrases.format(rule) + "', which reads otherwise: "
                + "an unusual trigger or scope"), "", NONE);
    }

    /**
     * The round trip {@code parse(format(r))} is checked for every rule except the common shapes that are known
     * to survive it (a window or an immediate rule whose trigger is shared from the vocabulary's constants or none,
     * after the event, no scope, a modest number): reliability audit D3.
     */
    private static boolean needsGuard(DeadlineRule rule) {
        if (rule instanceof WorkingDayWindow w) {
            return w.direction() != Direction.AFTER || w.amount() >= 100_000 || !Triggers.isShared(w.trigger());
        }
        if (rule instanceof CalendarWindow w) {
            return w.direction() != Direction.AFTER || w.amount() >= 100_000 || !Triggers.isShared(w.trigger());
        }
        if (rule instanceof Immediate i) {
            return !Triggers.isShared(i.trigger());
        }
        if (rule instanceof Standing || rule instanceof SameAsAbove || rule instanceof OnRequest) {
            return false;
        }
        if (rule instanceof Compound c) {
            for (Compound.Part p : c.parts()) {
                if (needsGuard(p.rule()) || !plainScope(p.scope())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * True for a scope that {@code format} writes as "scope：" and the parser reads back as the same scope: CJK
     * ideographs and 、 only, no numeral, and none of the words that split or classify a part (其中, 另有规定,
     * 从其规定, 提前, 同上).
     */
    private static boolean plainScope(String scope) {
        int len = scope.length();
        for (int i = 0; i < len; i++) {
            char c = scope.charAt(i);
            if (c == '、' && i > 0) {
                continue;
            }
            if (c < 0x4E00 || c >= 0xA000 || isChineseNumeral(c) || c == '每' || c == '次') {
                return false;
            }
        }
        return !scope.contains("其中") && !scope.contains("规定") && !scope.contains("提前") && !scope.contains("同上");
    }

    private static DeadlineReading readUnguarded(CharSequence text) {
        if (text == null) {
            return new DeadlineReading(new Unrecognized("", "no text (null)"), "", NONE);
        }
        String source = text.toString();
        char[] b = new char[source.length()];
        int[] pos = new int[source.length()];
        int n = PhraseNormalizer.normalize(source, b, pos);
        try {
            PhraseParser p = new PhraseParser(source, b, pos);
            DeadlineRule rule = p.parseAll(n);
            if (rule instanceof Unrecognized) {
                return new DeadlineReading(rule, "", NONE);
            }
            return new DeadlineReading(rule, p.notes == null ? "" : String.join("；", p.notes),
                    p.unread == null ? NONE : p.unread);
        } catch (RuntimeException e) {
            // Safety net: parsing never throws on text. Not reached by any phrase in the tests.
            return new DeadlineReading(new Unrecognized(source, "parser error: " + e), "", NONE);
        }
    }

    static DeadlineRule parse(CharSequence text) {
        return read(text).rule();
    }

    private DeadlineRule parseAll(int n) {
        int end = trimEnd(0, n);
        int start = trimStart(0, end);
        if (start >= end) {
            return new Unrecognized(source, "empty text");
        }
        boolean fallback = false;
        scanMarks(start, end);
        int fb = (marks & M_LING) != 0 ? Scan.indexOf(b, start, end, "另有规定") : -1;
        if (fb < 0 && (marks & M_CONG) != 0) {
            fb = Scan.indexOf(b, start, end, "从其规定");
        }
        if (fb >= 0) {
            int clause = start;
            for (int i = fb - 1; i >= start; i--) {
                char c = b[i];
                if (c == ',' || c == ';' || c == '。' || c == '.' || c == '(') {
                    clause = i + 1;
                    break;
                }
            }
            int clauseEnd = end;
            for (int i = fb; i < end; i++) {
                if (b[i] == ';' || b[i] == '。') {
                    clauseEnd = i;
                    break;
                }
            }
            int bodyEnd = trimEnd(start, clause);
            int after = trimStart(clauseEnd, end);
            if (bodyEnd <= start && after >= end) {
                return new Unrecognized(source, "only the statutory fallback clause (另有规定), no deadline");
            }
            fallback = true;
            if (after >= end) {
                end = bodyEnd;
            } else {
                // Text after the clause is read too: the clause itself becomes separators.
                for (int i = clause; i < clauseEnd; i++) {
                    b[i] = ';';
                }
                start = trimStart(start, end);
            }
        }
        if (Scan.regionEquals(b, start, end, "同上")) {
            return new SameAsAbove(source);
        }

        int[] segs = new int[8];
        int count = 0;
        int partStart = start;
        for (int i = start; i <= end; i++) {
            boolean boundary = i == end || b[i] == ';' || b[i] == '。'
                    || (i > partStart && i + 1 < end && b[i] == '其' && b[i + 1] == '中');
            if (!boundary) {
                continue;
            }
            // Pieces of the part [partStart, i) at commas.
            int pending = -1;
            int added = 0;
            int pieceStart = partStart;
            for (int j = partStart; j <= i; j++) {
                if (j < i && b[j] != ',') {
                    continue;
                }
                if (j > pieceStart) {
                    // A part without commas is one piece, and a segment whether or not it holds a rule's core: the
                    // core test only decides how pieces join, so it is skipped there (the common cell, and a saving
                    // of a scan per phrase).
                    boolean wholePart = pieceStart == partStart && j == i;
                    if (wholePart || hasCore(pieceStart, j)) {
                        int from = pending >= 0 ? pending : pieceStart;
                        for (int cut = nextCut(pieceStart, j); cut > 0; cut = nextCut(cut, j)) {
                            if (count + 2 > segs.length) {
                                segs = java.util.Arrays.copyOf(segs, segs.length * 2);
                            }
                            segs[count++] = from;
                            segs[count++] = cut;
                            from = cut;
                        }
                        if (count + 2 > segs.length) {
                            segs = java.util.Arrays.copyOf(segs, segs.length * 2);
                        }
                        segs[count++] = from;
                        segs[count++] = j;
                        pending = -1;
                        added++;
                    } else if (pending < 0) {
                        pending = pieceStart;
                    }
                }
                pieceStart = j + 1;
            }
            if (pending >= 0 && added == 0) {
                if (count + 2 > segs.length) {
                    segs = java.util.Arrays.copyOf(segs, segs.length * 2);
                }
                segs[count++] = pending;
                segs[count++] = i;
            } else if (pending >= 0) {
                leftover(pending, i);
            }
            partStart = b.length > i && i < end && b[i] == '其' ? i : i + 1;
        }
        // Drop segments that are only punctuation.
        int parts = 0;
        for (int k = 0; k < count; k += 2) {
            if (trimStart(segs[k], trimEnd(segs[k], segs[k + 1])) < trimEnd(segs[k], segs[k + 1])) {
                segs[parts * 2] = segs[k];
                segs[parts * 2 + 1] = segs[k + 1];
                parts++;
            }
        }
        if (parts == 0) {
            return new Unrecognized(source, REASON_NOTHING);
        }
        if (parts == 1) {
            return parseSegment(segs[0], segs[1], source, fallback);
        }
        List<Compound.Part> list = new ArrayList<>(parts);
        String firstReason = null;
        for (int k = 0; k < parts; k++) {
            String partSource = rawText(segs[2 * k], segs[2 * k + 1]);
            DeadlineRule rule = parseSegment(segs[2 * k], segs[2 * k + 1], partSource, false);
            if (rule instanceof SameAsAbove) {
                return new Unrecognized(source, "part " + (k + 1) + ": 同上 inside a compound phrase");
            }
            if (rule instanceof Unrecognized u) {
                if (firstReason == null) {
                    firstReason = "part " + (k + 1) + " '" + partSource + "': " + u.reason();
                }
                leftover(segs[2 * k], segs[2 * k + 1]);
                continue;
            }
            list.add(new Compound.Part(scope, rule));
        }
        if (list.isEmpty()) {
            return new Unrecognized(source, firstReason);
        }
        if (list.size() == 1) {
            Compound.Part only = list.get(0);
            DeadlineRule rule = only.rule();
            return fallback ? withFallback(rule, source) : rule.withSource(source);
        }
        return new Compound(list, fallback, source);
    }

    /** Sets {@link #marks}: one pass over the phrase for : 提 每 次 另 从. */
    private void scanMarks(int s, int e) {
        int m = 0;
        for (int i = s; i < e; i++) {
            switch (b[i]) {
                case ':' -> m |= M_COLON;
                case '提' -> m |= M_TI;
                case '每' -> m |= M_MEI;
                case '次' -> m |= M_CI;
                case '另' -> m |= M_LING;
                case '从' -> m |= M_CONG;
                default -> {
                }
            }
        }
        marks = m;
    }

    /** Reads one segment; leaves the scope it found (or "") in {@link #scope}. */
    private DeadlineRule parseSegment(int s, int e, String src, boolean fallback) {
        scope = "";
        s = skipNumbering(s, e);
        if (Scan.startsWith(b, s, e, "其中")) {
            s += 2;
        }
        e = trimEnd(s, e);
        s = trimStart(s, e);
        if (s >= e) {
            return new Unrecognized(src, "empty part");
        }
        if (Scan.regionEquals(b, s, e, "同上")) {
            return new SameAsAbove(src);
        }
        int colon = (marks & M_COLON) != 0 ? Scan.indexOf(b, s, e, ':') : -1;
        if (colon > s) {
            scope = new String(b, s, colon - s);
            s = colon + 1;
        }
        int advance = (marks & M_TI) != 0 ? Scan.indexOf(b, s, e, "提前") : -1;
        int type = findToken(advance >= 0 ? advance + 2 : s, e);
        if (Scan.startsWith(b, s, e, "依申请") && (type == T_NONE || type == T_COUNT)) {
            return new OnRequest(fallback, src);
        }
        if (advance >= 0) {
            if (type < T_WORKING_DAY || type > T_YEAR) {
                return new Unrecognized(src, REASON_ADVANCE);
            }
            return window(s, e, type, src, fallback, advance);
        }
        if (type == T_HOUR) {
            return new Unrecognized(src, "a window in hours (小时), which no rule class expresses");
        }
        if (type == T_FIXED_DATE || type == T_MONTH_END) {
            int month = tAmount;
            int day = type == T_MONTH_END ? 0 : tDay;
            if (month < 1 || month > 12 || (type == T_FIXED_DATE
                    && (day < 1 || day > java.time.Month.of(month).maxLength()))) {
                return new Unrecognized(src, "no such date: month " + month + " day " + day);
            }
            boolean everyYear = Scan.contains(b, s, tStart, "每年");
            return new FixedDate(month, day, type == T_MONTH_END, everyYear, fallback, src);
        }
        DeadlineRule periodic = periodic(s, e, type, src, fallback);
        if (periodic != null) {
            return periodic;
        }
        if (type >= T_WORKING_DAY && type <= T_YEAR) {
            return window(s, e, type, src, fallback, -1);
        }
        return noNumber(s, e, src, fallback);
    }

    /**
     * A window whose token was found by the last findToken; {@code advance} is the index of 提前 (a window before an
     * unnamed event), or -1.
     */
    private DeadlineRule window(int s, int e, int type, String src, boolean fallback, int advance) {
        int amount = tAmount;
        int start = tStart;
        int after = tEnd;
        Direction direction = Direction.AFTER;
        if (advance >= 0) {
            direction = Direction.BEFORE;
        } else if (after < e && b[after] == '前') {
            direction = Direction.BEFORE;
            after++;
        } else if (Scan.startsWith(b, after, e, "之前") || Scan.startsWith(b, after, e, "以前")) {
            direction = Direction.BEFORE;
            after += 2;
        }
        int eventEnd = advance >= 0 ? advance : start;
        if (direction == Direction.AFTER && start - s > 1 && b[start - 1] == '前' && !isMinimum(s, start)) {
            // 听证会召开前5个工作日: the event, then 前, then the window.
            direction = Direction.BEFORE;
            eventEnd = start - 1;
        }
        if (direction == Direction.BEFORE) {
            tailCheck(after, e);
            Trigger event = headTrigger(s, eventEnd);
            if (type == T_WORKING_DAY) {
                return new WorkingDayWindow(amount, event, Direction.BEFORE, fallback, src);
            }
            return new CalendarWindow(type == T_HALF_YEAR ? 6 * amount : amount, calendarUnit(type), event,
                    Direction.BEFORE, fallback, src);
        }
        tailCheck(after, e);
        int he = start;
        boolean atLeast = false;
        for (String min : MINIMUM_WORDS) {
            if (Scan.endsWith(b, s, he, min)) {
                he -= min.length();
                atLeast = true;
                break;
            }
        }
        PublicityPurpose purpose = null;
        if (Scan.endsWith(b, s, he, "公示") || Scan.endsWith(b, s, he, "公示期") || Scan.endsWith(b, s, he, "公示期限")
                || Scan.endsWith(b, s, he, "公示时间")) {
            purpose = PublicityPurpose.PUBLICITY;
        } else if (Scan.contains(b, s, he, "征求意见")) {
            purpose = PublicityPurpose.CONSULTATION;
        }
        if (purpose != null) {
            if (type != T_WORKING_DAY && type != T_DAY) {
                return new Unrecognized(src, "a publicity period not counted in days");
            }
            return new PublicityPeriod(purpose, amount, type == T_WORKING_DAY ? PeriodUnit.WORKING_DAY : PeriodUnit.DAY,
                    atLeast, fallback, src);
        }
        Trigger trigger = headTrigger(s, he);
        return switch (type) {
            case T_WORKING_DAY -> new WorkingDayWindow(amount, trigger, fallback, src);
            case T_DAY -> new CalendarWindow(amount, PeriodUnit.DAY, trigger, fallback, src);
            case T_WEEK -> new CalendarWindow(amount, PeriodUnit.WEEK, trigger, fallback, src);
            case T_MONTH -> new CalendarWindow(amount, PeriodUnit.MONTH, trigger, fallback, src);
            case T_QUARTER -> new CalendarWindow(amount, PeriodUnit.QUARTER, trigger, fallback, src);
            case T_HALF_YEAR -> new CalendarWindow(6 * amount, PeriodUnit.MONTH, trigger, fallback, src);
            default -> new CalendarWindow(amount, PeriodUnit.YEAR, trigger, fallback, src);
        };
    }

    private boolean isMinimum(int s, int he) {
        for (String min : MINIMUM_WORDS) {
            if (Scan.endsWith(b, s, he, min)) {
                return true;
            }
        }
        return false;
    }

    private static PeriodUnit calendarUnit(int type) {
        return switch (type) {
            case T_DAY -> PeriodUnit.DAY;
            case T_WEEK -> PeriodUnit.WEEK;
            case T_MONTH, T_HALF_YEAR -> PeriodUnit.MONTH;
            case T_QUARTER -> PeriodUnit.QUARTER;
            default -> PeriodUnit.YEAR;
        };
    }

    private static DeadlineRule withFallback(DeadlineRule r, String source) {
        if (r instanceof WorkingDayWindow w) {
            return new WorkingDayWindow(w.amount(), w.trigger(), w.direction(), true, source);
        } else if (r instanceof CalendarWindow w) {
            return new CalendarWindow(w.amount(), w.unit(), w.trigger(), w.direction(), true, source);
        } else if (r instanceof Immediate im) {
            return new Immediate(im.immediacy(), im.trigger(), true, source);
        } else if (r instanceof Standing st) {
            return new Standing(st.permanent(), st.dynamicallyAdjusted(), true, source);
        } else if (r instanceof PublicityPeriod pp) {
            return new PublicityPeriod(pp.purpose(), pp.amount(), pp.unit(), pp.atLeast(), true, source);
        } else if (r instanceof FixedDate d) {
            return new FixedDate(d.month(), d.day(), d.monthEnd(), d.everyYear(), true, source);
        } else if (r instanceof Periodic pe) {
            return new Periodic(pe.unit(), pe.times(), pe.atLeast(), true, source);
        } else if (r instanceof OnRequest) {
            return new OnRequest(true, source);
        }
        return r.withSource(source);
    }

    /**
     * The end of the first rule of {@code [s, e)} when a second rule follows it with no separator (…20个工作日内
     * 自该信息形成…20个工作日内, …10个工作日内公示7个工作日), else -1. The first rule ends after its window (内, 以内,
     * 前) and a verb (公开, 予以公开 …) unless a number follows the verb.
     */
    private int nextCut(int s, int e) {
        int saveStart = tStart;
        int saveEnd = tEnd;
        int saveAmount = tAmount;
        int saveDay = tDay;
        try {
            int t = findToken(s, e);
            if (t < T_WORKING_DAY || t > T_YEAR || Scan.indexOf(b, s, tEnd, '每') >= 0) {
                return -1; // only the region up to the token is looked at: the cuts stay linear in the piece
            }
            int k = tEnd;
            if (Scan.startsWith(b, k, e, "以内") || Scan.startsWith(b, k, e, "之前") || Scan.startsWith(b, k, e, "以前")) {
                k += 2;
            } else if (k < e && (b[k] == '内' || b[k] == '前')) {
                k++;
            } else {
                return -1;
            }
            int next = scanToken(k, e);
            if (next < T_WORKING_DAY || next > T_MONTH_END) {
                return -1;
            }
            for (String v : CUT_VERBS) {
                if (Scan.startsWith(b, k, e, v)) {
                    int after = k + v.length();
                    if (after < e && !isDigit(b[after]) && !isChineseNumeral(b[after])) {
                        k = after;
                    }
                    break;
                }
            }
            return k < e ? k : -1;
        } finally {
            tStart = saveStart;
            tEnd = saveEnd;
            tAmount = saveAmount;
            tDay = saveDay;
        }
    }

    private static final String[] CUT_VERBS = {"予以公开", "及时公开", "公开", "公示", "公布", "公告"};

    /** Text after a window that carries a number, a time word or a trigger is unread (the reading is partial). */
    private void tailCheck(int from, int e) {
        if (from < e && carries(from, e)) {
            addUnread(from, e);
        }
    }

    /** A piece the rule does not express: unread when it carries a deadline's words, else a note. */
    private void leftover(int s, int e) {
        int e2 = trimEnd(s, e);
        int s2 = trimStart(s, e2);
        if (s2 >= e2) {
            return;
        }
        if (carries(s2, e2)) {
            addUnread(s2, e2);
        } else {
            if (notes == null) {
                notes = new ArrayList<>(2);
            }
            notes.add(rawText(s2, e2));
        }
    }

    private void addUnread(int s, int e) {
        if (unread == null) {
            unread = new ArrayList<>(2);
        }
        String raw = rawText(s, e);
        if (!raw.isEmpty()) {
            unread.add(raw);
        }
    }

    /** True when {@code [s, e)} has a digit, a time word (日 天 周 月 年 季 时 长期 永久 每) or a trigger. */
    private boolean carries(int s, int e) {
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (isDigit(c)) {
                return true;
            }
            switch (c) {
                case '日', '天', '周', '月', '年', '季', '每':
                    return true;
                case '时':
                    if (i == s || b[i - 1] != '及') {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return Scan.contains(b, s, e, "长期") || Scan.contains(b, s, e, "永久") || Scan.contains(b, s, e, "依申请")
                || Triggers.kindOf(b, s, e) != TriggerKind.OTHER;
    }

    /** 每季度, 每半年至少更新1次, 半年至少更新1次; null when the segment is not a frequency. */
    private DeadlineRule periodic(int s, int e, int firstType, String src, boolean fallback) {
        int every = (marks & M_MEI) != 0 ? Scan.indexOf(b, s, e, '每') : -1;
        if (every < 0 && ((marks & M_CI) == 0 || Scan.indexOf(b, s, e, '次') < 0)) {
            return null; // neither 每 nor a count: not a frequency (the common case, decided in one pass)
        }
        PeriodUnit unit = null;
        if (every >= 0) {
            int u = every + 1;
            if (u < e && b[u] == '个') {
                u++;
            }
            unit = periodicUnitAt(u, e);
        }
        int times = 1;
        boolean hasCount = false;
        int save = tStart;
        int saveEnd = tEnd;
        int saveAmount = tAmount;
        int saveDay = tDay;
        for (int from = s; from < e; ) {
            int t = findToken(from, e);
            if (t == T_NONE) {
                break;
            }
            if (t == T_COUNT) {
                hasCount = true;
                times = tAmount;
                break;
            }
            from = tEnd;
        }
        if (unit == null && hasCount && firstType >= T_DAY && firstType <= T_YEAR && saveAmount == 1) {
            unit = switch (firstType) {
                case T_DAY -> PeriodUnit.DAY;
                case T_WEEK -> PeriodUnit.WEEK;
                case T_MONTH -> PeriodUnit.MONTH;
                case T_QUARTER -> PeriodUnit.QUARTER;
                case T_HALF_YEAR -> PeriodUnit.HALF_YEAR;
                default -> PeriodUnit.YEAR;
            };
        }
        tStart = save;
        tEnd = saveEnd;
        tAmount = saveAmount;
        tDay = saveDay;
        if (unit == null) {
            return null;
        }
        boolean atLeast = Scan.contains(b, s, e, "至少") || Scan.contains(b, s, e, "不少于");
        return new Periodic(unit, times, atLeast, fallback, src);
    }

    private PeriodUnit periodicUnitAt(int u, int e) {
        if (u >= e) {
            return null;
        }
        if (Scan.startsWith(b, u, e, "半年")) {
            return PeriodUnit.HALF_YEAR;
        }
        if (Scan.startsWith(b, u, e, "季")) {
            return PeriodUnit.QUARTER;
        }
        if (Scan.startsWith(b, u, e, "星期") || b[u] == '周') {
            return PeriodUnit.WEEK;
        }
        return switch (b[u]) {
            case '月' -> PeriodUnit.MONTH;
            case '年' -> PeriodUnit.YEAR;
            case '日', '天' -> PeriodUnit.DAY;
            default -> null;
        };
    }

    /** Segments without a number of days: 征求意见…30… (unit cut off), 按进展情况, 实时, 长期/永久, 及时, …时. */
    private DeadlineRule noNumber(int s, int e, String src, boolean fallback) {
        if (Scan.contains(b, s, e, "征求意见")) {
            int d = s;
            while (d < e && !isDigit(b[d])) {
                d++;
            }
            if (d < e) {
                int v = 0;
                int j = d;
                while (j < e && isDigit(b[j]) && v < 100_000) {
                    v = v * 10 + (b[j++] - '0');
                }
                if (v > 0) {
                    // The unit was cut off at the cell edge (不得少于30…); the consultation period of the
                    // 国有土地上房屋征收与补偿条例 Art. 10 is counted in days.
                    boolean atLeast = Scan.contains(b, s, d, "少于") || Scan.contains(b, s, d, "至少");
                    return new PublicityPeriod(PublicityPurpose.CONSULTATION, v, PeriodUnit.DAY, atLeast, fallback,
                            src);
                }
            }
        }
        if (Scan.contains(b, s, e, "按进展")) {
            return new Immediate(Immediacy.AS_PROGRESS, Trigger.UNSPECIFIED, fallback, src);
        }
        if (Scan.contains(b, s, e, "实时")) {
            return new Immediate(Immediacy.REAL_TIME, Trigger.UNSPECIFIED, fallback, src);
        }
        if (Scan.contains(b, s, e, "长期") || Scan.contains(b, s, e, "永久")) {
            return new Standing(Scan.contains(b, s, e, "永久"), Scan.contains(b, s, e, "动态"), fallback, src);
        }
        int k = Scan.indexOf(b, s, e, "及时");
        if (k >= 0) {
            return new Immediate(Immediacy.TIMELY, headTrigger(s, k), fallback, src);
        }
        int te = stripTailVerbs(s, e);
        if (te > s && b[te - 1] == '时') {
            int hs = s;
            while (hs < te - 1 && (b[hs] == '在' || b[hs] == '于')) {
                hs++;
            }
            Trigger trigger = headTrigger(hs, te - 1);
            if (trigger.kind() != TriggerKind.UNSPECIFIED) {
                return new Immediate(Immediacy.AT_EVENT, trigger, fallback, src);
            }
        }
        return new Unrecognized(src, REASON_NOTHING);
    }

    /**
     * The trigger written in {@code [hs, he)}: strips connectors (之日起, 后 …) and a leading 自/从, and splits off
     * a scope written before 在/自 (执法决定信息在决定作出, 行政处罚事项应自作出行政决定) or as 其他…信息.
     */
    private Trigger headTrigger(int hs, int he) {
        boolean stripped = true;
        while (stripped && he > hs) {
            stripped = false;
            if (b[he - 1] == ',' || b[he - 1] == '的') {
                he--;
                stripped = true;
                continue;
            }
            for (String c : CONNECTORS) {
                if (Scan.endsWith(b, hs, he, c)) {
                    he -= c.length();
                    stripped = true;
                    break;
                }
            }
        }
        while (hs < he && (isFrom(hs, he) || b[hs] == '从' || b[hs] == '于' || b[hs] == '在')) {
            hs++;
        }
        int k = -1;
        for (int i = hs + 1; i < he; i++) {
            if (isFrom(i, he) || b[i] == '在') {
                k = i;
                break;
            }
        }
        if (k > hs) {
            int se = k;
            if (Scan.endsWith(b, hs, se, "应当")) {
                se -= 2;
            } else if (Scan.endsWith(b, hs, se, "应")) {
                se -= 1;
            }
            se = trimEnd(hs, se);
            if (scope.isEmpty() && se > hs) {
                scope = new String(b, hs, se - hs);
            }
            hs = k + 1;
        } else if (Scan.startsWith(b, hs, he, "其他")) {
            int idx = -1;
            for (String word : SCOPE_NOUNS) {
                int w = Scan.indexOf(b, hs, he, word);
                if (w >= 0 && (idx < 0 || w < idx)) {
                    idx = w;
                }
            }
            if (idx >= 0 && idx + 2 < he) {
                if (scope.isEmpty()) {
                    scope = new String(b, hs, idx + 2 - hs);
                }
                hs = idx + 2;
            }
        }
        return Triggers.classify(b, hs, he);
    }

    /** 自 meaning "from", not the 自 of 自然, 自治, 自行. */
    private boolean isFrom(int i, int e) {
        if (b[i] != '自') {
            return false;
        }
        if (i + 1 < e) {
            char n = b[i + 1];
            return n != '然' && n != '治' && n != '行' && n != '身' && n != '主';
        }
        return true;
    }

    private boolean hasCore(int s, int e) {
        if (findToken(s, e) != T_NONE) {
            return true;
        }
        for (String k : KEYWORDS) {
            if (Scan.contains(b, s, e, k)) {
                return true;
            }
        }
        int te = stripTailVerbs(s, trimEnd(s, e));
        if (te > s && b[te - 1] == '时') {
            return true;
        }
        if (Scan.contains(b, s, e, "征求意见")) {
            for (int i = s; i < e; i++) {
                if (isDigit(b[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    private int stripTailVerbs(int s, int e) {
        for (String v : TAIL_VERBS) {
            if (Scan.endsWith(b, s, e, v)) {
                return e - v.length();
            }
        }
        return e;
    }

    /**
     * Finds the first number followed by a unit in {@code [s, e)}; sets tStart, tEnd (after the unit), tAmount and,
     * for M月D日, tDay.
     *
     * @return the token type, {@link #T_NONE} when there is none
     */
    private int findToken(int s, int e) {
        if (e == mTo && s >= mFrom && (mType == T_NONE || s <= mStart)
                && (s == mFrom || !isDigit(b[s - 1]) && !isChineseNumeral(b[s - 1]) && b[s - 1] != '第')) {
            // The scan from mFrom is in step with one from s (no number runs across s, no ordinal 第 before it) and
            // found nothing before s: the answer is the same (hasCore, nextCut and parseSegment ask for one piece).
            tStart = mStart;
            tEnd = mEnd;
            tAmount = mAmount;
            tDay = mDay;
            return mType;
        }
        int type = scanToken(s, e);
        mFrom = s;
        mTo = e;
        mType = type;
        mStart = tStart;
        mEnd = tEnd;
        mAmount = tAmount;
        mDay = tDay;
        return type;
    }

    /** {@link #findToken} without the memo. */
    private int scanToken(int s, int e) {
        for (int i = s; i < e; i++) {
            char c = b[i];
            boolean digit = isDigit(c);
            if (!digit && !isChineseNumeral(c)) {
                continue;
            }
            int j = i;
            int val = 0;
            if (digit) {
                while (j < e && isDigit(b[j])) {
                    if (val < 1_000_000) {
                        val = val * 10 + (b[j] - '0');
                    }
                    j++;
                }
            } else if (c == '半') {
                val = -1;
                j = i + 1;
            } else {
                int total = 0;
                int cur = 0;
                while (j < e && isChineseNumeral(b[j]) && b[j] != '半') {
                    char d = b[j];
                    if (d == '十') {
                        total += (cur == 0 ? 1 : cur) * 10;
                        cur = 0;
                    } else if (d == '百') {
                        total += (cur == 0 ? 1 : cur) * 100;
                        cur = 0;
                    } else {
                        cur = chineseDigit(d);
                    }
                    j++;
                }
                val = total + cur;
            }
            boolean ordinal = i > s && b[i - 1] == '第';
            int u = j;
            boolean measure = false;
            if (u < e && b[u] == '个') {
                u++;
                measure = true;
            }
            int type = ordinal ? T_NONE : unitAt(u, e, measure, digit);
            if (type != T_NONE) {
                if (val == -1) {
                    if (type != T_YEAR) {
                        i = j - 1;
                        continue;
                    }
                    type = T_HALF_YEAR;
                    val = 1;
                }
                if (val > 0) {
                    tStart = i;
                    tAmount = val;
                    return type;
                }
            }
            i = j - 1;
        }
        return T_NONE;
    }

    /** The unit at {@code u}; sets tEnd (and tDay for a date). */
    private int unitAt(int u, int e, boolean measure, boolean digits) {
        if (u >= e) {
            return T_NONE;
        }
        if (Scan.startsWith(b, u, e, "工作日")) {
            tEnd = u + 3;
            return T_WORKING_DAY;
        }
        char c = b[u];
        switch (c) {
            case '月':
                if (!measure && digits && u + 1 < e && b[u + 1] == '底') {
                    tEnd = u + 2;
                    return T_MONTH_END;
                }
                if (!measure && digits && u + 1 < e && isDigit(b[u + 1])) {
                    int k = u + 1;
                    int day = 0;
                    while (k < e && isDigit(b[k])) {
                        if (day < 1000) {
                            day = day * 10 + (b[k] - '0');
                        }
                        k++;
                    }
                    if (k < e && (b[k] == '日' || b[k] == '号')) {
                        tDay = day;
                        tEnd = k + 1;
                        return T_FIXED_DATE;
                    }
                    return T_NONE;
                }
                tEnd = u + 1;
                return T_MONTH;
            case '日':
            case '天':
                tEnd = u + 1;
                return T_DAY;
            case '周':
                tEnd = u + 1;
                return T_WEEK;
            case '年':
                tEnd = u + 1;
                return T_YEAR;
            case '次':
                tEnd = u + 1;
                return T_COUNT;
            case '季':
                tEnd = u + 1 < e && b[u + 1] == '度' ? u + 2 : u + 1;
                return T_QUARTER;
            default:
                break;
        }
        if (Scan.startsWith(b, u, e, "星期") || Scan.startsWith(b, u, e, "礼拜")) {
            tEnd = u + 2;
            return T_WEEK;
        }
        if (Scan.startsWith(b, u, e, "小时")) {
            tEnd = u + 2;
            return T_HOUR;
        }
        return T_NONE;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || c == '十' || c == '百' || c == '半';
    }

    private static int chineseDigit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** Skips 1. 1、 1) (1) ① at the start of a part. */
    private int skipNumbering(int s, int e) {
        if (s >= e) {
            return s;
        }
        if (b[s] >= '\u2460' && b[s] <= '\u2473') {
            s++;
            return s < e && (b[s] == '.' || b[s] == '、') ? s + 1 : s;
        }
        int j = s;
        boolean paren = b[j] == '(';
        if (paren) {
            j++;
        }
        int d = j;
        while (j < e && isDigit(b[j])) {
            j++;
        }
        if (j == d || j >= e) {
            return s;
        }
        char c = b[j];
        if (paren ? c == ')' : (c == '.' || c == '、' || c == ')')) {
            if (c == '.' && j + 1 < e && isDigit(b[j + 1])) {
                return s;
            }
            return j + 1;
        }
        return s;
    }

    private int trimEnd(int s, int e) {
        while (e > s) {
            char c = b[e - 1];
            if (c == ',' || c == ';' || c == '。' || c == '.' || c == '…' || c == '、' || c == ':' || c == '(') {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private int trimStart(int s, int e) {
        while (s < e) {
            char c = b[s];
            if (c == ',' || c == ';' || c == '。' || c == '.' || c == '、' || c == ':') {
                s++;
            } else {
                break;
            }
        }
        return s;
    }

    /** The raw text of normalised region [s, e), trimmed of separators: cut through the position map in O(1). */
    private String rawText(int s, int e) {
        int e2 = trimEnd(s, e);
        int s2 = trimStart(s, e2);
        if (s2 >= e2) {
            return "";
        }
        return source.substring(pos[s2], pos[e2 - 1] + 1);
    }
}
