package org.gongkai.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongkai.request.ReplyDeadline;
import org.junit.jupiter.api.Test;

/** Art. 33 on the 2024 notice: National Day 10-01..10-07 off, Sun 09-29 and Sat 10-12 worked. */
class RequestDeadlinesTest {

    @Test
    void twentyWorkingDaysOverTheHoliday() {
        // from Fri 09-27: 09-29, 09-30, 10-08..10-11, 10-12 (7), 10-14..18 (12), 10-21..25 (17), 10-28..30 (20)
        ReplyDeadline d = RequestDeadlines.simple(LocalDate.of(2024, 9, 27));
        assertThat(d.due()).contains(LocalDate.of(2024, 10, 30));
        // Art. 30: a supplement must be asked for within 7 working days: ... 10-11 (6), Sat 10-12 (7)
        assertThat(d.supplementNoticeBy()).isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    void aThirdPartyConsultationIsNotCounted() {
        // consulted Tue 10-08, answered Thu 10-10: 10-09 and 10-10 are not counted, the due date moves two
        // working days, from Wed 10-30 to Fri 11-01
        ReplyDeadline d = RequestDeadlines.withThirdParty(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 8),
                LocalDate.of(2024, 10, 10));
        assertThat(d.due()).contains(LocalDate.of(2024, 11, 1));
        assertThat(d.pausedWorkingDays()).isEqualTo(2);
    }
}
