package org.gongkai.calendar;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.data.DataFormatException;

/**
 * A working-day calendar built from the State Council's holiday notices, optionally with local rest days on top.
 * {@link #official()} is the one bundled with Gongkai; {@link #withNotice}, {@link #withLocalRestDays} and
 * {@link #withPolicy} build new calendars from it (there is no global mutable state: the official calendar never
 * changes, and each overlay is a new value that carries its {@link #provenance()}).
 *
 * <p>How a notice's days are read: a listed day off is a {@link DayKind#PUBLIC_HOLIDAY} whatever the day of the week
 * (a holiday that falls on a weekend stays a holiday); a listed working day on a Saturday or Sunday is an
 * {@link DayKind#ADJUSTED_WORKING_DAY}; a listed working day on Monday to Friday is a
 * {@link DayKind#NORMAL_WORKING_DAY} (the 2020 notice lists Monday 2020-02-03, the first day back after the
 * extended Spring Festival, which was an ordinary working day). The notice of year Y may list late December dates
 * of Y-1; they are applied to Y-1.
 *
 * <p>Coverage runs from January 1 of the first notice's year to December 31 of the last notice that lists days. An
 * empty notice (the bundled 2027 file, a notice not yet published) means unknown. Days a notice lists outside the
 * coverage (the 2007 notice lists 2006-12-30 and 2006-12-31) are kept in {@link #notices()} but not used: the
 * provisional policy takes every uncovered date as Monday-Friday. Note that the last covered year's late December
 * can still be changed by the next year's notice (as the notices of 2008, 2012, 2019 and 2023 changed the December
 * before them); add that notice with {@link #withNotice} when it is published.
 *
 * <p>Arithmetic is O(1): the calendar keeps, for every covered day, the number of working days from the start of
 * the coverage to that day, and the list of working days in order, so that {@code plusWorkingDays} and
 * {@code workingDaysBetween} are two array reads whatever the distance.
 */
public final class HolidayCalendar implements WorkingDayCalendar {
    private static final String RESOURCES = "/org/gongkai/calendar/holidays/";
    private static final DayKind[] KINDS = DayKind.values();
    private static final boolean[] WORKING = new boolean[KINDS.length];

    static {
        for (DayKind k : KINDS) {
            WORKING[k.ordinal()] = k.isWorkingDay();
        }
    }
    /** A Monday (1969-12-29), origin of the Monday-Friday arithmetic outside coverage. */
    private static final long MONDAY = -3;
    private static final long MIN_EPOCH = LocalDate.MIN.toEpochDay();
    private static final long MAX_EPOCH = LocalDate.MAX.toEpochDay();

    /* Comparators as classes, not lambdas: the first lambda costs a cold JVM several milliseconds. */
    private static final Comparator<HolidayNotice> BY_YEAR = new Comparator<>() {
        @Override
        public int compare(HolidayNotice a, HolidayNotice b) {
            return Integer.compare(a.year(), b.year());
        }
    };
    private static final Comparator<LocalRestDay> BY_DATE = new Comparator<>() {
        @Override
        public int compare(LocalRestDay a, LocalRestDay b) {
            return a.date().compareTo(b.date());
        }
    };

    private final String dataVersion;
    /** The notices, or null for the official calendar, whose notices are read on first use ({@link #notices()}). */
    private final List<HolidayNotice> notices;
    private final List<Provenance.NoticeSource> sources;
    private final List<LocalRestDay> localRestDays;
    private final CoveragePolicy policy;
    private final DateRange coverage;
    private final long firstEpoch;
    private final long lastEpoch;
    private final int size;
    /** kinds[i]: ordinal of the DayKind of day firstEpoch + i. */
    private final byte[] kinds;
    /** holidays[i]: the holiday's name of day firstEpoch + i, or null. */
    private final String[] holidays;
    /**
     * upTo[i]: working days from the first covered day to day firstEpoch + i - 1, both included; so upTo[i] counts
     * the working days before day i and upTo[i + 1] those up to and including it (upTo[0] = 0).
     */
    private final int[] upTo;
    /** workingDays[k]: epoch day of the (k+1)-th working day of the coverage. */
    private final int[] workingDays;
    private final int total;
    /**
     * The LocalDate of each working day, filled on first use (saves LocalDate.ofEpochDay on the hot path). Races
     * are benign: LocalDate is immutable with final fields, so a date written by one thread is seen whole by
     * another, and two threads filling the same slot store equal values.
     */
    private final LocalDate[] workingDates;
    /** Monday-Friday days from {@link #MONDAY} to the first covered day (excluded) and to the last (included). */
    private final long weekdaysBeforeFirst;
    private final long weekdaysThroughLast;

    private static final class Holder {
        static final HolidayCalendar OFFICIAL = loadOfficial();
    }

