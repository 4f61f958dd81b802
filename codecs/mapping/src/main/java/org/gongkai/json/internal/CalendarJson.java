package org.gongkai.json.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.DateRange;
import org.gongkai.calendar.DayKind;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.LocalRestDay;
import org.gongkai.calendar.Provenance;

/**
 * The working-day calendar's values on the wire: its provenance (data version, notices with the addresses of their
 * text, local rest days), a day, a date range, and a State Council holiday notice in the holiday-cn format of the
 * files bundled in gongkai-core: {@code {"$schema", "$id", "year", "papers": [url…], "days": [{"name", "date",
 * "isOffDay"}…]}}.
 */
public final class CalendarJson {
    /** The {@code $schema} of the holiday-cn files, written on every notice. */
    public static final String HOLIDAY_CN_SCHEMA = "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json";
    public static final List<String> NOTICE_KEYS = List.of("$schema", "$id", "year", "papers", "days");
    public static final List<String> NOTICE_DAY_KEYS = List.of("name", "date", "isOffDay");
    public static final List<String> PROVENANCE_KEYS = List.of("dataVersion", "notices", "localRestDays");
    public static final List<String> NOTICE_SOURCE_KEYS = List.of("year", "papers", "source", "known");
    public static final List<String> LOCAL_REST_DAY_KEYS = List.of("date", "name", "source");
    public static final List<String> DAY_KEYS = List.of("date", "kind", "holiday", "provisional");
    public static final List<String> RANGE_KEYS = List.of("first", "last");
    private static final KeyIndex NOTICE = KeyIndex.of(NOTICE_KEYS);
    private static final KeyIndex NOTICE_DAY = KeyIndex.of(NOTICE_DAY_KEYS);
    private static final KeyIndex PROVENANCE = KeyIndex.of(PROVENANCE_KEYS);
    private static final KeyIndex NOTICE_SOURCE = KeyIndex.of(NOTICE_SOURCE_KEYS);
    private static final KeyIndex LOCAL_REST_DAY = KeyIndex.of(LOCAL_REST_DAY_KEYS);
    private static final KeyIndex DAY = KeyIndex.of(DAY_KEYS);
    private static final KeyIndex RANGE = KeyIndex.of(RANGE_KEYS);

    private CalendarJson() {
    }

    // ------------------------------------------------------------------ holiday notice (holiday-cn format)

