package org.gongkai.calendar;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongkai.data.DataFormatException;
import org.gongkai.internal.MiniJson;

/**
 * One year's holiday notice of the State Council (国务院办公厅关于某年部分节假日安排的通知), in the JSON format of the
 * bundled files: {@code {"year": 2025, "papers": [urls], "days": [{"name", "date", "isOffDay"}]}}.
 *
 * <p>Only exceptions to the Monday-Friday week are listed: a day off ({@code isOffDay: true}) or a working day
 * ({@code isOffDay: false}, usually a Saturday or Sunday worked in exchange). The notice of year Y may list late
 * December dates of year Y-1 (the New Year holiday), so its days are dated from December 1 of Y-1 to December 31
 * of Y. A notice with no days means the notice is not known yet; it never means "a year without holidays".
 *
 * @param year the year in the notice's title
 * @param papers the addresses of the notice text (two when the notice was amended, as in 2020)
 * @param days the listed days, in the file's order
 * @param source where the notice was read from, for provenance and error messages
 */
public record HolidayNotice(int year, List<String> papers, List<Day> days, String source) {

    /**
     * One listed day of a notice.
     *
     * @param date the date
     * @param name the holiday it belongs to, as written (e.g. {@code 春节})
     * @param offDay true for a day off, false for a working day
     */
    public record Day(LocalDate date, String name, boolean offDay) {
        /**
         * @param date the date
         * @param name the holiday's name, not blank
         * @param offDay true for a day off
         */
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException(date + ": the holiday's name is blank");
            }
        }
    }

    /**
     * @param year the notice's year
     * @param papers the addresses of the notice text
     * @param days the listed days, each dated from December 1 of {@code year - 1} to December 31 of {@code year},
     *     no date twice
     * @param source where it was read from
     * @throws IllegalArgumentException when a day lies outside the notice's span or is listed twice
     */
    public HolidayNotice {
        Objects.requireNonNull(source, "source");
        papers = List.copyOf(papers);
        days = List.copyOf(days);
        Set<LocalDate> seen = new HashSet<>();
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        for (Day d : days) {
            if (d.date().isBefore(from) || d.date().isAfter(to)) {
                throw new IllegalArgumentException(source + ": the notice of " + year + " lists " + d.date()
                        + ", outside " + from + ".." + to);
            }
            if (!seen.add(d.date())) {
                throw new IllegalArgumentException(source + ": " + d.date() + " is listed twice");
            }
        }
    }

    /** @return true when the notice lists no day: the year is unknown (the notice is not published yet) */
    public boolean isEmpty() {
        return days.isEmpty();
    }

    /**
     * Reads a notice in the bundled JSON format, closing the stream.
     *
     * @param in the UTF-8 JSON document
     * @param source a name for provenance and error messages (file name or URL)
     * @return the notice
     * @throws DataFormatException when the document is not JSON or a field is missing or wrong, naming the field
     */
    public static HolidayNotice parse(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return fromJson(MiniJson.parse(in, source), source);
    }

    /**
     * Reads a notice in the bundled JSON format.
     *
     * @param json the JSON document
     * @param source a name for provenance and error messages
     * @return the notice
     * @throws DataFormatException when the document is not JSON or a field is missing or wrong, naming the field
     */
    public static HolidayNotice parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        return fromJson(MiniJson.parse(json, source), source);
    }

    private static HolidayNotice fromJson(Object root, String source) {
        Map<?, ?> top = object(root, "the document", source);
        int year = integer(top.get("year"), "year", source);
        List<String> papers = new ArrayList<>();
        Object p = top.get("papers");
        if (p != null) {
            List<?> list = list(p, "papers", source);
            for (int i = 0; i < list.size(); i++) {
                papers.add(string(list.get(i), "papers[" + i + "]", source));
            }
        }
        List<?> rawDays = list(top.get("days"), "days", source);
        List<Day> days = new ArrayList<>(rawDays.size());
        for (int i = 0; i < rawDays.size(); i++) {
            String where = "days[" + i + "]";
            Map<?, ?> o = object(rawDays.get(i), where, source);
            String name = string(o.get("name"), where + ".name", source);
            String dateText = string(o.get("date"), where + ".date", source);
            Object off = o.get("isOffDay");
            if (!(off instanceof Boolean)) {
                throw new DataFormatException(source, 0, 0, where + ".isOffDay: expected true or false, got " + off);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new DataFormatException(source, 0, 0, where + ".date: not an ISO date: " + dateText);
            }
            if (name.isBlank()) {
                throw new DataFormatException(source, 0, 0, where + ".name: blank");
            }
            days.add(new Day(date, name, (Boolean) off));
        }
        try {
            return new HolidayNotice(year, papers, days, source);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, 0, e.getMessage());
        }
    }

    private static Map<?, ?> object(Object o, String where, String source) {
        if (!(o instanceof Map)) {
            throw new DataFormatException(source, 0, 0, where + ": expected an object, got " + describe(o));
        }
        return (Map<?, ?>) o;
    }

    private static List<?> list(Object o, String where, String source) {
        if (!(o instanceof List)) {
            throw new DataFormatException(source, 0, 0, where + ": expected an array, got " + describe(o));
        }
        return (List<?>) o;
    }

    private static String string(Object o, String where, String source) {
        if (!(o instanceof String)) {
            throw new DataFormatException(source, 0, 0, where + ": expected a string, got " + describe(o));
        }
        return (String) o;
    }

    private static int integer(Object o, String where, String source) {
        if (o instanceof BigDecimal) {
            try {
                int y = ((BigDecimal) o).intValueExact();
                if (y >= 1900 && y <= 9999) {
                    return y;
                }
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        throw new DataFormatException(source, 0, 0, where + ": expected a year, got " + describe(o));
    }

    private static String describe(Object o) {
        return o == null ? "nothing" : o instanceof String ? "\"" + o + "\"" : String.valueOf(o);
    }
}