    /** The official calendar with the notices of {@value #NOTICES_PROPERTY} / {@value #NOTICES_ENV}, or the error. */
    private static final class Configured {
        static final Object DEFAULT = configured(System.getProperty(NOTICES_PROPERTY), System.getenv(NOTICES_ENV));
    }

    /** The system property naming a directory or file of notices the default calendar adds at first use. */
    public static final String NOTICES_PROPERTY = "gongkai.notices";
    /** The environment variable read when {@value #NOTICES_PROPERTY} is not set. */
    public static final String NOTICES_ENV = "GONGKAI_NOTICES";
    /** The most notice files read from one directory. */
    public static final int MAX_NOTICE_FILES = 1000;

    /** The bundled notices, parsed from their JSON files on first use only (the official index does not need them). */
    private static final class OfficialNotices {
        static final List<HolidayNotice> ALL = parseOfficialNotices();
    }

    /** Builds the calendar from notices and local rest days (the path of every calendar but the official one). */
    private static HolidayCalendar build(String dataVersion, List<HolidayNotice> given,
            List<LocalRestDay> localRestDays, CoveragePolicy policy) {
        List<HolidayNotice> notices = checkedNotices(given);
        List<LocalRestDay> locals = new ArrayList<>(localRestDays);
        locals.sort(BY_DATE);
        locals = List.copyOf(locals);

        int firstYear = notices.get(0).year();
        int lastYear = firstYear;
        for (HolidayNotice n : notices) {
            if (!n.isEmpty()) {
                lastYear = n.year();
            }
        }
        DateRange coverage = new DateRange(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
        long firstEpoch = coverage.first().toEpochDay();
        long lastEpoch = coverage.last().toEpochDay();
        int size = (int) (lastEpoch - firstEpoch + 1);
        byte[] kinds = weekKinds(firstEpoch, size);
        String[] holidays = new String[size];
        HolidayNotice[] listedBy = new HolidayNotice[size];
        for (HolidayNotice n : notices) {
            for (HolidayNotice.Day d : n.days()) {
                long e = d.date().toEpochDay();
                if (e < firstEpoch || e > lastEpoch) {
                    continue; // kept in notices(); outside coverage every date is unknown
                }
                int i = (int) (e - firstEpoch);
                HolidayNotice other = listedBy[i];
                if (other != null) {
                    throw new IllegalArgumentException(d.date() + " is listed both by the notice of " + other.year()
                            + " (" + other.source() + ") and by the notice of " + n.year() + " (" + n.source() + ")");
                }
                listedBy[i] = n;
                DayKind kind = d.offDay() ? DayKind.PUBLIC_HOLIDAY
                        : isWeekday(e) ? DayKind.NORMAL_WORKING_DAY : DayKind.ADJUSTED_WORKING_DAY;
                kinds[i] = (byte) kind.ordinal();
                holidays[i] = kind.hasHoliday() ? d.name() : null;
            }
        }
        LocalDate previous = null;
        for (LocalRestDay r : locals) {
            if (!coverage.contains(r.date())) {
                throw new IllegalArgumentException("local rest day " + r.date() + " (" + r.name() + ", " + r.source()
                        + ") is outside the calendar's coverage " + coverage + "; add that year's notice first");
            }
            if (r.date().equals(previous)) {
                throw new IllegalArgumentException("local rest day " + r.date() + " (" + r.name() + ", " + r.source()
                        + ") is given twice");
            }
            previous = r.date();
            int i = (int) (r.date().toEpochDay() - firstEpoch);
            if (KINDS[kinds[i]] != DayKind.PUBLIC_HOLIDAY) { // a national holiday stays one; it is a rest day anyway
                kinds[i] = (byte) DayKind.LOCAL_REST_DAY.ordinal();
                holidays[i] = r.name();
            }
        }
        List<Provenance.NoticeSource> sources = new ArrayList<>(notices.size());
        for (HolidayNotice n : notices) {
            sources.add(new Provenance.NoticeSource(n.year(), n.papers(), n.source(), !n.isEmpty()));
        }
        return new HolidayCalendar(dataVersion, notices, List.copyOf(sources), locals, policy, coverage, kinds,
                holidays);
    }

    /** Monday to Friday a normal working day, Saturday and Sunday a weekend, for {@code size} days from firstEpoch. */
    private static byte[] weekKinds(long firstEpoch, int size) {
        byte[] kinds = new byte[size];
        byte working = (byte) DayKind.NORMAL_WORKING_DAY.ordinal();
        byte weekend = (byte) DayKind.WEEKEND.ordinal();
        int dow = Math.floorMod(firstEpoch - MONDAY, 7); // 0 = Monday
        for (int i = 0; i < size; i++) {
            kinds[i] = dow < 5 ? working : weekend;
            dow = dow == 6 ? 0 : dow + 1;
        }
        return kinds;
    }

    /** Completes the index (working-day counts) from the kind and holiday of every covered day. */
    private HolidayCalendar(String dataVersion, List<HolidayNotice> notices, List<Provenance.NoticeSource> sources,
            List<LocalRestDay> localRestDays, CoveragePolicy policy, DateRange coverage, byte[] kinds,
            String[] holidays) {
        this.dataVersion = dataVersion;
        this.notices = notices;
        this.sources = sources;
        this.localRestDays = localRestDays;
        this.policy = policy;
        this.coverage = coverage;
        this.firstEpoch = coverage.first().toEpochDay();
        this.lastEpoch = coverage.last().toEpochDay();
        this.size = (int) (lastEpoch - firstEpoch + 1);
        this.kinds = kinds;
        this.holidays = holidays;
        this.upTo = new int[size + 1];
        int[] epochs = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (WORKING[kinds[i]]) {
                epochs[count++] = (int) (firstEpoch + i);
            }
            upTo[i + 1] = count;
        }
        this.total = count;
        this.workingDates = new LocalDate[count];
        this.weekdaysBeforeFirst = weekdaysBefore(firstEpoch);
        this.weekdaysThroughLast = weekdaysBefore(lastEpoch + 1);
        this.workingDays = Arrays.copyOf(epochs, count);
    }

