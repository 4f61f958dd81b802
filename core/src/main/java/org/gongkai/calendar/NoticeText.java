package org.gongkai.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.data.DataFormatException;
import org.gongkai.internal.ChineseText;

/**
 * Reads the published text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) and of the
 * notices that amend a year in its course (an added day off such as 2015's 抗战胜利70周年 notice, an adjustment such as
 * 2019's 劳动节, an extension such as 2020's Spring Festival), as the text is found on web pages.
 *
 * <p>What is read: the year (from the title, or from 现将YYYY年… / YYYY年部分节假日 / YYYY年是…), each numbered holiday
 * item ({@code 一、元旦：…}, or a line starting with a holiday's name and 放假N天 in rewritten copies), its rest days
 * (a date or range followed by 放假, 放假调休, 放假公休, 调休放假; a date followed by 补休) and its adjusted working days
 * (dates followed by 上班). A date without a year belongs to the notice's year, except a December date of the New Year
 * item (the year before) and the end of a range that wraps into January (the year after); a day without a month
 * takes the month of the date before it in the same item. A weekday in parentheses after a date
 * ({@code （星期六）}, {@code （周三）}, {@code （星期四、新年）}) is checked; any other text in parentheses (lunar dates,
 * 除夕, pinyin, notes of the copying site) is ignored. {@code 共N天} (or a single 放假N天) is checked against the rest days
 * read for the item. Sentences that only explain (为法定节假日, 照常公休, 公休日调至…) are not needed and not read, so
 * 与周末连休 adds no day: the notice lists only the days it names, as the published schedules do.
 *
 * <p>Accepted: Traditional characters, full-width or ASCII punctuation, line breaks and spaces anywhere, page clutter
 * (site headers, 发布日期 lines, junk characters of copied pages, signatures). Linear in the text, which is limited
 * to {@link #MAX_LENGTH} characters.
 *
 * <p>Errors are {@link DataFormatException}s naming the source, the line, and the words not understood: a date that
 * does not exist, a weekday that is not the date's, a 共N天 that the dates do not give, a day listed both as a rest and
 * a working day, an item with no day, a text with no year or no holiday.
 */
public final class NoticeText {
    /** The longest text read, in characters (a notice is about 2,000; pages with clutter stay far below this). */
    public static final int MAX_LENGTH = 200_000;

    private static final int MAX_ANNOTATION = 80;
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String[] HOLIDAYS = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"};
    private static final String[] HEADINGS = {"元旦", "春节", "清明", "劳动节", "\"五一\"", "五一", "端午", "中秋",
        "国庆", "\"十一\""};
    private static final Pattern TITLE_YEAR = Pattern.compile("关于(?:调整|延长)?(\\d{4})年");
    private static final Pattern BODY_YEAR = Pattern.compile("(\\d{4})年(?:部分节假日|是)|现[将就](?:调整|延长)?(\\d{4})年");
    private static final Pattern TOTAL = Pattern.compile("共([0-9]{1,2}|[一二三四五六七八九十]{1,2})天");
    private static final Pattern REST_DAYS = Pattern.compile("放假([0-9]{1,2}|[一二三四五六七八九十]{1,2})天");
    private static final Pattern SPECIAL_TITLE = Pattern.compile("关于(?:中国人民)?(.{2,60}?纪念日)");
    private static final Pattern SPECIAL_BODY = Pattern.compile("\\d{4}年是(?:中国人民)?([^。,;:]{2,60}?周年)");

    /** What a notice does to its year. */
    public enum Kind {
        /** The annual notice: the whole year's schedule. */
        ANNUAL,
        /** An added holiday (2015's 抗战胜利70周年): its days are added to the year's. */
        SUPPLEMENT,
        /** An adjustment of one holiday (2019's 劳动节): its days replace that holiday's days. */
        ADJUSTMENT,
        /** An extension of one holiday (2020's 春节): the holiday runs on to the date named. */
        EXTENSION
    }

    /**
     * What one notice text says.
     *
     * @param year the year the notice arranges
     * @param kind what it does to the year
     * @param holiday the holiday it adjusts or extends (ADJUSTMENT, EXTENSION), or the name of an added holiday
     *     (SUPPLEMENT); empty for an annual notice
     * @param days the days the text names, in date order
     * @param source where the text was read from
     */
    public record Reading(int year, Kind kind, String holiday, List<HolidayNotice.Day> days, String source) {
        /**
         * @param year the year
         * @param kind the kind
         * @param holiday the holiday amended, or empty
         * @param days the days, no date twice
         * @param source the source
         */
        public Reading {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(holiday, "holiday");
            Objects.requireNonNull(source, "source");
            days = List.copyOf(days);
        }

