package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reliability audit D5: under the provisional policy, computations near {@link LocalDate#MIN} and {@link
 * LocalDate#MAX} threw java.time's DateTimeException (naming no argument) and ArithmeticException. They now throw
 * the documented {@link CalendarOverflowException}, naming the arguments; results that Java can hold are answered.
 */
class ProvisionalExtremesTest {
    private static final HolidayCalendar PROV = WorkingDayCalendar.official().withPolicy(CoveragePolicy.PROVISIONAL);

    @Test
    void theAuditsDateReproducersThrowTheDocumentedException() {
        assertThatThrownBy(() -> PROV.plusWorkingDays(LocalDate.MAX, 1)).isInstanceOf(CalendarOverflowException.class)
                .hasMessageContaining("+999999999-12-31 + 1 working days");
        assertThatThrownBy(() -> PROV.nextWorkingDay(LocalDate.MAX)).isInstanceOf(CalendarOverflowException.class);
        assertThatThrownBy(() -> PROV.plusWorkingDays(LocalDate.MIN, -1)).isInstanceOf(CalendarOverflowException.class)
                .hasMessageContaining("-999999999-01-01 - 1 working days").hasMessageContaining("before");
        // MAX (+999999999-12-31) is a Friday: MAX - 3 is a Tuesday; + 5 working days runs past MAX
        assertThatThrownBy(() -> PROV.addWorkingDays(LocalDate.MAX.minusDays(3), 5))
                .isInstanceOf(CalendarOverflowException.class);
    }

    @Test
    void theAuditsCountReproducersThrowTheDocumentedException() {
        assertThatThrownBy(() -> PROV.workingDaysBetween(LocalDate.MIN, LocalDate.MAX))
                .isInstanceOf(CalendarOverflowException.class).hasMessageContaining("-999999999-01-01")
                .hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
        assertThatThrownBy(() -> PROV.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(9_000_000, 1, 1)))
                .isInstanceOf(CalendarOverflowException.class);
        assertThatThrownBy(() -> PROV.countWorkingDays(LocalDate.MAX, LocalDate.MIN))
                .isInstanceOf(CalendarOverflowException.class);
    }

    @Test
    void resultsJavaCanHoldAreStillAnswered() {
        // MAX is a Friday, so the working day before it is Thursday +999999999-12-30
        assertThat(PROV.plusWorkingDays(LocalDate.MAX, -1)).isEqualTo(LocalDate.MAX.minusDays(1));
        assertThat(PROV.plusWorkingDays(LocalDate.MAX.minusDays(1), 1)).isEqualTo(LocalDate.MAX);
        // 2,000,000 years have about 521,775,000 weekdays: well inside an int
        assertThat(PROV.workingDaysBetween(LocalDate.of(-1_000_000, 1, 1), LocalDate.of(1_000_000, 1, 1)))
                .isPositive();
        assertThat(PROV.plusWorkingDays(LocalDate.of(2024, 9, 27), Integer.MAX_VALUE).getYear()).isGreaterThan(8_000_000);
    }

    @Test
    void randomExtremeArgumentsThrowNothingElse() {
        Random r = new Random(Long.getLong("fuzz.seed", 1L));
        long min = LocalDate.MIN.toEpochDay();
        long max = LocalDate.MAX.toEpochDay();
        for (int i = 0; i < 20_000; i++) {
            LocalDate a = LocalDate.ofEpochDay(r.nextBoolean() ? min + r.nextInt(3000) : max - r.nextInt(3000));
            LocalDate b = LocalDate.ofEpochDay(min + (long) (r.nextDouble() * (max - min)));
            int n = r.nextBoolean() ? r.nextInt() : r.nextInt(4000) - 2000;
            try {
                PROV.plusWorkingDays(a, n);
            } catch (CalendarOverflowException expected) {
                assertThat(expected.getMessage()).contains(a.toString());
            }
            try {
                PROV.workingDaysBetween(a, b);
            } catch (CalendarOverflowException expected) {
                assertThat(expected.getMessage()).contains(a.toString());
            }
        }
    }
}