    private HolidayCalendar(HolidayCalendar base, CoveragePolicy policy) {
        this.dataVersion = base.dataVersion;
        this.notices = base.notices;
        this.sources = base.sources;
        this.localRestDays = base.localRestDays;
        this.policy = policy;
        this.coverage = base.coverage;
        this.firstEpoch = base.firstEpoch;
        this.lastEpoch = base.lastEpoch;
        this.size = base.size;
        this.kinds = base.kinds;
        this.holidays = base.holidays;
        this.upTo = base.upTo;
        this.workingDays = base.workingDays;
        this.total = base.total;
        this.workingDates = base.workingDates;
        this.weekdaysBeforeFirst = base.weekdaysBeforeFirst;
        this.weekdaysThroughLast = base.weekdaysThroughLast;
    }

    private static List<HolidayNotice> checkedNotices(Collection<HolidayNotice> given) {
        List<HolidayNotice> sorted = new ArrayList<>(given);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one holiday notice");
        }
        sorted.sort(BY_YEAR);
        boolean unknownSeen = false;
        for (int i = 0; i < sorted.size(); i++) {
            HolidayNotice n = sorted.get(i);
            if (i > 0 && n.year() != sorted.get(i - 1).year() + 1) {
                throw new IllegalArgumentException(n.year() == sorted.get(i - 1).year()
                        ? "two notices for " + n.year() + ": " + sorted.get(i - 1).source() + " and " + n.source()
                        : "no notice for " + (sorted.get(i - 1).year() + 1) + " before the notice of " + n.year()
                                + " (" + n.source() + "): the years of a calendar must follow each other");
            }
            if (n.isEmpty()) {
                if (i == 0) {
                    throw new IllegalArgumentException("the first notice (" + n.year() + ", " + n.source()
                            + ") lists no days: an empty notice means the year is unknown");
                }
                unknownSeen = true;
            } else if (unknownSeen) {
                throw new IllegalArgumentException("the notice of " + n.year() + " (" + n.source()
                        + ") lists days but an earlier year's notice is empty (unknown): coverage must not have gaps");
            }
        }
        return List.copyOf(sorted);
    }

    /**
     * The official calendar: every notice bundled in gongkai-core (2007 to the last published year), strict policy,
     * plus the notices found at first use in the directory or file named by the system property
     * {@value #NOTICES_PROPERTY}, or else by the environment variable {@value #NOTICES_ENV} (see
     * {@link #withNotices(Path, boolean)}: {@code *.txt} notice texts, {@code *.json} holiday-cn files; a file whose
     * name contains {@code .amend.} may amend a year already covered). Without either, exactly the bundled
     * calendar ({@link #bundled()}). Loaded once, lazily, on first use; thread-safe.
     *
     * @return the official calendar
     * @throws DataFormatException when a notice found at the configured place cannot be read or contradicts the
     *     bundled data (every call throws it again, naming the file)
     * @throws UncheckedIOException when the configured directory or a file in it cannot be read
     */
    public static HolidayCalendar official() {
        Object c = Configured.DEFAULT;
        if (c instanceof DataFormatException e) {
            throw new DataFormatException(e.source(), e.line(), e.column(), e.getMessage());
        }
        if (c instanceof UncheckedIOException e) {
            throw new UncheckedIOException(e.getMessage(), e.getCause());
        }
        return (HolidayCalendar) c;
    }

    /**
     * The calendar bundled in gongkai-core alone, whatever {@value #NOTICES_PROPERTY} says. It is read from a compact
     * index derived from the bundled notices; the notices themselves ({@link #notices()}) are parsed on first use.
     *
     * @return the bundled calendar, strict policy
     */
    public static HolidayCalendar bundled() {
        return Holder.OFFICIAL;
    }

    /**
     * What {@link #official()} builds for a property and an environment value: the calendar, or the exception.
     */
    static Object configured(String property, String env) {
        String where = property != null && !property.isBlank() ? property
                : env != null && !env.isBlank() ? env : null;
        if (where == null) {
            return bundled();
        }
        try {
            return bundled().withNotices(Path.of(where.strip()), false);
        } catch (DataFormatException | UncheckedIOException e) {
            return e;
        } catch (java.nio.file.InvalidPathException e) {
            return new DataFormatException(where, 0, 0, "not a path: " + e.getMessage());
        }
    }

    /** @return the last day whose kind the calendar knows from a notice (December 31 of the last known year) */
    @Override
    public LocalDate lastCoveredDay() {
        return coverage.last();
    }

    /**
     * A new calendar with one more notice, checked against what this calendar knows: a notice for a year this
     * calendar already covers must list the same days, unless {@code amends} says it amends that year (as the 2020
     * extension of the Spring Festival did). A notice for the year after the last covered one extends the coverage.
     *
     * @param notice the notice
     * @param amends true when the notice is meant to change a year already covered
     * @return the new calendar
     * @throws DataFormatException when the notice contradicts a covered year and {@code amends} is false, naming
     *     the first date that differs
     * @throws IllegalArgumentException when the notice would leave a gap (see {@link #withNotice(HolidayNotice)})
     */
    public HolidayCalendar withNotice(HolidayNotice notice, boolean amends) {
        Objects.requireNonNull(notice, "notice");
        HolidayNotice known = noticeOf(notice.year());
        if (known != null && !known.isEmpty() && !amends) {
            String difference = firstDifference(known, notice);
            if (difference != null) {
                throw new DataFormatException(notice.source(), 0, 0, "the notice of " + notice.year()
                        + " contradicts the one the calendar has (" + known.source() + "): " + difference
                        + "; add it as an amendment (amends = true, or a file name with .amend.) if it amends it");
            }
        }
        return withNotice(notice);
    }

    /**
     * Reads a notice's published text ({@link NoticeText}) and adds it: an annual notice as with
     * {@link #withNotice(HolidayNotice, boolean)}; an adjustment, extension or added holiday applied to the year's
     * notice this calendar has (for a year the bundled data covers, only with {@code amends} when it changes a day).
     *
     * @param text the notice's text
     * @param source where it comes from, for provenance and error messages
     * @param amends true when the notice is meant to change a year already covered
     * @return the new calendar
     * @throws DataFormatException when the text cannot be read, amends a year the calendar does not know, or
     *     contradicts a covered year without {@code amends}
     * @throws IllegalArgumentException when the notice would leave a gap in the years
     */
    public HolidayCalendar withNoticeText(String text, String source, boolean amends) {
        return withReading(NoticeText.read(text, source), amends);
    }

    private HolidayCalendar withReading(NoticeText.Reading r, boolean amends) {
        if (r.kind() == NoticeText.Kind.ANNUAL) {
            return withNotice(r.toNotice(), amends);
        }
        HolidayNotice base = noticeOf(r.year());
        if (base == null || base.isEmpty()) {
            throw new DataFormatException(r.source(), 0, 0, "an amendment of " + r.year()
                    + ", a year the calendar has no notice for: add the year's notice first");
        }
        // an adjustment, extension or added holiday says itself that it amends its year: the caller's word is
        // needed only where it would change the data bundled with the library
        boolean bundledNotice = this == bundled() || bundled().notices().contains(base);
        return withNotice(r.applyTo(base), amends || !bundledNotice);
    }

    /**
     * Adds the notices of a directory (its {@code *.txt} notice texts and {@code *.json} holiday-cn files, not its
     * subdirectories, at most {@value #MAX_NOTICE_FILES}) or of one such file: JSON files and annual notice texts
     * first, then amendments (adjustments, extensions, added holidays), each group in file-name order. Files are
     * UTF-8. A file whose name contains {@code .amend.} may change a year already covered, as may every file when
     * {@code amends} is true. The provenance of each year names the files it was read from.
     *
     * @param path a directory or a file
     * @param amends true when every notice there may change a covered year
     * @return the new calendar
     * @throws DataFormatException when a file cannot be read as a notice, is not UTF-8, or contradicts a covered
     *     year (naming the file and the line)
     * @throws UncheckedIOException when the directory or a file cannot be read
     * @throws IllegalArgumentException when the notices leave a gap in the years
     */
    public HolidayCalendar withNotices(Path path, boolean amends) {
        Objects.requireNonNull(path, "path");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (java.util.stream.Stream<Path> list = Files.list(path)) {
                list.filter(p -> Files.isRegularFile(p) && isNoticeFile(p)).sorted().limit(MAX_NOTICE_FILES + 1)
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the notices in " + path, e);
            }
            if (files.size() > MAX_NOTICE_FILES) {
                throw new DataFormatException(path.toString(), 0, 0,
                        "more than " + MAX_NOTICE_FILES + " notice files");
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            throw new UncheckedIOException(new java.io.FileNotFoundException(
                    "no notice file or directory " + path));
        }
        List<HolidayNotice> json = new ArrayList<>();
        List<NoticeText.Reading> annual = new ArrayList<>();
        List<NoticeText.Reading> amendments = new ArrayList<>();
        List<Boolean> jsonAmends = new ArrayList<>();
        java.util.Map<NoticeText.Reading, Boolean> textAmends = new java.util.IdentityHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean fileAmends = amends || name.contains(".amend.");
            String text = readUtf8(f);
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                json.add(HolidayNotice.parse(text, f.toString()));
                jsonAmends.add(fileAmends);
            } else {
                NoticeText.Reading r = NoticeText.read(text, f.toString());
                (r.kind() == NoticeText.Kind.ANNUAL ? annual : amendments).add(r);
                textAmends.put(r, fileAmends);
            }
        }
        HolidayCalendar c = this;
        for (int i = 0; i < json.size(); i++) {
            c = c.withNotice(json.get(i), jsonAmends.get(i));
        }
        annual.sort(Comparator.comparingInt(NoticeText.Reading::year));
        for (NoticeText.Reading r : annual) {
            c = c.withReading(r, textAmends.get(r));
        }
        for (NoticeText.Reading r : amendments) {
            c = c.withReading(r, textAmends.get(r));
        }
        return c;
    }

    private static boolean isNoticeFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".json");
    }

    private static String readUtf8(Path f) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(f)) {
            bytes = in.readNBytes(MAX_NOTICE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
        if (bytes.length > MAX_NOTICE_BYTES) {
            throw new DataFormatException(f.toString(), 0, 0, "longer than " + MAX_NOTICE_BYTES + " bytes");
        }
        try {
            String s = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DataFormatException(f.toString(), 0, 0, "not UTF-8 text");
        }
    }

    /** The largest notice file read, in bytes (a text of {@link NoticeText#MAX_LENGTH} Chinese characters). */
    private static final int MAX_NOTICE_BYTES = NoticeText.MAX_LENGTH * 3;

    private HolidayNotice noticeOf(int year) {
        for (HolidayNotice n : notices()) {
            if (n.year() == year) {
                return n;
            }
        }
        return null;
    }

    /** The first date two notices disagree on, described; null when they list the same days. */
    private static String firstDifference(HolidayNotice a, HolidayNotice b) {
        java.util.TreeMap<LocalDate, HolidayNotice.Day> x = new java.util.TreeMap<>();
        java.util.TreeMap<LocalDate, HolidayNotice.Day> y = new java.util.TreeMap<>();
        a.days().forEach(d -> x.put(d.date(), d));
        b.days().forEach(d -> y.put(d.date(), d));
        java.util.TreeSet<LocalDate> all = new java.util.TreeSet<>(x.keySet());
        all.addAll(y.keySet());
        for (LocalDate d : all) {
            HolidayNotice.Day p = x.get(d);
            HolidayNotice.Day q = y.get(d);
            if (!Objects.equals(p, q)) {
                return d + " is " + describe(p) + " there, " + describe(q) + " here";
            }
        }
        return null;
    }

    private static String describe(HolidayNotice.Day d) {
        return d == null ? "not listed" : (d.offDay() ? "a rest day" : "a working day") + " of " + d.name();
    }

    /**
     * Builds a calendar from notices of the embedding system's own (for instance a full set kept up to date by a
     * province), strict policy.
     *
     * @param dataVersion the version of that data, for provenance
     * @param notices one notice per year, for consecutive years; empty notices (unknown years) only after the last
     *     known one
     * @return the calendar
     * @throws IllegalArgumentException when a year is missing or given twice, or a date is listed by two notices
     */
    public static HolidayCalendar of(String dataVersion, Collection<HolidayNotice> notices) {
        Objects.requireNonNull(dataVersion, "dataVersion");
        Objects.requireNonNull(notices, "notices");
        return build(dataVersion, List.copyOf(notices), List.of(), CoveragePolicy.STRICT);
    }

    /*
     * The official calendar is read from official.idx, a compact index derived from the bundled JSON notices (the
     * test OfficialIndexTest regenerates it and checks that it is byte for byte what the JSON files give): reading
     * and parsing the 21 JSON files cost a cold JVM some 50 ms, the index one read and a few thousand bytes. The
     * notices themselves are parsed from the JSON on first use of notices(), withNotice or withLocalRestDays.
     *
     * Format (java.io.DataOutput, big-endian): int INDEX_MAGIC; UTF data version; u2 notice count; per notice in
     * year order: u2 year, boolean known (lists days), u1 paper count, UTF each paper; u2 count of holiday names,
     * UTF each; u2 count of exception days (days whose kind is not the Monday-Friday one, or that carry a holiday's
     * name), in date order, each: u2 day (0 = January 1 of the first notice's year), u1 DayKind ordinal, u2 index
     * of its holiday's name (NO_NAME when none). Nothing follows.
     */
    /** The compact index of the official calendar, derived from the JSON notices. */
    static final String INDEX = RESOURCES + "official.idx";
    /** First four bytes of the index: "GKC1". */
    static final int INDEX_MAGIC = 0x474b4331;
    /** The name index of an exception day without a holiday's name. */
    static final int NO_NAME = 0xffff;

    private static HolidayCalendar loadOfficial() {
        String source = "gongkai-core:".concat(INDEX);
        byte[] bytes;
        try (InputStream in = open(INDEX)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ".concat(source), e);
        }
        return readIndex(bytes, source);
    }

    /**
     * Reads an index in the format of official.idx.
     *
     * @throws DataFormatException when the bytes are not such an index
     */
    static HolidayCalendar readIndex(byte[] bytes, String source) {
        try {
            return readIndex(new DataInputStream(new ByteArrayInputStream(bytes)), source);
        } catch (IOException e) {
            throw new DataFormatException(source, 0, 0, "truncated index (" + bytes.length + " bytes)");
        }
    }

    private static HolidayCalendar readIndex(DataInputStream in, String source) throws IOException {
        if (in.readInt() != INDEX_MAGIC) {
            throw new DataFormatException(source, 0, 0, "not a Gongkai calendar index");
        }
        String dataVersion = in.readUTF();
        int noticeCount = in.readUnsignedShort();
        if (noticeCount == 0) {
            throw new DataFormatException(source, 0, 0, "no notice");
        }
        Provenance.NoticeSource[] sources = new Provenance.NoticeSource[noticeCount];
        int firstYear = 0;
        int lastKnown = 0;
        for (int n = 0; n < noticeCount; n++) {
            int year = in.readUnsignedShort();
            boolean known = in.readBoolean();
            if (n == 0) {
                firstYear = year;
            }
            if (n == 0 ? !known : year != firstYear + n || (known && lastKnown != year - 1)) {
                throw new DataFormatException(source, 0, 0, "notice " + n + " (" + year + "): years must follow each"
                        + " other from a known one, unknown years only after the known ones");
            }
            if (known) {
                lastKnown = year;
            }
            String[] papers = new String[in.readUnsignedByte()];
            for (int p = 0; p < papers.length; p++) {
                papers[p] = in.readUTF();
            }
            String file = RESOURCES.concat(Integer.toString(year)).concat(".json");
            sources[n] = new Provenance.NoticeSource(year, List.of(papers), "gongkai-core:".concat(file), known);
        }
        String[] names = new String[in.readUnsignedShort()];
        for (int k = 0; k < names.length; k++) {
            names[k] = in.readUTF();
        }
        DateRange coverage = new DateRange(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastKnown, 12, 31));
        long firstEpoch = coverage.first().toEpochDay();
        int size = (int) (coverage.last().toEpochDay() - firstEpoch + 1);
        byte[] kinds = weekKinds(firstEpoch, size);
        String[] holidays = new String[size];
        int exceptions = in.readUnsignedShort();
        int previous = -1;
        for (int x = 0; x < exceptions; x++) {
            int i = in.readUnsignedShort();
            int kind = in.readUnsignedByte();
            int name = in.readUnsignedShort();
            boolean named = name != NO_NAME;
            if (i <= previous || i >= size || kind >= KINDS.length || named != KINDS[kind].hasHoliday()
                    || (named && name >= names.length)) {
                throw new DataFormatException(source, 0, 0, "exception " + x + ": day " + i + ", kind " + kind
                        + ", name " + name + " is out of order, outside the coverage or inconsistent");
            }
            previous = i;
            kinds[i] = (byte) kind;
            holidays[i] = name == NO_NAME ? null : names[name];
        }
        if (in.read() != -1) {
            throw new DataFormatException(source, 0, 0, "bytes after the last exception day");
        }
        return new HolidayCalendar(dataVersion, null, List.of(sources), List.of(), CoveragePolicy.STRICT, coverage,
                kinds, holidays);
    }

    /**
     * Parses the bundled JSON notices (first use of the official calendar's notices) and checks that they give the
     * very calendar the index gave: the index is derived from them, and the two must never disagree.
     */
    private static List<HolidayNotice> parseOfficialNotices() {
        HolidayCalendar official = bundled();
        String firstFile = official.sources.get(0).year() + ".json";
        URL base = HolidayCalendar.class.getResource(RESOURCES + firstFile);
        List<HolidayNotice> notices = new ArrayList<>(official.sources.size());
        for (Provenance.NoticeSource s : official.sources) {
            String file = s.year() + ".json";
            HolidayNotice notice = HolidayNotice.parse(openRelative(base, file, RESOURCES + file), s.source());
            notices.add(notice);
        }
        HolidayCalendar fromJson = build(official.dataVersion, notices, List.of(), CoveragePolicy.STRICT);
        if (!fromJson.sources.equals(official.sources) || !fromJson.coverage.equals(official.coverage)
                || !Arrays.equals(fromJson.kinds, official.kinds)
                || !Arrays.equals(fromJson.holidays, official.holidays)) {
            throw new IllegalStateException("gongkai-core's " + INDEX + " does not match its JSON notices: regenerate"
                    + " it (see OfficialIndexTest)");
        }
        return fromJson.notices;
    }

    private static InputStream openRelative(URL base, String file, String name) {
        if (base != null) {
            try {
                return new URL(base, file).openStream();
            } catch (IOException e) {
                // fall back to the class loader
            }
        }
        return open(name);
    }

    private static InputStream open(String name) {
        InputStream in = HolidayCalendar.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("gongkai-core is missing its resource ".concat(name));
        }
        return in;
    }

    /**
     * A new calendar with one more notice: next year's (which extends the coverage to its December 31), or a
     * replacement for a year already known (an amended notice, as in 2020). This calendar is unchanged.
     *
     * @param notice the notice
     * @return the new calendar, same policy and local rest days
     * @throws IllegalArgumentException when the notice would leave a gap (a year with no notice before it), makes a
     *     known year unknown, or lists a date that another notice lists too
     */
    public HolidayCalendar withNotice(HolidayNotice notice) {
        Objects.requireNonNull(notice, "notice");
        List<HolidayNotice> next = new ArrayList<>(sources.size() + 1);
        for (HolidayNotice n : notices()) {
            if (n.year() != notice.year()) {
                next.add(n);
            }
        }
        next.add(notice);
        return build(dataVersion, next, localRestDays, policy);
    }

    /**
     * Reads a notice in the bundled JSON format and returns {@link #withNotice(HolidayNotice)} of it.
     *
     * @param json the UTF-8 JSON document, closed after reading
     * @param source its name, for provenance and error messages
     * @return the new calendar
     * @throws DataFormatException when the document is not a notice
     */
    public HolidayCalendar withNotice(InputStream json, String source) {
        return withNotice(HolidayNotice.parse(json, source));
    }

    /**
     * A new calendar with local rest days added (e.g. an autonomous region's own holidays). A local rest day that is
     * already a national public holiday stays a public holiday. This calendar is unchanged.
     *
     * @param days the rest days, each inside the coverage
     * @return the new calendar, same notices and policy
     * @throws IllegalArgumentException when a day is outside the coverage or given twice
     */
    public HolidayCalendar withLocalRestDays(Collection<LocalRestDay> days) {
        Objects.requireNonNull(days, "days");
        List<LocalRestDay> next = new ArrayList<>(localRestDays);
        for (LocalRestDay d : days) {
            next.add(Objects.requireNonNull(d, "local rest day"));
        }
        return build(dataVersion, notices(), next, policy);
    }

    /**
     * @param newPolicy what to do with dates outside coverage
     * @return this calendar's data under that policy (cheap: the index is shared)
     */
    public HolidayCalendar withPolicy(CoveragePolicy newPolicy) {
        Objects.requireNonNull(newPolicy, "policy");
        return newPolicy == policy ? this : new HolidayCalendar(this, newPolicy);
    }

    /** @return the version of the data, every notice with its addresses, and the local rest days */
    public Provenance provenance() {
        return new Provenance(dataVersion, sources, localRestDays);
    }

    /** @return the notices this calendar is built from, in year order, with every day they list */
    public List<HolidayNotice> notices() {
        return notices != null ? notices : OfficialNotices.ALL;
    }

    @Override
    public DateRange coverage() {
        return coverage;
    }

    @Override
    public CoveragePolicy policy() {
        return policy;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        long e = date.toEpochDay();
        if (e >= firstEpoch && e <= lastEpoch) {
            return WORKING[kinds[(int) (e - firstEpoch)]];
        }
        uncovered(date);
        return isWeekday(e);
    }

    @Override
    public CalendarDay day(LocalDate date) {
        long e = date.toEpochDay();
        if (e >= firstEpoch && e <= lastEpoch) {
            int i = (int) (e - firstEpoch);
            return new CalendarDay(date, KINDS[kinds[i]], Optional.ofNullable(holidays[i]), false);
        }
        uncovered(date);
        return new CalendarDay(date, isWeekday(e) ? DayKind.NORMAL_WORKING_DAY : DayKind.WEEKEND, Optional.empty(),
                true);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        // The hot path, kept small enough to inline: a covered start and a covered result.
        long i = date.toEpochDay() - firstEpoch;
        if (i >= 0 && i < size && workingDays != 0) {
            // rank of the result among the covered working days (1-based): for a move forward, the working days up
            // to and including the start, plus n; for a move back, those strictly before the start, plus n + 1
            long rank = workingDays > 0 ? upTo[(int) i + 1] + (long) workingDays
                    : upTo[(int) i] + (long) workingDays + 1;
            if (rank >= 1 && rank <= total) {
                int k = (int) rank - 1;
                LocalDate result = workingDates[k];
                if (result == null) {
                    result = LocalDate.ofEpochDay(this.workingDays[k]);
                    workingDates[k] = result;
                }
                return result;
            }
        }
        return plusOutside(date, workingDays);
    }

    /** plusWorkingDays when the start or the result is outside coverage, or the move is zero. */
    private LocalDate plusOutside(LocalDate date, int workingDays) {
        long e = date.toEpochDay();
        boolean covered = e >= firstEpoch && e <= lastEpoch;
        if (!covered) {
            uncovered(date);
        }
        if (workingDays == 0) {
            return date;
        }
        if (covered && policy == CoveragePolicy.STRICT) {
            throw new CalendarCoverageException(workingDays > 0 ? coverage.last().plusDays(1)
                    : coverage.first().minusDays(1), coverage);
        }
        boolean working = covered ? WORKING[kinds[(int) (e - firstEpoch)]] : isWeekday(e);
        long rank = workingDays > 0 ? rank(e) + workingDays : rank(e) - (working ? 1 : 0) + workingDays + 1;
        long result = dateOfRank(rank);
        if (result < MIN_EPOCH || result > MAX_EPOCH) {
            throw new CalendarOverflowException(date + (workingDays > 0 ? " + " : " - ") + Math.abs((long) workingDays)
                    + " working days lies " + (workingDays > 0 ? "after " + LocalDate.MAX : "before " + LocalDate.MIN)
                    + ", beyond the dates Java can hold");
        }
        return LocalDate.ofEpochDay(result);
    }

    @Override
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        long a = start.toEpochDay() - firstEpoch;
        long b = end.toEpochDay() - firstEpoch;
        if (a >= 0 && a < size && b >= 0 && b < size) {
            return upTo[(int) b + 1] - upTo[(int) a + 1];
        }
        return betweenOutside(start, end);
    }

    private int betweenOutside(LocalDate start, LocalDate end) {
        long a = start.toEpochDay();
        long b = end.toEpochDay();
        if (policy == CoveragePolicy.STRICT) {
            LocalDate from = a <= b ? start : end;
            LocalDate to = a <= b ? end : start;
            throw new CalendarCoverageException(coverage.firstOutside(from, to).orElseThrow(), coverage);
        }
        long count = rank(b) - rank(a);
        if (count != (int) count) {
            throw new CalendarOverflowException("the working days from " + start + " to " + end + " number " + count
                    + ", more than an int holds (" + Integer.MAX_VALUE + ")");
        }
        return (int) count;
    }

    private void uncovered(LocalDate date) {
        if (policy == CoveragePolicy.STRICT) {
            throw new CalendarCoverageException(date, coverage);
        }
    }

    /**
     * Working days from the first covered day to epoch day {@code e} (both included) when {@code e} is covered;
     * extended beyond the coverage with Monday-Friday, so that {@code rank(b) - rank(a)} counts {@code a < x <= b}.
     */
    private long rank(long e) {
        if (e < firstEpoch) {
            return weekdaysBefore(e + 1) - weekdaysBeforeFirst;
        }
        if (e > lastEpoch) {
            return total + (weekdaysBefore(e + 1) - weekdaysThroughLast);
        }
        return upTo[(int) (e - firstEpoch) + 1];
    }

    /** The epoch day of the working day whose {@link #rank} is {@code rank}. */
    private long dateOfRank(long rank) {
        if (rank >= 1 && rank <= total) {
            return workingDays[(int) (rank - 1)];
        }
        if (rank > total) {
            return nthWeekday(weekdaysThroughLast + rank - total);
        }
        return nthWeekday(weekdaysBeforeFirst + rank);
    }

    private static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay - MONDAY, 7) < 5;
    }

    /** Monday-Friday days from {@link #MONDAY} (included) to {@code e} (excluded); negative before it. */
    private static long weekdaysBefore(long e) {
        long t = e - MONDAY;
        return Math.floorDiv(t, 7) * 5 + Math.min(Math.floorMod(t, 7), 5);
    }

    /** The epoch day of the {@code k}-th Monday-Friday day counted from {@link #MONDAY} (k = 1). */
    private static long nthWeekday(long k) {
        return MONDAY + Math.floorDiv(k - 1, 5) * 7 + Math.floorMod(k - 1, 5);
    }

    /** @return the coverage, policy and data version */
    @Override
    public String toString() {
        return "HolidayCalendar[coverage=" + coverage + ", policy=" + policy + ", dataVersion=" + dataVersion
                + (localRestDays.isEmpty() ? "" : ", localRestDays=" + localRestDays.size()) + "]";
    }

}
