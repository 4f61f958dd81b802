package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code calendar workday|plus|between} on the official calendar. Every expected value counted by hand on the State
 * Council's notices (reference/holidays): 2024 National Day 10-01..10-07 off, Sun 09-29 and Sat 10-12 worked;
 * Mid-Autumn 09-15..09-17 off, Sat 09-14 worked. 2027 has no notice yet: the data ends 2026-12-31.
 */
class CalendarCommandsTest {

    @ParameterizedTest
    @CsvSource({
        "2024-09-29, true",    // Sunday made a working day before National Day (调休)
        "2024-10-12, true",    // Saturday made a working day after it
        "2024-09-28, false",   // an ordinary Saturday
        "2024-10-01, false",   // National Day
        "2024-10-08, true",    // the Tuesday after the holiday
        "2024-09-16, false",   // Mid-Autumn, a Monday off
    })
    void workday(String date, boolean expected) {
        Cli.Result r = Cli.run("calendar", "workday", date);
        assertThat(r.line()).isEqualTo(String.valueOf(expected));
        assertThat(r.status()).isEqualTo(expected ? 0 : 1);   // 0 = yes, 1 = no
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // Fri 09-27 + 1: Sat 09-28 is off, Sun 09-29 is an adjusted working day → 09-29
        "2024-09-27, 1, 2024-09-29",
        // Art. 33's 20 working days from Fri 09-27: 09-29, 09-30, 10-08..10-11, Sat 10-12 (7), 10-14..18 (12),
        // 10-21..25 (17), 10-28, 10-29, 10-30 (20)
        "2024-09-27, 20, 2024-10-30",
        // day zero
        "2024-09-27, 0, 2024-09-27",
        // back over the holiday: the working day before Tue 10-08 is Mon 09-30
        "2024-10-08, -1, 2024-09-30",
        // 2025: Sun 09-28 worked, 10-01..10-08 off; Fri 09-26 + 4 → 09-28 (1), 09-29, 09-30 (3), 10-09 (4)
        "2025-09-26, 4, 2025-10-09",
    })
    void plus(String date, String n, String expected) {
        Cli.Result r = Cli.run("calendar", "plus", date, n);
        assertThat(r.line()).isEqualTo(expected);
        assertThat(r.status()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-09-30, 2024-10-08, 1",    // 10-01..10-07 off; 10-08 counts (START excluded, END included)
        "2024-10-08, 2024-09-30, -1",   // the roles swapped
        "2024-09-27, 2024-10-30, 20",   // the Art. 33 period above
        "2024-09-28, 2024-09-28, 0",
    })
    void between(String start, String end, String expected) {
        Cli.Result r = Cli.run("calendar", "between", start, end);
        assertThat(r.line()).isEqualTo(expected);
        assertThat(r.status()).isZero();
    }

    @Test
    void outsideTheOfficialDataIsExit2NamingTheDate() {
        // 2026-12-20 (Sun) + 30: 9 working days in 2026 (12-21..25, 12-28..31), then 2027, which has no notice
        Cli.Result r = Cli.run("calendar", "plus", "2026-12-20", "30");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("2027-01-01", "outside the official calendar data", "--provisional");
        Cli.Result w = Cli.run("calendar", "workday", "2027-03-01");
        assertThat(w.status()).isEqualTo(2);
        assertThat(w.err()).contains("2027-03-01");
        Cli.Result b = Cli.run("calendar", "between", "2006-12-01", "2007-01-10");
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.err()).contains("2006-12-01");   // the data starts with the 2007 notice
    }

    @Test
    void provisionalTakesMondayToFridayAndSaysSo() {
        // 9 working days in 2026 as above, then Monday-Friday: 01-01 (10), 01-04..08 (15), 01-11..15 (20),
        // 01-18..22 (25), 01-25..29 (30)
        Cli.Result r = Cli.run("calendar", "plus", "2026-12-20", "30", "--provisional");
        assertThat(r.status()).isZero();
        assertThat(r.line()).isEqualTo("2027-01-29");
        assertThat(r.err()).contains("provisional", "2027-01-01");
        Cli.Result w = Cli.run("calendar", "workday", "--provisional", "2027-03-01");   // a Monday
        assertThat(w.line()).isEqualTo("true");
        assertThat(w.status()).isZero();
    }

    @Test
    void badDatesAndNumbersAreUsageErrors() {
        Cli.Result d = Cli.run("calendar", "plus", "2024-9-27", "1");
        assertThat(d.status()).isEqualTo(2);
        assertThat(d.err()).contains("calendar plus: DATE '2024-9-27' is not a date yyyy-MM-dd");
        Cli.Result feb = Cli.run("calendar", "workday", "2023-02-29");
        assertThat(feb.status()).isEqualTo(2);
        assertThat(feb.err()).contains("'2023-02-29'");
        Cli.Result n = Cli.run("calendar", "plus", "2024-09-27", "twenty");
        assertThat(n.status()).isEqualTo(2);
        assertThat(n.err()).contains("N 'twenty' is not an integer");
        Cli.Result missing = Cli.run("calendar", "between", "2024-09-27");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("missing argument END");
    }
}
