package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.report.AnnualReportDeadline;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.OpenConsultation;
import org.gongkai.request.RequestEvent.Received;
import org.junit.jupiter.api.Test;

/**
 * The README's second request-clock example (consultation receipt, open consultation, fees, Art. 49), kept compiling
 * and true; each value is worked by hand in LawClockTest, InformationProcessingFeeTest and Table3RowsTest.
 */
class ReadmeLawExampleTest {
    @Test
    void readmeLawExample() {
        HolidayCalendar cal = WorkingDayCalendar.official();
        DisclosureRequest consulted = DisclosureRequest.receivedBy(Received.inPerson(LocalDate.of(2026, 9, 17)))
                .then(new Consultation(ConsultedParty.THIRD_PARTY, LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 26),
                        Optional.of(LocalDate.of(2026, 9, 28))));   // sent, ended, received by the third party
        ReplyDeadline.ConsultationPeriod p = consulted.replyDeadline(cal).consultationPeriods().get(0);
        assertThat(p.answerDue()).contains(LocalDate.of(2026, 10, 23));
        assertThat(p.overrun()).isTrue();

        DisclosureRequest waiting = DisclosureRequest.receivedBy(Received.inPerson(LocalDate.of(2026, 9, 1)))
                .then(new OpenConsultation(ConsultedParty.THIRD_PARTY, LocalDate.of(2026, 9, 8), Optional.empty()));
        assertThat(waiting.replyDeadline(cal).due()).isEmpty();
        assertThat(waiting.replyDeadline(cal).status(LocalDate.of(2026, 9, 10)).toString()).isEqualTo("PAUSED 15");

        assertThat(InformationProcessingFee.byRequests(52).amountYuan()).isEqualTo(7800);
        assertThat(InformationProcessingFee.byPages(250).amountYuan()).isEqualTo(4700);
        assertThat(AnnualReportDeadline.DEPARTMENT.lastDay(2025)).isEqualTo(LocalDate.of(2026, 1, 31));
    }
}
