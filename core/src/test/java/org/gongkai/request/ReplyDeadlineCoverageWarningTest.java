package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongkai.calendar.CoverageWarning;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.request.RequestEvent.Received;
import org.junit.jupiter.api.Test;

/** The reply clock warns when its dates come within 30 days of the end of the calendar's data (2026-12-31). */
class ReplyDeadlineCoverageWarningTest {
    private static final HolidayCalendar CAL = HolidayCalendar.bundled();

    @Test
    void aDueDateWithin30DaysOfTheLastCoveredDayIsWarnedAbout() {
        // Received Mon 2026-11-02: 20 working days (Art. 33) with no holiday in Nov-Dec 2026: 11-3..6 (4),
        // 9..13 (9), 16..20 (14), 23..27 (19), 30 (20) -> due Mon 2026-11-30, 31 days before 2026-12-31: no warning
        ReplyDeadline early = DisclosureRequest.receivedBy(Received.inPerson(LocalDate.of(2026, 11, 2)))
                .replyDeadline(CAL);
        assertThat(early.due()).contains(LocalDate.of(2026, 11, 30));
        assertThat(early.warnings()).isEmpty();
        // Received Tue 2026-11-03: due Tue 2026-12-01, 30 days before the last covered day: warned, date unchanged
        ReplyDeadline late = DisclosureRequest.receivedBy(Received.inPerson(LocalDate.of(2026, 11, 3)))
                .replyDeadline(CAL);
        assertThat(late.due()).contains(LocalDate.of(2026, 12, 1));
        assertThat(late.provisional()).isFalse();
        assertThat(late.warnings()).containsExactly("the working-day calendar's data ends on 2026-12-31, 30 days "
                + "after 2026-12-01, the last date of this computation: " + CoverageWarning.HOW_TO_ADD);
        assertThat(late.explanation()).last().asString().startsWith("WARNING: ").contains("GONGKAI_NOTICES");
    }

    @Test
    void addingTheNextNoticeSilencesTheWarning() {
        // a made-up 2027 notice (the real one is not published) moves the end of the data to 2027-12-31
        HolidayCalendar with2027 = CAL.withNoticeText("国务院办公厅关于2027年部分节假日安排的通知\n"
                + "一、元旦：1月1日（星期五）至3日（星期日）放假，共3天。", "2027.txt", false);
        ReplyDeadline clock = DisclosureRequest.receivedBy(Received.inPerson(LocalDate.of(2026, 11, 3)))
                .replyDeadline(with2027);
        assertThat(clock.warnings()).isEmpty();
    }
}
