package org.gongkai.calendar;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long first = from.toEpochDay();
        boolean[] seen = new boolean[(int) (to.toEpochDay() - first + 1)];
        for (Day d : days) {
            if (d.date().isBefore(from) || d.date().isAfter(to)) {
                throw new IllegalArgumentException(source + ": the notice of " + year + " lists " + d.date()
                        + ", outside " + from + ".." + to);
            }
            int i = (int) (d.date().toEpochDay() - first);
            if (seen[i]) {
                throw new IllegalArgumentException(source + ": " + d.date() + " is listed twice");
            }
            seen[i] = true;
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
                Object paper = list.get(i);
                papers.add(paper instanceof String ? (String) paper : string(paper, "papers[" + i + "]", source));
            }
        }
        List<?> rawDays = list(top.get("days"), "days", source);
        List<Day> days = new ArrayList<>(rawDays.size());
        for (int i = 0; i < rawDays.size(); i++) {
            // error texts are built only on the error path: the first string concatenation costs a cold JVM
            // several milliseconds, and the official calendar is loaded on a cold JVM
            Object raw = rawDays.get(i);
            if (!(raw instanceof Map)) {
                object(raw, day(i), source);
            }
            Map<?, ?> o = (Map<?, ?>) raw;
            Object nameValue = o.get("name");
            Object dateValue = o.get("date");
            Object off = o.get("isOffDay");
            if (!(nameValue instanceof String) || !(dateValue instanceof String) || !(off instanceof Boolean)) {
                String where = day(i);
                string(nameValue, where + ".name", source);
                string(dateValue, where + ".date", source);
                throw new DataFormatException(source, 0, 0, where + ".isOffDay: expected true or false, got " + off);
            }
            String name = (String) nameValue;
            String dateText = (String) dateValue;
            LocalDate date = isoDate(dateText);
            if (date == null) {
                throw new DataFormatException(source, 0, 0, day(i) + ".date: not an ISO date: " + dateText);
            }
            if (name.isBlank()) {
                throw new DataFormatException(source, 0, 0, day(i) + ".name: blank");
            }
            days.add(new Day(date, name, (Boolean) off));
        }
        try {
            return new HolidayNotice(year, papers, days, source);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, 0, e.getMessage());
        }
    }

    private static String day(int i) {
        return "days[" + i + "]";
    }

    /** Reads {@code yyyy-MM-dd} strictly, without java.time.format (slow on a cold JVM); null when malformed. */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int y = digits(text, 0, 4);
        int m = digits(text, 5, 7);
        int d = digits(text, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null; // month 13, February 30...
        }
    }

    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
