package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.Received;
import org.gongkai.request.RequestEvent.Replied;
import org.gongkai.request.RequestEvent.SupplementReceived;
import org.gongkai.request.RequestEvent.SupplementRequested;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked reply clocks on the real calendar (bundled State Council notices). Each count was made day by day
 * from the notice files, not from the code. Notation: "10-01..10-07 H" = holidays, "A" = adjusted working day
 * (a Saturday or Sunday worked), a number = the working day's rank after day zero.
 */
class ReplyDeadlineScenariosTest {
    private static final HolidayCalendar CAL = WorkingDayCalendar.official();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ReplyDeadline clock(RequestEvent... events) {
        return DisclosureRequest.of(List.of(events)).replyDeadline(CAL);
    }

    /**
     * 1. Received in person on the Friday before National Day 2024. Art. 33: 20 working days from day zero Fri 09-27:
     * 09-28 Sat rest, 09-29 Sun A (1), 09-30 (2), 10-01..10-07 H, 10-08 (3), 09 (4), 10 (5), 11 (6), 10-12 Sat A (7),
     * 14 (8), 15 (9), 16 (10), 17 (11), 18 (12), 21 (13), 22 (14), 23 (15), 24 (16), 25 (17), 28 (18), 29 (19),
     * 30 (20) -> 2024-10-30. Art. 30 notice limit, 7 working days: 09-29 (1), 09-30 (2), 10-08 (3), 09 (4), 10 (5),
     * 11 (6), 10-12 Sat A (7) -> 2024-10-12, a Saturday that is a working day.
     */
    @Test
    void receivedTheFridayBeforeNationalDay2024() {
        ReplyDeadline c = clock(Received.inPerson(d("2024-09-27")));
        assertThat(c.due()).contains(d("2024-10-30"));
        assertThat(c.extendedDue()).isEmpty();
        assertThat(c.supplementNoticeBy()).isEqualTo(d("2024-10-12"));
        assertThat(c.pausedWorkingDays()).isZero();
        assertThat(c.provisional()).isFalse();
    }

    /**
     * 2. Received online during the Spring Festival 2025 (both sides confirmed Wed 01-29, a holiday): day zero 01-29;
     * 01-30..02-04 H, 02-05 (1), 06 (2), 07 (3), 02-08 Sat A (4), 10 (5), 11 (6), 12 (7), 13 (8), 14 (9), 17 (10),
     * 18 (11), 19 (12), 20 (13), 21 (14), 24 (15), 25 (16), 26 (17), 27 (18), 28 (19), 03-03 Mon (20) -> 2025-03-03.
     * Notice limit: 02-05..02-12 is 7 (05, 06, 07, 08A, 10, 11, 12) -> 2025-02-12.
     */
    @Test
    void receivedOnlineDuringSpringFestival2025() {
        ReplyDeadline c = clock(Received.online(d("2025-01-29")));
        assertThat(c.receivedOn()).isEqualTo(d("2025-01-29"));
        assertThat(c.due()).contains(d("2025-03-03"));
        assertThat(c.supplementNoticeBy()).isEqualTo(d("2025-02-12"));
    }

