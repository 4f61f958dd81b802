package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.CalendarResult;
import org.gongkai.calendar.CoveragePolicy;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.Received;
import org.junit.jupiter.api.Test;

/** The README's example, kept compiling and true (dates as in scenario 4 of ReplyDeadlineScenariosTest). */
class ReadmeExampleTest {
    @Test
    void readmeExample() {
        HolidayCalendar cal = WorkingDayCalendar.official();           // bundled notices 2007-2026, strict
        LocalDate due = cal.plusWorkingDays(LocalDate.of(2024, 9, 27), 20);      // 2024-10-30
        String kind = cal.day(LocalDate.of(2024, 9, 29)).kind() + " " + cal.day(LocalDate.of(2024, 9, 29)).holiday();

        DisclosureRequest request = DisclosureRequest.receivedBy(Received.inPerson(LocalDate.of(2024, 12, 2)))
                .then(new Consultation(ConsultedParty.THIRD_PARTY, LocalDate.of(2024, 12, 10),
                        LocalDate.of(2024, 12, 20)))
                .then(ExtensionApproved.full(LocalDate.of(2024, 12, 27), "办公室主任"));
        ReplyDeadline clock = request.replyDeadline(cal);
        clock.due();                                   // 2025-01-10 (20 working days + 8 paused)
        clock.extendedDue();                           // 2025-02-13
        clock.status(LocalDate.of(2025, 1, 15));       // DUE_WITHIN 17
        List<String> why = clock.explanation();       // one line per rule applied, with its article

        CalendarResult<LocalDate> guess = cal.withPolicy(CoveragePolicy.PROVISIONAL)
                .addWorkingDays(LocalDate.of(2026, 12, 28), 5); // 2027-01-04, provisional() == true

        assertThat(due).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(kind).isEqualTo("ADJUSTED_WORKING_DAY Optional[国庆节]");
        assertThat(clock.due()).contains(LocalDate.of(2025, 1, 10));
        assertThat(clock.extendedDue()).contains(LocalDate.of(2025, 2, 13));
        assertThat(clock.status(LocalDate.of(2025, 1, 15)).toString()).isEqualTo("DUE_WITHIN 17");
        assertThat(guess.value()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(guess.provisional()).isTrue();
        assertThat(why).hasSize(5);
        assertThat(why.get(3)).isEqualTo("reply due 2025-01-10 (20 working days after 2024-12-02 + 8 paused, Art. 33)");
        assertThat(List.of(clock.pausedWorkingDays())).containsExactly(8);
    }
}