    /** Writes the notice in the holiday-cn format; its {@code source} goes to {@code $id}. */
    public static void writeNotice(HolidayNotice n, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", HOLIDAY_CN_SCHEMA);
        g.writeStringField("$id", n.source());
        g.writeNumberField("year", n.year());
        writeStrings("papers", n.papers(), g);
        g.writeArrayFieldStart("days");
        for (HolidayNotice.Day d : n.days()) {
            writeNoticeDay(d, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeNoticeDay(HolidayNotice.Day d, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", d.name());
        g.writeStringField("date", d.date().toString());
        g.writeBooleanField("isOffDay", d.offDay());
        g.writeEndObject();
    }

    /**
     * Reads a notice in the holiday-cn format. {@code $id} (the file's own address in holiday-cn) becomes the
     * notice's source, or the empty string when absent; {@code $schema} is accepted and not kept. {@code year} and
     * {@code days} are required, {@code papers} may be absent (an unpublished notice).
     */
    public static HolidayNotice readNotice(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a holiday notice {year, papers, days}");
        Integer year = null;
        String source = "";
        List<String> papers = List.of();
        List<HolidayNotice.Day> days = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = NOTICE.mark(p, f, seen);
            switch (f) {
                case "$schema" -> JsonCodec.text(p);
                case "$id" -> source = JsonCodec.text(p);
                case "year" -> year = year(p);
                case "papers" -> papers = c.readStrings(p);
                case "days" -> {
                    days = new ArrayList<>();
                    JsonCodec.startArray(p, "days");
                    while (p.nextToken() != Token.END_ARRAY) {
                        days.add(readNoticeDay(c, p));
                    }
                }
                default -> c.unknown(p, f, HolidayNotice.class, NOTICE_KEYS);
            }
        }
        if (year == null) {
            throw JsonCodec.fail(p, "a holiday notice needs its \"year\"");
        }
        if (days == null) {
            throw JsonCodec.fail(p, "a holiday notice needs its \"days\" (an empty array when not yet published)");
        }
        try {
            return new HolidayNotice(year, papers, days, source);
        } catch (IllegalArgumentException e) {
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    public static HolidayNotice.Day readNoticeDay(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a day of a notice {name, date, isOffDay}");
        String name = null;
        LocalDate date = null;
        Boolean off = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = NOTICE_DAY.mark(p, f, seen);
            switch (f) {
                case "name" -> {
                    name = JsonCodec.text(p);
                    if (name.isBlank()) {
                        throw JsonCodec.fail(p, "the holiday's name is blank");
                    }
                }
                case "date" -> date = JsonCodec.date(p);
                case "isOffDay" -> off = JsonCodec.bool(p);
                default -> c.unknown(p, f, HolidayNotice.Day.class, NOTICE_DAY_KEYS);
            }
        }
        if (name == null || date == null || off == null) {
            throw JsonCodec.fail(p, "a day of a notice needs \"name\", \"date\" and \"isOffDay\"");
        }
        return new HolidayNotice.Day(date, name, off);
    }

    private static int year(JsonIn p) throws IOException {
        if (p.currentToken() != Token.VALUE_NUMBER_INT || p.getLongValue() < 1900 || p.getLongValue() > 9999) {
            throw JsonCodec.fail(p, "expected a year (1900 to 9999) but found " + JsonCodec.describe(p));
        }
        return p.getIntValue();
    }

    // ------------------------------------------------------------------ provenance

    public static void writeProvenance(Provenance pr, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("dataVersion", pr.dataVersion());
        g.writeArrayFieldStart("notices");
        for (Provenance.NoticeSource n : pr.notices()) {
            writeNoticeSource(n, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("localRestDays");
        for (LocalRestDay d : pr.localRestDays()) {
            writeLocalRestDay(d, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeNoticeSource(Provenance.NoticeSource n, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", n.year());
        writeStrings("papers", n.papers(), g);
        g.writeStringField("source", n.source());
        g.writeBooleanField("known", n.known());
        g.writeEndObject();
    }

    public static void writeLocalRestDay(LocalRestDay d, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", d.date().toString());
        g.writeStringField("name", d.name());
        g.writeStringField("source", d.source());
        g.writeEndObject();
    }

    public static Provenance readProvenance(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a calendar's provenance {dataVersion, notices, localRestDays}");
        String version = null;
        List<Provenance.NoticeSource> notices = new ArrayList<>();
        List<LocalRestDay> rest = new ArrayList<>();
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = PROVENANCE.mark(p, f, seen);
            switch (f) {
                case "dataVersion" -> version = JsonCodec.text(p);
                case "notices" -> {
                    JsonCodec.startArray(p, "notices");
                    while (p.nextToken() != Token.END_ARRAY) {
                        notices.add(readNoticeSource(c, p));
                    }
                }
                case "localRestDays" -> {
                    JsonCodec.startArray(p, "localRestDays");
                    while (p.nextToken() != Token.END_ARRAY) {
                        rest.add(readLocalRestDay(c, p));
                    }
                }
                default -> c.unknown(p, f, Provenance.class, PROVENANCE_KEYS);
            }
        }
        if (version == null) {
            throw JsonCodec.fail(p, "a calendar's provenance needs its \"dataVersion\"");
        }
        return new Provenance(version, notices, rest);
    }

    public static Provenance.NoticeSource readNoticeSource(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a notice source {year, papers, source, known}");
        Integer year = null;
        List<String> papers = List.of();
        String source = "";
        Boolean known = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = NOTICE_SOURCE.mark(p, f, seen);
            switch (f) {
                case "year" -> year = year(p);
                case "papers" -> papers = c.readStrings(p);
                case "source" -> source = JsonCodec.text(p);
                case "known" -> known = JsonCodec.bool(p);
                default -> c.unknown(p, f, Provenance.NoticeSource.class, NOTICE_SOURCE_KEYS);
            }
        }
        if (year == null || known == null) {
            throw JsonCodec.fail(p, "a notice source needs \"year\" and \"known\"");
        }
        return new Provenance.NoticeSource(year, papers, source, known);
    }

    public static LocalRestDay readLocalRestDay(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a local rest day {date, name, source}");
        LocalDate date = null;
        String name = "";
        String source = "";
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = LOCAL_REST_DAY.mark(p, f, seen);
            switch (f) {
                case "date" -> date = JsonCodec.date(p);
                case "name" -> name = JsonCodec.text(p);
                case "source" -> source = JsonCodec.text(p);
                default -> c.unknown(p, f, LocalRestDay.class, LOCAL_REST_DAY_KEYS);
            }
        }
        if (date == null) {
            throw JsonCodec.fail(p, "a local rest day needs its \"date\"");
        }
        try {
            return new LocalRestDay(date, name, source);
        } catch (IllegalArgumentException e) {
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    // ------------------------------------------------------------------ a day, a range

    public static void writeDay(CalendarDay d, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", d.date().toString());
        g.writeStringField("kind", d.kind().name());
        if (d.holiday().isPresent()) {
            g.writeStringField("holiday", d.holiday().get());
        } else {
            g.writeNullField("holiday");
        }
        g.writeBooleanField("provisional", d.provisional());
        g.writeEndObject();
    }

    public static CalendarDay readDay(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a calendar day {date, kind, holiday, provisional}");
        LocalDate date = null;
        DayKind kind = null;
        String holiday = null;
        boolean provisional = false;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = DAY.mark(p, f, seen);
            switch (f) {
                case "date" -> date = JsonCodec.date(p);
                case "kind" -> kind = c.readCode(p, DayKind.class, s -> LabelLookup.find(DayKind.class,
                        DayKind::label, s));
                case "holiday" -> holiday = p.currentToken() == Token.VALUE_NULL ? null : JsonCodec.text(p);
                case "provisional" -> provisional = JsonCodec.bool(p);
                default -> c.unknown(p, f, CalendarDay.class, DAY_KEYS);
            }
        }
        if (date == null || kind == null) {
            throw JsonCodec.fail(p, "a calendar day needs \"date\" and \"kind\"");
        }
        try {
            return new CalendarDay(date, kind, Optional.ofNullable(holiday), provisional);
        } catch (IllegalArgumentException e) {
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    public static void writeRange(DateRange r, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("first", r.first().toString());
        g.writeStringField("last", r.last().toString());
        g.writeEndObject();
    }

    public static DateRange readRange(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a date range {first, last}");
        LocalDate first = null;
        LocalDate last = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = RANGE.mark(p, f, seen);
            switch (f) {
                case "first" -> first = JsonCodec.date(p);
                case "last" -> last = JsonCodec.date(p);
                default -> c.unknown(p, f, DateRange.class, RANGE_KEYS);
            }
        }
        if (first == null || last == null) {
            throw JsonCodec.fail(p, "a date range needs \"first\" and \"last\"");
        }
        try {
            return new DateRange(first, last);
        } catch (IllegalArgumentException e) {
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    private static void writeStrings(String field, List<String> values, JsonOut g) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