    /**
     * 3. Supplement straddling 清明 2024. Received Thu 03-28; notice limit: 03-29 (1), 04-01 (2), 02 (3), 03 (4),
     * 04-04..04-06 H, 04-07 Sun A (5), 08 (6), 09 (7) -> 2024-04-09. Supplement requested Wed 04-03 (in time),
     * received Mon 04-08: Art. 30, the 20 days run anew from 04-08: 09 (1), 10 (2), 11 (3), 12 (4), 15 (5), 16 (6),
     * 17 (7), 18 (8), 19 (9), 22 (10), 23 (11), 24 (12), 25 (13), 26 (14), 04-28 Sun A (15), 29 (16), 30 (17),
     * 05-01..05-05 H, 05-06 (18), 07 (19), 08 (20) -> 2024-05-08.
     */
    @Test
    void supplementStraddlingQingming2024() {
        ReplyDeadline c = clock(Received.inPerson(d("2024-03-28")),
                SupplementRequested.on(d("2024-04-03"), d("2024-04-17")),
                new SupplementReceived(d("2024-04-08")));
        assertThat(c.supplementNoticeBy()).isEqualTo(d("2024-04-09"));
        assertThat(c.supplementNoticeLate()).isFalse();
        assertThat(c.clockStartsOn()).contains(d("2024-04-08"));
        assertThat(c.due()).contains(d("2024-05-08"));
        // on Mon 04-01, before the notice, the clock still ran from the receipt: 03-29 (1), 04-01 (2) -> 18 left
        assertThat(c.status(d("2024-04-01"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 18));
        // on 04-05 (a holiday) the applicant had not supplemented yet: no clock
        assertThat(c.status(d("2024-04-05"))).isEqualTo(new ReplyStatus(ReplyStatus.State.AWAITING_SUPPLEMENT, 0));
    }

    /**
     * 4. Consultation pause and extension across New Year 2024/2025. Received Mon 2024-12-02. Third party consulted
     * from Tue 12-10 to Fri 12-20: paused (12-10, 12-20] = 11, 12, 13, 16, 17, 18, 19, 20 = 8 working days.
     * Count: 12-03 (1), 04 (2), 05 (3), 06 (4), 09 (5), 10 (6), [paused], 23 (7), 24 (8), 25 (9), 26 (10), 27 (11),
     * 30 (12), 31 (13), 01-01 H, 01-02 (14), 03 (15), 06 (16), 07 (17), 08 (18), 09 (19), 10 (20) -> 2025-01-10.
     * Extension of 20 approved 12-27: 01-13 (21), 14, 15, 16, 17 (25), 20, 21, 22, 23, 24 (30), 01-26 Sun A (31),
     * 27 (32), 01-28..02-04 H, 02-05 (33), 06 (34), 07 (35), 02-08 Sat A (36), 10 (37), 11 (38), 12 (39),
     * 13 (40) -> 2025-02-13. Art. 32: the third party answers within 15 working days of 12-10: 11, 12, 13, 16, 17,
     * 18, 19, 20, 23, 24, 25, 26, 27, 30, 31 -> 2024-12-31.
     */
    @Test
    void consultationAndExtensionAcrossNewYear2025() {
        Consultation third = new Consultation(ConsultedParty.THIRD_PARTY, d("2024-12-10"), d("2024-12-20"));
        ReplyDeadline c = clock(Received.inPerson(d("2024-12-02")), third,
                ExtensionApproved.full(d("2024-12-27"), "办公室主任 张某"));
        assertThat(c.due()).contains(d("2025-01-10"));
        assertThat(c.extendedDue()).contains(d("2025-02-13"));
        assertThat(c.applicableDue()).contains(d("2025-02-13"));
        assertThat(c.pausedWorkingDays()).isEqualTo(8);
        assertThat(c.pauses()).containsExactly(new ReplyDeadline.Pause(third, 8, Optional.of(d("2024-12-31"))));
        // status on Mon 12-16, inside the pause, before the extension: 6 days counted (12-03..12-10) -> 14 left
        assertThat(c.status(d("2024-12-16"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 14));
        // on Wed 2025-01-15 the extension applies: 23 counted (01-15 is the 23rd) -> 17 left
        assertThat(c.status(d("2025-01-15"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 17));
        assertThat(c.explanation()).anyMatch(l -> l.contains("2025-02-13") && l.contains("办公室主任 张某"));
    }

    /**
     * 5. Received on a Saturday (online, confirmed Sat 2024-11-30): day zero 11-30, 12-02 Mon (1), ... 12 weekdays
     * of December up to 12-17 (12), 18 (13), 19 (14), 20 (15), 23 (16), 24 (17), 25 (18), 26 (19), 27 (20)
     * -> 2024-12-27 (no holiday in December 2024).
     */
    @Test
    void receivedOnASaturday() {
        assertThat(clock(Received.online(d("2024-11-30"))).due()).contains(d("2024-12-27"));
    }

    /**
     * 6. Received by signed post on Thu 2020-01-23, the eve of the extended Spring Festival 2020: 01-24..02-02 H
     * (the COVID extension), Mon 02-03 (1) is a normal working day, 04 (2), 05 (3), 06 (4), 07 (5), 10 (6), 11 (7),
     * 12 (8), 13 (9), 14 (10), 17 (11), 18 (12), 19 (13), 20 (14), 21 (15), 24 (16), 25 (17), 26 (18), 27 (19),
     * 28 (20) -> 2020-02-28. Notice limit: 02-03..02-11 (7) -> 2020-02-11.
     */
    @Test
    void receivedBeforeTheExtendedSpringFestival2020() {
        ReplyDeadline c = clock(Received.byPostSignedFor(d("2020-01-23")));
        assertThat(c.due()).contains(d("2020-02-28"));
        assertThat(c.supplementNoticeBy()).isEqualTo(d("2020-02-11"));
    }

    /**
     * 7. Ordinary letter arrived and confirmed with the applicant on Sat 2024-09-14, an adjusted working day (Art. 31:
     * the day of confirmation). 09-15..09-17 H (中秋), 18 (1), 19 (2), 20 (3), 23 (4), 24 (5), 25 (6), 26 (7), 27 (8),
     * 09-29 Sun A (9), 30 (10), 10-01..10-07 H, 08 (11), 09 (12), 10 (13), 11 (14), 10-12 Sat A (15), 14 (16),
     * 15 (17), 16 (18), 17 (19), 18 (20) -> 2024-10-18.
     */
    @Test
    void ordinaryLetterConfirmedOnAnAdjustedSaturday() {
        ReplyDeadline c = clock(Received.byOrdinaryLetter(d("2024-09-14"), d("2024-09-14")));
        assertThat(c.due()).contains(d("2024-10-18"));
    }

    /**
     * 8. Ordinary letter arrived Thu 2024-10-10 but confirmed with the applicant only on Fri 10-11: Art. 31 takes the
     * confirmation date. From 10-11: 10-12 Sat A (1), 14 (2), 15, 16, 17, 18 (6), 21..25 (11), 28..31 (15),
     * 11-01 (16), 04 (17), 05 (18), 06 (19), 07 (20) -> 2024-11-07 (from 10-10 it would have been 11-06).
     */
    @Test
    void ordinaryLetterCountsFromTheConfirmation() {
        ReplyDeadline c = clock(Received.byOrdinaryLetter(d("2024-10-10"), d("2024-10-11")));
        assertThat(c.receivedOn()).isEqualTo(d("2024-10-11"));
        assertThat(c.due()).contains(d("2024-11-07"));
    }

    /**
     * 9. Fax confirmed by both sides on Tue 2018-12-25; late-December days from the 2019 notice: 26 (1), 27 (2),
     * 28 (3), 12-29 Sat A (4), 12-30..01-01 H, 01-02 (5), 03 (6), 04 (7), 07 (8), 08 (9), 09 (10), 10 (11),
     * 11 (12), 14 (13), 15 (14), 16 (15), 17 (16), 18 (17), 21 (18), 22 (19), 23 (20) -> 2019-01-23.
     */
    @Test
    void faxInLateDecember2018() {
        ReplyDeadline c = clock(Received.byFax(d("2018-12-25")));
        assertThat(c.due()).contains(d("2019-01-23"));
    }

    /**
     * 10. Received Mon 2022-12-26; Sat 12-31 is listed as a holiday by the 2023 notice. 27 (1), 28 (2), 29 (3),
     * 30 (4), 12-31..01-02 H, 01-03 (5), 04 (6), 05 (7), 06 (8), 09 (9), 10 (10), 11 (11), 12 (12), 13 (13),
     * 16 (14), 17 (15), 18 (16), 19 (17), 20 (18), 01-21..01-27 H, 01-28 Sat A (19), 01-29 Sun A (20)
     * -> 2023-01-29, a Sunday that is a working day.
     */
    @Test
    void dueOnAnAdjustedSunday() {
        assertThat(clock(Received.inPerson(d("2022-12-26"))).due()).contains(d("2023-01-29"));
    }

    /**
     * 11. Status of scenario 1 (due 2024-10-30): on Fri 10-25, 3 working days left (28, 29, 30); on 10-30,
     * 0 left (due that day); not replied by Fri 11-01: overdue by 2 (10-31, 11-01); replied Mon 11-04: late by 3
     * (10-31, 11-01, 11-04); replied on 10-30: on time.
     */
    @Test
    void statusAroundTheDueDate() {
        DisclosureRequest r = DisclosureRequest.receivedBy(Received.inPerson(d("2024-09-27")));
        ReplyDeadline open = r.replyDeadline(CAL);
        assertThat(open.status(d("2024-10-25"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 3));
        assertThat(open.status(d("2024-10-30"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 0));
        assertThat(open.status(d("2024-11-01"))).isEqualTo(new ReplyStatus(ReplyStatus.State.OVERDUE, 2));
        assertThat(open.status(d("2024-11-01")).toString()).isEqualTo("OVERDUE 2");
        ReplyDeadline late = r.then(new Replied(d("2024-11-04"), ReplyType.DISCLOSED)).replyDeadline(CAL);
        assertThat(late.status(d("2024-11-10"))).isEqualTo(new ReplyStatus(ReplyStatus.State.OVERDUE, 3));
        // before the reply date the reply does not exist yet
        assertThat(late.status(d("2024-10-29"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 1));
        ReplyDeadline onTime = r.then(new Replied(d("2024-10-30"), ReplyType.PARTIAL_DISCLOSURE)).replyDeadline(CAL);
        assertThat(onTime.status(d("2024-12-31"))).isEqualTo(new ReplyStatus(ReplyStatus.State.ON_TIME, 0));
    }

    /**
     * 12. Lapsed request (Art. 30: no supplement by the applicant's deadline = abandoned). Received Fri 2024-03-01;
     * notice limit 03-04 (1), 05, 06, 07, 08 (5), 11 (6), 12 (7) -> 2024-03-12; notice sent 03-05 with 03-19 as the
     * applicant's last day. No due date while waiting; on 03-19 still awaiting, on 03-20 lapsed.
     */
    @Test
    void lapsedWithoutSupplement() {
        ReplyDeadline c = clock(Received.inPerson(d("2024-03-01")),
                SupplementRequested.on(d("2024-03-05"), d("2024-03-19")));
        assertThat(c.supplementNoticeBy()).isEqualTo(d("2024-03-12"));
        assertThat(c.due()).isEmpty();
        assertThat(c.clockStartsOn()).isEmpty();
        assertThat(c.status(d("2024-03-19"))).isEqualTo(new ReplyStatus(ReplyStatus.State.AWAITING_SUPPLEMENT, 0));
        assertThat(c.status(d("2024-03-20"))).isEqualTo(new ReplyStatus(ReplyStatus.State.LAPSED, 0));
    }

    /**
     * 13. Late supplementation notice: received Fri 2024-09-27, limit 2024-10-12 (scenario 1); notice sent Mon 10-14
     * breaches Art. 30. Supplement received Tue 10-15: 16 (1), 17, 18 (3), 21..25 (8), 28..31 (12), 11-01 (13),
     * 04..08 (18), 11 (19), 12 (20) -> 2024-11-12.
     */
    @Test
    void lateSupplementationNotice() {
        ReplyDeadline c = clock(Received.inPerson(d("2024-09-27")),
                new SupplementRequested(d("2024-10-14"), Optional.empty()),
                new SupplementReceived(d("2024-10-15")));
        assertThat(c.supplementNoticeLate()).isTrue();
        assertThat(c.due()).contains(d("2024-11-12"));
    }

    /**
     * 14. A consultation that starts on the due date does not pause anything (the period has run out: START itself
     * counts, only START < d is paused). Received Sat 2024-11-30, due Fri 12-27 (scenario 5); consultation 12-27 to
     * 2025-01-03 -> due stays 2024-12-27, 0 paused.
     */
    @Test
    void consultationStartingOnTheDueDateDoesNotPause() {
        Consultation late = new Consultation(ConsultedParty.OTHER_AGENCY, d("2024-12-27"), d("2025-01-03"));
        ReplyDeadline c = clock(Received.online(d("2024-11-30")), late);
        assertThat(c.due()).contains(d("2024-12-27"));
        assertThat(c.pausedWorkingDays()).isZero();
        assertThat(c.pauses()).containsExactly(new ReplyDeadline.Pause(late, 0, Optional.empty()));
    }

    /**
     * 15. The same request, consultation from Thu 12-26 (the 19th day) to Fri 2025-01-03: paused (12-26, 01-03] =
     * 12-27, 30, 31, 01-02, 01-03 = 5 (01-01 H); the 20th day is Mon 2025-01-06.
     */
    @Test
    void consultationStartingTheDayBeforeTheDueDate() {
        ReplyDeadline c = clock(Received.online(d("2024-11-30")),
                new Consultation(ConsultedParty.OTHER_AGENCY, d("2024-12-26"), d("2025-01-03")));
        assertThat(c.due()).contains(d("2025-01-06"));
        assertThat(c.pausedWorkingDays()).isEqualTo(5);
    }

    /**
     * 16. Overlapping consultations each pause a day once. Received Mon 2024-03-04; third party 03-06..03-15, other
     * agency 03-13..03-20; union (03-06, 03-20] = 07, 08, 11, 12, 13, 14, 15, 18, 19, 20 = 10. Count: 05 (1),
     * 06 (2), [paused], 21 (3), 22 (4), 25 (5), 26 (6), 27 (7), 28 (8), 29 (9), 04-01 (10), 02 (11), 03 (12),
     * 04-04..04-06 H, 04-07 Sun A (13), 08 (14), 09 (15), 10 (16), 11 (17), 12 (18), 15 (19), 16 (20) -> 2024-04-16.
     * Each alone: third party 7 (07, 08, 11..15), other agency 5 (14, 15, 18, 19, 20). Third party's 15 days from
     * 03-06 -> 2024-03-27.
     */
    @Test
    void overlappingConsultationsPauseEachDayOnce() {
        Consultation third = new Consultation(ConsultedParty.THIRD_PARTY, d("2024-03-06"), d("2024-03-15"));
        Consultation agency = new Consultation(ConsultedParty.OTHER_AGENCY, d("2024-03-13"), d("2024-03-20"));
        ReplyDeadline c = clock(Received.inPerson(d("2024-03-04")), third, agency);
        assertThat(c.due()).contains(d("2024-04-16"));
        assertThat(c.pausedWorkingDays()).isEqualTo(10);
        assertThat(c.pauses()).containsExactly(
                new ReplyDeadline.Pause(third, 7, Optional.of(d("2024-03-27"))),
                new ReplyDeadline.Pause(agency, 5, Optional.empty()));
    }

    /**
     * 17. Partial extension across National Day 2025. Received Fri 2025-09-26: 09-27 Sat rest, 09-28 Sun A (1),
     * 29 (2), 30 (3), 10-01..10-08 H, 09 (4), 10 (5), 10-11 Sat A (6), 13..17 (11), 20..24 (16), 27 (17), 28 (18),
     * 29 (19), 30 (20) -> 2025-10-30. Extension of 10 approved 10-20: 31 (21), 11-03..07 (26), 10 (27), 11 (28),
     * 12 (29), 13 (30) -> 2025-11-13. Reply on 11-05: on time thanks to the extension. On 10-24 (the 16th day),
     * 30 - 16 = 14 left.
     */
    @Test
    void partialExtensionAcrossNationalDay2025() {
        ReplyDeadline c = clock(Received.inPerson(d("2025-09-26")),
                new ExtensionApproved(d("2025-10-20"), 10, "办公室主任 李某"),
                new Replied(d("2025-11-05"), ReplyType.DISCLOSED));
        assertThat(c.due()).contains(d("2025-10-30"));
        assertThat(c.extendedDue()).contains(d("2025-11-13"));
        assertThat(c.status(d("2025-10-24"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 14));
        assertThat(c.status(d("2025-11-30"))).isEqualTo(new ReplyStatus(ReplyStatus.State.ON_TIME, 0));
        // without the extension, the same reply is late by 4: 10-31, 11-03, 11-04, 11-05
        ReplyDeadline plain = clock(Received.inPerson(d("2025-09-26")),
                new Replied(d("2025-11-05"), ReplyType.DISCLOSED));
        assertThat(plain.status(d("2025-11-30"))).isEqualTo(new ReplyStatus(ReplyStatus.State.OVERDUE, 4));
    }

    /**
     * 18. The clock under the strict policy refuses to run into 2027 (no notice yet); under the provisional policy it
     * gives a date marked provisional. Received Tue 2026-12-15: 16 (1), 17, 18 (3), 21..25 (8), 28..31 (12), then
     * guessed Mon-Fri: 2027-01-01 (13), 04..08 (18), 11 (19), 12 (20) -> 2027-01-12, provisional.
     */
    @Test
    void clockRunningIntoAnUnknownYear() {
        DisclosureRequest r = DisclosureRequest.receivedBy(Received.inPerson(d("2026-12-15")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.replyDeadline(CAL))
                .isInstanceOf(org.gongkai.calendar.CalendarCoverageException.class)
                .hasMessageContaining("2027-01-01");
        ReplyDeadline c = r.replyDeadline(CAL.withPolicy(org.gongkai.calendar.CoveragePolicy.PROVISIONAL));
        assertThat(c.due()).contains(d("2027-01-12"));
        assertThat(c.provisional()).isTrue();
        assertThat(c.explanation()).anyMatch(l -> l.startsWith("PROVISIONAL"));
    }
}