        /**
         * The days as a notice on their own (an annual notice is the year; an amendment alone lists only the days it
         * names: combine it with the year's notice through {@link #applyTo(HolidayNotice)}).
         *
         * @return the notice
         * @throws DataFormatException when a day lies outside December 1 of the year before to December 31
         */
        public HolidayNotice toNotice() {
            try {
                return new HolidayNotice(year, List.of(source), days, source);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(source, 0, 0, e.getMessage());
            }
        }

        /**
         * This notice applied to the notice of the same year: an annual notice replaces it, a supplement adds its
         * days, an adjustment replaces the days of its holiday, an extension makes every day from the holiday's
         * last rest day up to the date it names a rest day of that holiday.
         *
         * @param base the year's notice so far
         * @return the year's notice with this one applied; its papers are the base's and this source
         * @throws DataFormatException when the years differ, an extended holiday is not in the base, or a day would
         *     fall outside the notice's span
         */
        public HolidayNotice applyTo(HolidayNotice base) {
            Objects.requireNonNull(base, "base");
            if (base.year() != year) {
                throw new DataFormatException(source, 0, 0, "the notice is for " + year + ", not " + base.year());
            }
            if (kind == Kind.ANNUAL) {
                return toNotice();
            }
            TreeMap<LocalDate, HolidayNotice.Day> all = new TreeMap<>();
            for (HolidayNotice.Day d : base.days()) {
                if (!(kind == Kind.ADJUSTMENT && d.name().equals(holiday))) {
                    all.put(d.date(), d);
                }
            }
            if (kind == Kind.EXTENSION) {
                LocalDate last = null;
                for (HolidayNotice.Day d : base.days()) {
                    if (d.offDay() && d.name().equals(holiday) && (last == null || d.date().isAfter(last))) {
                        last = d.date();
                    }
                }
                if (last == null) {
                    throw new DataFormatException(source, 0, 0,
                            "extends " + holiday + ", which the notice of " + year + " does not list");
                }
                for (HolidayNotice.Day d : days) {
                    if (d.offDay()) {
                        for (LocalDate x = last.plusDays(1); x.isBefore(d.date()); x = x.plusDays(1)) {
                            all.put(x, new HolidayNotice.Day(x, holiday, true));
                        }
                    }
                }
            }
            for (HolidayNotice.Day d : days) {
                all.put(d.date(), d);
            }
            List<String> papers = new ArrayList<>(base.papers());
            papers.add(source);
            try {
                return new HolidayNotice(year, papers, new ArrayList<>(all.values()), base.source());
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(source, 0, 0, e.getMessage());
            }
        }
    }

    private NoticeText() {
    }

    /**
     * Reads a notice text; the year must be named in it.
     *
     * @param text the text as copied
     * @param source where it comes from, for provenance and error messages
     * @return what it says
     * @throws DataFormatException when the text is longer than {@link #MAX_LENGTH} or cannot be read, with the line
     *     and the words not understood
     */
    public static Reading read(String text, String source) {
        return read(text, source, 0);
    }

