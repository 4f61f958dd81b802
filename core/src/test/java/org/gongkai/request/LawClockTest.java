package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.DelayedReplyNotified;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.FeeNotified;
import org.gongkai.request.RequestEvent.FeePaid;
import org.gongkai.request.RequestEvent.OpenConsultation;
import org.gongkai.request.RequestEvent.Received;
import org.gongkai.request.RequestEvent.Replied;
import org.junit.jupiter.api.Test;

/**
 * The reply clock against the Regulation's words (2019 revision), each date counted by hand on the 2026 notice
 * (holidays/2026.json): 09-20 Sun worked (A), 09-25..09-27 中秋 rest (H), 10-01..10-07 国庆 rest, 10-10 Sat worked.
 * Day zero is the starting day; a number is the rank of a working day after it (民法典 Art. 201: "开始的当日不计入").
 */
class LawClockTest {
    private static final HolidayCalendar CAL = WorkingDayCalendar.official();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ReplyDeadline clock(RequestEvent... events) {
        return DisclosureRequest.of(List.of(events)).replyDeadline(CAL);
    }

    /**
     * Art. 32: "第三方应当自收到征求意见书之日起15个工作日内提出意见". Letter sent Fri 09-18, received Mon 09-28 (day
     * zero): 09-29 (1), 09-30 (2), 10-01..07 H, 10-08 (3), 09 (4), 10 A (5), 12 (6), 13 (7), 14 (8), 15 (9), 16 (10),
     * 19 (11), 20 (12), 21 (13), 22 (14), 23 (15) -> 2026-10-23 (reliability audit R10, case C16).
     */
    @Test
    void thirdPartyPeriodRunsFromItsReceipt() {
        ReplyDeadline c = clock(Received.inPerson(d("2026-09-17")), new Consultation(ConsultedParty.THIRD_PARTY,
                d("2026-09-18"), d("2026-10-23"), Optional.of(d("2026-09-28"))));
        ReplyDeadline.ConsultationPeriod p = c.consultationPeriods().get(0);
        assertThat(p.answerDue()).contains(d("2026-10-23"));
        assertThat(p.estimated()).isFalse();
        assertThat(p.overrun()).isFalse(); // answered on its last day
        assertThat(c.pauses().get(0).thirdPartyAnswerDue()).contains(d("2026-10-23"));
    }

    /**
     * Receipt unknown: estimated from the sending day Fri 09-18: 09-20 A (1), 21 (2), 22 (3), 23 (4), 24 (5),
     * 25..27 H, 28 (6), 29 (7), 30 (8), 10-08 (9), 09 (10), 10 A (11), 12 (12), 13 (13), 14 (14), 15 (15)
     * -> 2026-10-15, flagged as an estimate. Ending 10-16 runs past it (R11: the agency decides itself, Art. 32).
     */
    @Test
    void unknownReceiptGivesAnEstimateAndOverrunIsFlagged() {
        ReplyDeadline c = clock(Received.inPerson(d("2026-09-17")),
                new Consultation(ConsultedParty.THIRD_PARTY, d("2026-09-18"), d("2026-10-16")));
        ReplyDeadline.ConsultationPeriod p = c.consultationPeriods().get(0);
        assertThat(p.answerDue()).contains(d("2026-10-15"));
        assertThat(p.estimated()).isTrue();
        assertThat(p.overrun()).isTrue();
        assertThat(p.deemedConsent()).isFalse(); // Art. 32: silence is not consent for a third party
        assertThat(c.explanation()).anySatisfy(l -> assertThat(l).contains("ESTIMATED").contains("OVERRUN"));
    }

    /**
     * Art. 34: "被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开". Same dates as
     * the third party: due 2026-10-23; still silent on Mon 10-26: overrun, deemed consent. Another agency (Art. 33
     * ¶3) has no period.
     */
    @Test
    void coProducingAgencySilenceIsConsent() {
        ReplyDeadline c = clock(Received.inPerson(d("2026-09-17")),
                new Consultation(ConsultedParty.CO_PRODUCING_AGENCY, d("2026-09-18"), d("2026-10-26"),
                        Optional.of(d("2026-09-28"))),
                new Consultation(ConsultedParty.OTHER_AGENCY, d("2026-09-18"), d("2026-10-26")));
        ReplyDeadline.ConsultationPeriod co = c.consultationPeriods().get(0);
        assertThat(co.answerDue()).contains(d("2026-10-23"));
        assertThat(co.overrun()).isTrue();
        assertThat(co.deemedConsent()).isTrue();
        ReplyDeadline.ConsultationPeriod other = c.consultationPeriods().get(1);
        assertThat(other.answerDue()).isEmpty();
        assertThat(other.overrun()).isFalse();
    }