    /**
     * Reads a notice text whose year may be missing from the copy (a page that dropped the title).
     *
     * @param text the text as copied
     * @param source where it comes from
     * @param year the notice's year when the text names none, or 0; when the text names another year it is an error
     * @return what it says
     * @throws DataFormatException when the text cannot be read (see {@link #read(String, String)}), or names a year
     *     other than {@code year}
     */
    public static Reading read(String text, String source, int year) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.length() > MAX_LENGTH) {
            throw new DataFormatException(source, 0, 0, "the text has " + text.length()
                    + " characters, more than the " + MAX_LENGTH + " a notice reader accepts");
        }
        if (year != 0 && (year < 1900 || year > 9999)) {
            throw new DataFormatException(source, 0, 0, "not a notice year: " + year);
        }
        return new Reader(text, source).read(year);
    }

    /**
     * Combines the readings of one year (the annual notice, then amendments in the order given).
     *
     * @param readings the readings, all of one year, exactly one of them annual
     * @return the year's notice
     * @throws DataFormatException when the readings are of several years, or there is not exactly one annual notice
     */
    public static HolidayNotice combine(Collection<Reading> readings) {
        Objects.requireNonNull(readings, "readings");
        Reading annual = null;
        for (Reading r : readings) {
            if (r.kind() == Kind.ANNUAL) {
                if (annual != null) {
                    throw new DataFormatException(r.source(), 0, 0,
                            "a second annual notice for " + r.year() + " (the first is " + annual.source() + ")");
                }
                annual = r;
            }
        }
        if (annual == null) {
            String src = readings.isEmpty() ? "notices" : readings.iterator().next().source();
            throw new DataFormatException(src, 0, 0, "no annual notice among the texts to combine");
        }
        HolidayNotice n = annual.toNotice();
        for (Reading r : readings) {
            if (r != annual) {
                n = r.applyTo(n);
            }
        }
        return n;
    }

    /** Reads one text: normalises it, removes annotations, then reads items and clauses. */
    private static final class Reader {
        private final String source;
        private final String text;
        private final int[] lines;
        private final boolean[] lineStart;
        /** weekday (1 = Monday … 7 = Sunday) of a parenthesised annotation removed at this position, else 0 */
        private final byte[] weekday;
        private int year;
        private boolean newYearItem;

        Reader(String original, String source) {
            this.source = source;
            int n = original.length();
            char[] a = new char[n];
            int[] aLine = new int[n];
            boolean[] aStart = new boolean[n];
            int k = 0;
            int line = 1;
            boolean atStart = true;
            for (int i = 0; i < n; i++) {
                char c = original.charAt(i);
                if (c == '\n') {
                    line++;
                    atStart = true;
                    continue;
                }
                char f = fold(c);
                if (f == 0) {
                    continue;
                }
                a[k] = f;
                aLine[k] = line;
                aStart[k] = atStart;
                atStart = false;
                k++;
            }
            // remove innermost short parenthesised groups; a weekday in one is kept as a check of the date before
            char[] b = new char[k];
            int[] bLine = new int[k + 1];
            boolean[] bStart = new boolean[k + 1];
            byte[] wd = new byte[k + 1];
            int m = 0;
            int i = 0;
            while (i < k) {
                char c = a[i];
                if (c == '(') {
                    int close = -1;
                    for (int j = i + 1; j < k && j <= i + MAX_ANNOTATION; j++) {
                        if (a[j] == '(' || a[j] == '。' || a[j] == ';') {
                            break; // a stray bracket of page junk does not swallow a sentence
                        }
                        if (a[j] == ')') {
                            close = j;
                            break;
                        }
                    }
                    if (close > 0) {
                        int w = weekdayIn(a, i + 1, close);
                        if (w != 0 && wd[m] == 0) {
                            wd[m] = (byte) w;
                        }
                        if (aStart[i] && m < bStart.length) {
                            bStart[m] = true;
                        }
                        i = close + 1;
                        continue;
                    }
                }
                b[m] = c;
                bLine[m] = aLine[i];
                bStart[m] = bStart[m] || aStart[i];
                m++;
                i++;
            }
            this.text = new String(b, 0, m);
            this.lines = bLine;
            this.lineStart = bStart;
            this.weekday = wd;
            if (m > 0 || k == 0) {
                lines[m] = m > 0 ? lines[m - 1] : 1;
            }
        }

        private static char fold(char c) {
            switch (c) {
                case '勝': return '胜';
                case '曆': return '历';
                case '於': return '于';
                case '–': case '―': case '‐': case '−': case '─': return '-';
                case '〜': case '∼': return '~';
                case '﹐': case '､': return c == '､' ? '、' : ',';
                case '﹕': return ':';
                case '﹔': return ';';
                case '｡': return '。';
                case '﹙': case '⁽': return '(';
                case '﹚': case '⁾': return ')';
                case '「': case '」': case '『': case '』': return '"';
                default:
                    return ChineseText.fold(c);
            }
        }

        private static int weekdayIn(char[] a, int from, int to) {
            for (int j = from; j + 1 < to; j++) {
                int skip = a[j] == '星' && a[j + 1] == '期' ? 2 : a[j] == '周' ? 1
                        : a[j] == '礼' && a[j + 1] == '拜' ? 2 : 0;
                if (skip > 0 && j + skip < to) {
                    int w = "一二三四五六日天".indexOf(a[j + skip]);
                    if (w >= 0) {
                        return Math.min(w + 1, 7);
                    }
                }
            }
            return 0;
        }

        Reading read(int givenYear) {
            int named = namedYear();
            if (named == 0 && givenYear == 0) {
                throw error(0, "no year: the text names none (关于YYYY年部分节假日安排的通知, 现将YYYY年…); give the year");
            }
            if (named != 0 && givenYear != 0 && named != givenYear) {
                throw error(0, "the text is the notice of " + named + ", not of " + givenYear);
            }
            year = named != 0 ? named : givenYear;
            Kind kind = kind();
            List<int[]> items = new ArrayList<>();
            List<String> names = new ArrayList<>();
            String holiday = "";
            if (kind == Kind.ANNUAL) {
                findItems(items, names);
                if (items.isEmpty()) {
                    throw error(0, "no holiday item (一、元旦：…) in the text");
                }
            } else {
                holiday = amendedHoliday(kind);
                items.add(new int[] {0, text.length()});
                names.add(holiday);
            }
            TreeMap<LocalDate, HolidayNotice.Day> days = new TreeMap<>();
            Map<LocalDate, Integer> where = new TreeMap<>();
            for (int it = 0; it < items.size(); it++) {
                readItem(items.get(it)[0], items.get(it)[1], names.get(it), kind, days, where);
            }
            if (days.isEmpty()) {
                throw error(0, "no rest day and no working day in the text");
            }
            return new Reading(year, kind, holiday, new ArrayList<>(days.values()), source);
        }

        private int namedYear() {
            int limit = Math.min(text.length(), 400);
            Matcher m = TITLE_YEAR.matcher(text).region(0, limit);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            m = BODY_YEAR.matcher(text);
            if (m.find()) {
                return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            }
            return 0;
        }

        private Kind kind() {
            int head = Math.min(text.length(), 600);
            String start = text.substring(0, head);
            if (start.contains("部分节假日")) {
                return Kind.ANNUAL;
            }
            if (start.contains("延长") && start.contains("假期")) {
                return Kind.EXTENSION;
            }
            if (start.contains("调整") && (start.contains("假期") || start.contains("放假"))) {
                return Kind.ADJUSTMENT;
            }
            if (hasItems()) {
                return Kind.ANNUAL;
            }
            return Kind.SUPPLEMENT;
        }

        private boolean hasItems() {
            List<int[]> items = new ArrayList<>();
            findItems(items, new ArrayList<>());
            return !items.isEmpty();
        }

        private String amendedHoliday(Kind kind) {
            if (kind != Kind.SUPPLEMENT) {
                String verb = kind == Kind.EXTENSION ? "延长" : "调整";
                int v = text.indexOf(verb);
                int best = -1;
                String found = null;
                for (String h : HOLIDAYS) {
                    int at = text.indexOf(h, Math.max(0, v));
                    if (at >= 0 && (best < 0 || at < best)) {
                        best = at;
                        found = h;
                    }
                }
                if (found == null) {
                    throw error(Math.max(0, v), "the notice " + (kind == Kind.EXTENSION ? "extends" : "adjusts")
                            + " no holiday named in the text (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节)");
                }
                return found;
            }
            Matcher m = SPECIAL_TITLE.matcher(text).region(0, Math.min(text.length(), 400));
            if (m.find()) {
                return m.group(1);
            }
            m = SPECIAL_BODY.matcher(text);
            if (m.find()) {
                return m.group(1) + "纪念日";
            }
            throw error(0, "a notice that is neither an annual notice (部分节假日安排), an adjustment (调整) nor an "
                    + "extension (延长), and names no 纪念日 or 周年: cannot name its holiday");
        }

        /** Items: 一、… markers; without any, lines starting with a holiday's name and 放假. */
        private void findItems(List<int[]> items, List<String> names) {
            int n = text.length();
            List<Integer> starts = new ArrayList<>();
            List<Integer> nameStarts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c != '、' || i == 0 || NUMERALS.indexOf(text.charAt(i - 1)) < 0) {
                    continue;
                }
                int s = i - 1;
                if (s > 0 && NUMERALS.indexOf(text.charAt(s - 1)) >= 0) {
                    s--;
                }
                if (s > 0 && "初月年周第廿".indexOf(text.charAt(s - 1)) >= 0) {
                    continue;
                }
                if (s > 0 && NUMERALS.indexOf(text.charAt(s - 1)) >= 0) {
                    continue;
                }
                if (!startsWithHoliday(i + 1)) {
                    continue;
                }
                starts.add(s);
                nameStarts.add(i + 1);
            }
            if (starts.isEmpty()) {
                for (int i = 0; i < n; i++) {
                    if (lineStart[i] && startsWithHoliday(i) && text.startsWith("放假", headingEnd(i))) {
                        starts.add(i);
                        nameStarts.add(i);
                    }
                }
            }
            for (int k = 0; k < starts.size(); k++) {
                int from = starts.get(k);
                int to = k + 1 < starts.size() ? starts.get(k + 1) : n;
                int ns = nameStarts.get(k);
                String name = text.substring(ns, headingEnd(ns));
                items.add(new int[] {from, to});
                names.add(quotes(name));
            }
        }

        private boolean startsWithHoliday(int i) {
            for (String h : HEADINGS) {
                if (text.startsWith(h, i)) {
                    return true;
                }
            }
            return false;
        }

        /** The end of a heading: the first ':', digit, 放假 or 假期 after it (at most 20 characters). */
        private int headingEnd(int from) {
            int n = Math.min(text.length(), from + 20);
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                if (c == ':' || (c >= '0' && c <= '9') || c == ',' || c == '。' || c == ';'
                        || text.startsWith("放假", i) || text.startsWith("假期", i)) {
                    return i;
                }
            }
            return n;
        }

        /** Curly quotes as the notices print them ("五一" → “五一”). */
        private static String quotes(String name) {
            StringBuilder sb = new StringBuilder(name.length());
            boolean open = true;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '"') {
                    sb.append(open ? '“' : '”');
                    open = !open;
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private void readItem(int from, int to, String name, Kind kind, TreeMap<LocalDate, HolidayNotice.Day> days,
                Map<LocalDate, Integer> where) {
            newYearItem = name.contains("元旦");
            int stated = statedTotal(from, to);
            int offCount = 0;
            int listed = 0;
            int[] context = {0, 0}; // year, month of the last date read in the item
            int c = from;
            List<LocalDate> found = new ArrayList<>();
            while (c < to) {
                int e = c;
                while (e < to && ",;。:!?".indexOf(text.charAt(e)) < 0) {
                    e++;
                }
                if (e > c) {
                    String clause = text.substring(c, e);
                    boolean work = clause.contains("上班");
                    boolean rest = !work && (clause.contains("补休") || clause.contains("放假")
                            || (kind == Kind.EXTENSION && clause.contains("延长")));
                    found.clear();
                    // only dates before the word count: a signature or the next line's date after 放假 is not one
                    int limit = e;
                    if (work) {
                        limit = c + clause.lastIndexOf("上班");
                    } else if (rest && !(kind == Kind.EXTENSION && clause.contains("延长"))) {
                        limit = c + Math.max(clause.lastIndexOf("补休"), clause.lastIndexOf("放假"));
                    }
                    dates(c, e, limit, context, found);
                    if ((work || rest) && !found.isEmpty()) {
                        for (LocalDate d : found) {
                            HolidayNotice.Day prior = days.get(d);
                            if (prior != null && (prior.offDay() != rest || !prior.name().equals(name))) {
                                throw error(c, d + " is listed twice (" + (prior.offDay() ? "rest" : "working")
                                        + " day of " + prior.name() + " on line " + where.get(d) + "): "
                                        + words(c, e));
                            }
                            if (prior == null) {
                                days.put(d, new HolidayNotice.Day(d, name, rest));
                                where.put(d, lines[c]);
                                if (rest) {
                                    offCount++;
                                }
                                listed++;
                            }
                        }
                    }
                }
                c = e + 1;
            }
            if (kind != Kind.EXTENSION && stated >= 0 && stated != offCount) {
                throw error(from, name + ": the text says " + stated + " days of rest, the dates give " + offCount
                        + ": " + words(from, to));
            }
            if (listed == 0 && kind == Kind.ANNUAL) {
                throw error(from, name + ": no rest day and no working day read: " + words(from, to));
            }
        }

        /** 共N天 of the item, else its single 放假N天, else -1. */
        private int statedTotal(int from, int to) {
            Matcher m = TOTAL.matcher(text).region(from, to);
            if (m.find()) {
                return number(m.group(1));
            }
            m = REST_DAYS.matcher(text).region(from, to);
            if (m.find()) {
                int v = number(m.group(1));
                return m.find() ? -1 : v;
            }
            return -1;
        }

        private static int number(String s) {
            if (s.charAt(0) >= '0' && s.charAt(0) <= '9') {
                return Integer.parseInt(s);
            }
            if (s.length() == 1) {
                return NUMERALS.indexOf(s.charAt(0)) + 1;
            }
            int tens = s.charAt(0) == '十' ? 1 : NUMERALS.indexOf(s.charAt(0)) + 1;
            int units = s.charAt(1) == '十' ? 0 : NUMERALS.indexOf(s.charAt(1)) + 1;
            return tens * 10 + units;
        }

        /** Every date (and range) in text[from, to), resolved and weekday-checked; those before limit added to out. */
        private void dates(int from, int to, int limit, int[] context, List<LocalDate> out) {
            int clauseYear = 0;
            LocalDate rangeStart = null;
            int rangeEndsAt = -1;
            int i = from;
            while (i < to) {
                if (!digit(i)) {
                    i++;
                    continue;
                }
                int start = i;
                int y = 0;
                int mo = 0;
                int v = 0;
                int len = 0;
                while (i < to && digit(i)) {
                    if (len < 5) {
                        v = v * 10 + (text.charAt(i) - '0');
                    }
                    len++;
                    i++;
                }
                if (i < to && text.charAt(i) == '年' && len == 4) {
                    y = v;
                    i++;
                    if (!(i < to && digit(i))) {
                        continue; // a year alone (2008年元旦)
                    }
                    v = 0;
                    len = 0;
                    while (i < to && digit(i)) {
                        if (len < 5) {
                            v = v * 10 + (text.charAt(i) - '0');
                        }
                        len++;
                        i++;
                    }
                }
                if (i < to && text.charAt(i) == '月' && len <= 2) {
                    mo = v;
                    i++;
                    if (!(i < to && digit(i))) {
                        continue;
                    }
                    v = 0;
                    len = 0;
                    while (i < to && digit(i)) {
                        if (len < 5) {
                            v = v * 10 + (text.charAt(i) - '0');
                        }
                        len++;
                        i++;
                    }
                }
                if (!(i < to && text.charAt(i) == '日') || len > 2) {
                    continue; // not a date: 3天, 〔2015〕1号, junk digits
                }
                i++;
                int dayOfMonth = v;
                boolean rangeEnd = rangeEndsAt == start;
                int ry;
                int rm;
                if (y != 0) {
                    ry = y;
                    rm = mo != 0 ? mo : context[1];
                    clauseYear = y;
                } else if (mo != 0) {
                    rm = mo;
                    if (rangeEnd && rangeStart != null) {
                        ry = rangeStart.getYear() + (mo < rangeStart.getMonthValue() ? 1 : 0);
                    } else if (clauseYear != 0) {
                        ry = clauseYear;
                    } else {
                        ry = newYearItem && mo == 12 ? year - 1 : year;
                    }
                } else {
                    if (context[1] == 0) {
                        throw error(start, "a day without a month and no month before it: " + words(start, i));
                    }
                    rm = context[1];
                    ry = context[0];
                }
                LocalDate d;
                try {
                    d = LocalDate.of(ry, rm, dayOfMonth);
                } catch (DateTimeException e) {
                    throw error(start, "no such date " + ry + "-" + rm + "-" + dayOfMonth + ": " + words(start, i));
                }
                context[0] = ry;
                context[1] = rm;
                int w = weekday[i];
                if (w != 0 && d.getDayOfWeek() != DayOfWeek.of(w)) {
                    throw error(start, d + " is a " + d.getDayOfWeek() + ", the text says "
                            + "一二三四五六日".charAt(w - 1) + ": " + words(start, i));
                }
                if (start >= limit) {
                    rangeStart = null;
                } else if (rangeEnd && rangeStart != null) {
                    if (d.isBefore(rangeStart) || d.toEpochDay() - rangeStart.toEpochDay() > 60) {
                        throw error(start, "a range from " + rangeStart + " to " + d + ": " + words(start, i));
                    }
                    for (LocalDate x = rangeStart.plusDays(1); !x.isAfter(d); x = x.plusDays(1)) {
                        out.add(x);
                    }
                    rangeStart = null;
                } else {
                    out.add(d);
                    rangeStart = d;
                }
                if (i < to && "至到-~".indexOf(text.charAt(i)) >= 0) {
                    rangeEndsAt = i + 1;
                } else {
                    rangeEndsAt = -1;
                }
            }
        }

        private boolean digit(int i) {
            char c = text.charAt(i);
            return c >= '0' && c <= '9';
        }

        private String words(int from, int to) {
            String w = text.substring(from, Math.min(to, text.length()));
            return w.length() > 80 ? w.substring(0, 77) + "..." : w;
        }

        private DataFormatException error(int at, String what) {
            int line = text.isEmpty() ? 1 : lines[Math.min(at, text.length() - 1)];
            return new DataFormatException(source, line, 0, what);
        }
    }
}