    @Test
    void aLetterCannotBeReceivedBeforeItIsSentNorAfterTheConsultationEnds() {
        assertThatThrownBy(() -> new Consultation(ConsultedParty.THIRD_PARTY, d("2026-09-18"), d("2026-10-01"),
                Optional.of(d("2026-09-17")))).isInstanceOf(RequestTimelineException.class);
        assertThatThrownBy(() -> new Consultation(ConsultedParty.THIRD_PARTY, d("2026-09-18"), d("2026-10-01"),
                Optional.of(d("2026-10-02")))).isInstanceOf(RequestTimelineException.class);
    }

    /**
     * Art. 33 ¶3: "征求第三方和其他机关意见所需时间不计算在前款规定的期限内". Received Tue 09-01; consultation open since
     * Tue 09-08: 09-02 (1), 03 (2), 04 (3), 07 (4), 08 (5) counted (the sending day counts), 15 left; from then the
     * clock stands: no due date, status PAUSED with 15 left. On 09-07 the clock still ran: 4 counted, 16 left.
     * Once it ends on Tue 09-15 (09-09, 10, 11, 14, 15 paused), the clock resumes: 16 (6), 17 (7), 18 (8), 20 A (9),
     * 21 (10), 22 (11), 23 (12), 24 (13), 25..27 H, 28 (14), 29 (15), 30 (16), 10-08 (17), 09 (18), 10 A (19),
     * 12 (20) -> 2026-10-12.
     */
    @Test
    void openConsultationPausesWithNoDueDate() {
        OpenConsultation open = new OpenConsultation(ConsultedParty.THIRD_PARTY, d("2026-09-08"), Optional.empty());
        ReplyDeadline c = clock(Received.inPerson(d("2026-09-01")), open);
        assertThat(c.due()).isEmpty();
        assertThat(c.applicableDue()).isEmpty();
        assertThat(c.pausedFrom()).contains(d("2026-09-08"));
        assertThat(c.status(d("2026-09-10"))).isEqualTo(new ReplyStatus(ReplyStatus.State.PAUSED, 15));
        assertThat(c.status(d("2026-12-31")).state()).isEqualTo(ReplyStatus.State.PAUSED); // never OVERDUE
        assertThat(c.status(d("2026-09-07"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 16));
        assertThat(c.consultationPeriods().get(0).open()).isTrue();
        assertThat(c.explanation()).anySatisfy(l -> assertThat(l).contains("no due date").contains("15"));

        ReplyDeadline ended = clock(Received.inPerson(d("2026-09-01")), open.endedOn(d("2026-09-15")));
        assertThat(ended.due()).contains(d("2026-10-12"));
        assertThat(ended.pausedWorkingDays()).isEqualTo(5);
    }

    /** A consultation still open at the reply cannot be: its end must be recorded (the agency may decide, Art. 32). */
    @Test
    void noOpenConsultationAtTheReply() {
        assertThatThrownBy(() -> DisclosureRequest.of(List.of(Received.inPerson(d("2026-09-01")),
                new OpenConsultation(ConsultedParty.THIRD_PARTY, d("2026-09-08"), Optional.empty()),
                new Replied(d("2026-09-20"), ReplyType.DISCLOSED))))
                .isInstanceOf(RequestTimelineException.class).hasMessageContaining("still open");
    }

    /** An open consultation that starts after the 20 days ran out does not hide the overdue reply. */
    @Test
    void openConsultationAfterTheDueDateChangesNothing() {
        // due 2026-09-29: 09-02..04 (3), 07..11 (8), 14..18 (13), 20 A (14), 21..24 (18), 28 (19), 29 (20)
        ReplyDeadline c = clock(Received.inPerson(d("2026-09-01")),
                new OpenConsultation(ConsultedParty.THIRD_PARTY, d("2026-09-30"), Optional.empty()));
        assertThat(c.due()).contains(d("2026-09-29"));
        assertThat(c.status(d("2026-10-08"))).isEqualTo(new ReplyStatus(ReplyStatus.State.OVERDUE, 2));
    }

    /**
     * Art. 33 ¶2: "延长的期限最长不得超过20个工作日" — a cap on the total, in one step or more. Received Tue 09-01, due
     * 2026-09-29 (above). Step 1: 10 days approved 09-24 (applicant told 09-24): the period runs to 30 working days:
     * 09-30 (21), 10-08 (22), 09 (23), 10 A (24), 12 (25), 13 (26), 14 (27), 15 (28), 16 (29), 19 (30) -> 10-19, so
     * step 2 approved 10-09 is in time. With 40 days: 20 (31), 21 (32), 22 (33), 23 (34), 26 (35), 27 (36), 28 (37),
     * 29 (38), 30 (39), 11-02 (40) -> 2026-11-02.
     */
    @Test
    void extensionInTwoStepsWithinTheCap() {
        ReplyDeadline c = clock(Received.inPerson(d("2026-09-01")),
                new ExtensionApproved(d("2026-09-24"), 10, "主任", Optional.of(d("2026-09-24"))),
                new ExtensionApproved(d("2026-10-09"), 10, "主任"));
        assertThat(c.due()).contains(d("2026-09-29"));
        assertThat(c.extendedDue()).contains(d("2026-11-02"));
        assertThat(c.extensionsWithoutNotice()).extracting(ExtensionApproved::date).containsExactly(d("2026-10-09"));
        // before the second step, 10-09 counts against the 30-day period: 10-19
        assertThat(c.status(d("2026-09-30"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 9));
        // a third step beyond the cap, and a second step approved after 10-19, are refused
        assertThatThrownBy(() -> clock(Received.inPerson(d("2026-09-01")),
                new ExtensionApproved(d("2026-09-24"), 10, "主任"), new ExtensionApproved(d("2026-10-09"), 10, "主任"),
                new ExtensionApproved(d("2026-10-12"), 1, "主任"))).isInstanceOf(RequestTimelineException.class)
                .hasMessageContaining("21 working days");
        assertThatThrownBy(() -> clock(Received.inPerson(d("2026-09-01")),
                new ExtensionApproved(d("2026-09-24"), 10, "主任"), new ExtensionApproved(d("2026-10-20"), 10, "主任")))
                .isInstanceOf(RequestTimelineException.class).hasMessageContaining("2026-10-19");
        assertThatThrownBy(() -> new ExtensionApproved(d("2026-09-24"), 10, "主任", Optional.of(d("2026-09-23"))))
                .isInstanceOf(RequestTimelineException.class);
    }

    /** Art. 31(二): "应当于收到申请的当日与申请人确认，确认之日为收到申请之日". */
    @Test
    void ordinaryLetterConfirmedLateIsFlagged() {
        Received late = Received.byOrdinaryLetter(d("2026-09-01"), d("2026-09-03"));
        assertThat(late.confirmationLate()).isTrue();
        assertThat(late.date()).isEqualTo(d("2026-09-03")); // still the day of confirmation
        assertThat(Received.byOrdinaryLetter(d("2026-09-01"), d("2026-09-01")).confirmationLate()).isFalse();
        assertThat(Received.inPerson(d("2026-09-01")).confirmationLate()).isFalse();
        ReplyDeadline c = clock(late);
        assertThat(c.receiptConfirmationLate()).isTrue();
        assertThat(c.explanation().get(0)).contains("LATE confirmation");
    }

    /**
     * Art. 35: "可以确定延迟答复的合理期限并告知申请人". Received 09-01 (Art. 33 due 09-29); told on 09-21 of a reply by
     * 11-30. On 10-15 the reply is not overdue: working days 10-16 (1), 19..23 (6), 26..30 (11), 11-02..06 (16),
     * 09..13 (21), 16..20 (26), 23..27 (31), 30 (32) -> DUE_WITHIN 32. On 12-01: OVERDUE 1.
     */
    @Test
    void delayedReplyOfAnExcessiveRequest() {
        ReplyDeadline c = clock(Received.inPerson(d("2026-09-01")),
                new DelayedReplyNotified(d("2026-09-21"), d("2026-11-30")));
        assertThat(c.due()).contains(d("2026-09-29"));
        assertThat(c.applicableDue()).contains(d("2026-11-30"));
        assertThat(c.status(d("2026-10-15"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 32));
        assertThat(c.status(d("2026-12-01"))).isEqualTo(new ReplyStatus(ReplyStatus.State.OVERDUE, 1));
        // before the notice, Art. 33's date applies: on 09-18, 09-20 A, 21, 22, 23, 24, 28, 29 -> 7 left
        assertThat(c.status(d("2026-09-18"))).isEqualTo(new ReplyStatus(ReplyStatus.State.DUE_WITHIN, 7));
    }

    /** Art. 42 and table 三 (六)2: a fee notified and not paid by its last day ends the request. */
    @Test
    void unpaidFeeEndsTheRequest() {
        ReplyDeadline unpaid = clock(Received.inPerson(d("2026-09-01")),
                new FeeNotified(d("2026-09-10"), 1500, Optional.of(d("2026-10-20"))));
        assertThat(unpaid.status(d("2026-10-21")).state()).isEqualTo(ReplyStatus.State.FEE_NOT_PAID);
        assertThat(unpaid.status(d("2026-09-28")).state()).isEqualTo(ReplyStatus.State.DUE_WITHIN);
        ReplyDeadline paid = clock(Received.inPerson(d("2026-09-01")),
                new FeeNotified(d("2026-09-10"), 1500, Optional.of(d("2026-10-20"))), new FeePaid(d("2026-09-15")));
        assertThat(paid.status(d("2026-10-21")).state()).isEqualTo(ReplyStatus.State.OVERDUE);
        assertThatThrownBy(() -> DisclosureRequest.of(List.of(Received.inPerson(d("2026-09-01")),
                new FeePaid(d("2026-09-15"))))).isInstanceOf(RequestTimelineException.class);
        assertThatThrownBy(() -> new FeeNotified(d("2026-09-10"), 0, Optional.empty()))
                .isInstanceOf(RequestTimelineException.class);
    }
}
