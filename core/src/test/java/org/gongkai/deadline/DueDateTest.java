package org.gongkai.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Due dates, the publication check and the Art. 26 check, on real 2023–2025 holidays (TestCalendar). */
class DueDateTest {

    private final TestCalendar cal = new TestCalendar();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void art26WindowAcrossNationalDay2024() {
        // Art. 26: 20 working days. Formed Fri 2024-09-27 (day 0). 9-28 Sat rest; 9-29 Sun adjusted working = 1;
        // 9-30 Mon = 2; 10-1..10-7 holiday; 10-8..10-11 = 3..6; 10-12 Sat adjusted working = 7; 10-14..10-18 = 8..12;
        // 10-21..10-25 = 13..17; 10-28 = 18, 10-29 = 19, 10-30 Wed = 20.
        DeadlineRule rule = DeadlinePhrases.parse("信息形成或者变更之日起20个工作日内");
        assertThat(rule.dueDate(d(2024, 9, 27), cal)).contains(d(2024, 10, 30));
    }

    @Test
    void workingDayWindowFromAHoliday() {
        // #16 3个工作日 counted from a holiday: formed Thu 2024-10-03 (day 0, in the National Day holiday);
        // 10-8 Tue = 1, 10-9 = 2, 10-10 Thu = 3.
        assertThat(DeadlinePhrases.parse("信息形成或變更之日起3個工作日內").dueDate(d(2024, 10, 3), cal))
                .contains(d(2024, 10, 10));
        // 5 working days from the same day: 10-8..10-11 = 1..4, 10-12 Sat adjusted working day = 5.
        assertThat(DeadlinePhrases.parse("信息形成或变更之日起5个工作日内").dueDate(d(2024, 10, 3), cal))
                .contains(d(2024, 10, 12));
    }

    @Test
    void calendarDayWindowStartDayNotCountedAndLastDayOnAWorkingDay() {
        // #71 财政预决算, 批准后20日内. 民法典 Art. 201: the day of approval is not counted.
        DeadlineRule rule = DeadlinePhrases.parse("本级人民代表大会或其常务委员会批准后20日内");
        // Approved Tue 2024-09-10: day 1 = 9-11, day 20 = 9-30 Mon, a working day.
        assertThat(rule.dueDate(d(2024, 9, 10), cal)).contains(d(2024, 9, 30));
        // Approved Thu 2024-09-12: day 20 = 10-02, in the National Day holiday; Art. 203: the period ends on the
        // day after the holiday ends: 10-08 Tue.
        assertThat(rule.dueDate(d(2024, 9, 12), cal)).contains(d(2024, 10, 8));
        // Approved Sun 2024-10-13: day 20 = Sat 11-02, a rest day; next working day Mon 11-04.
        assertThat(rule.dueDate(d(2024, 10, 13), cal)).contains(d(2024, 11, 4));
        // Approved Sun 2024-09-22: day 20 = Sat 10-12, an adjusted working day: the period ends that day.
        assertThat(rule.dueDate(d(2024, 9, 22), cal)).contains(d(2024, 10, 12));
    }

    @Test
    void monthsAndYearsEndOnTheCorrespondingDay() {
        // 民法典 Art. 202: 2024-01-31 + 1 month has no 31st: the month's last day, Thu 2024-02-29 (a working day).
        assertThat(DeadlinePhrases.parse("1个月").dueDate(d(2024, 1, 31), cal)).contains(d(2024, 2, 29));
        // 6个月 from 2024-03-31: 2024-09-30 Mon, working.
        assertThat(DeadlinePhrases.parse("6个月").dueDate(d(2024, 3, 31), cal)).contains(d(2024, 9, 30));
        // 1年 from 2023-10-01: 2024-10-01, National Day; Art. 203: after the holiday, Tue 2024-10-08.
        assertThat(DeadlinePhrases.parse("1年").dueDate(d(2023, 10, 1), cal)).contains(d(2024, 10, 8));
    }

    @Test
    void fixedDatesAreTheNextOccurrenceAndNotMoved() {
        // Regulation Art. 49: annual report 每年1月31日前. Trigger 2024-03-05 → 2025-01-31 (a Friday inside the
        // 2025 Spring Festival holiday: a date, not a period, so not moved).
        DeadlineRule annual = DeadlinePhrases.parse("每年1月31日前");
        assertThat(annual.dueDate(d(2024, 3, 5), cal)).contains(d(2025, 1, 31));
        assertThat(annual.dueDate(d(2024, 1, 10), cal)).contains(d(2024, 1, 31));
        assertThat(annual.dueDate(d(2024, 1, 31), cal)).contains(d(2024, 1, 31));
        // 6月底前: June 30; from July 2024 the next one is 2025-06-30.
        assertThat(DeadlinePhrases.parse("6月底前").dueDate(d(2024, 7, 1), cal)).contains(d(2025, 6, 30));
        assertThat(DeadlinePhrases.parse("6月底前").dueDate(d(2024, 2, 1), cal)).contains(d(2024, 6, 30));
    }

    @Test
    void rulesWithoutADayHaveNoDueDate() {
        for (String phrase : List.of("及时公开", "实时公开", "按进展情况及时公开", "永久公開", "同上",
                "每季度")) {
            assertThat(DeadlinePhrases.parse(phrase).dueDate(d(2024, 9, 27), cal)).as(phrase).isEmpty();
        }
    }

    @Test
    void compoundDueDateIsTheGeneralBranchOrEmpty() {
        // #69: general 20 working days (formed Fri 2024-09-27 → 10-30, see art26WindowAcrossNationalDay2024);
        // the exception 7 working days: 9-29 = 1, 9-30 = 2, 10-8..10-11 = 3..6, 10-12 Sat = 7.
        Compound c = (Compound) DeadlinePhrases.parse(
                "信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示");
        assertThat(c.dueDate(d(2024, 9, 27), cal)).contains(d(2024, 10, 30));
        assertThat(c.dueDates(d(2024, 9, 27), cal)).containsExactly(Optional.of(d(2024, 10, 30)),
                Optional.of(d(2024, 10, 12)));
        // #44: two scoped branches, no general one: ambiguous.
        DeadlineRule branches = DeadlinePhrases.parse(
                "执法决定信息在决定作出之日起7个工作日内公开,其他相关信息形成或变更之日起20个工作日内公开");
        assertThat(branches.dueDate(d(2024, 9, 27), cal)).isEmpty();
        // #8: 10 working days then 公示7个工作日: the publicity period has no due date, so the window's.
        // Obtained Fri 2024-09-27: 9-29 = 1, 9-30 = 2, 10-8..10-11 = 3..6, 10-12 = 7, 10-14..10-16 = 8..10.
        assertThat(DeadlinePhrases.parse("制定或获取信息之日起10个工作日内,公示7个工作日").dueDate(d(2024, 9, 27), cal))
                .contains(d(2024, 10, 16));
    }

    @Test
    void publicationCheck() {
        DeadlineRule rule = DeadlinePhrases.parse("自该政府信息形成或者变更之日起20个工作日内及时公开");
        // Due 2024-10-30 (see above). Published that day: on time.
        PublicationCheck onTime = PublicationCheck.check(rule, d(2024, 9, 27), d(2024, 10, 30), cal);
        assertThat(onTime.status()).isEqualTo(PublicationCheck.Status.ON_TIME);
        assertThat(onTime.dueDate()).contains(d(2024, 10, 30));
        // Published Fri 11-01: 10-31 and 11-01 are working days after the due date: 2 late.
        PublicationCheck late = PublicationCheck.check(rule, d(2024, 9, 27), d(2024, 11, 1), cal);
        assertThat(late.status()).isEqualTo(PublicationCheck.Status.LATE);
        assertThat(late.workingDaysLate()).isEqualTo(2);
        // Published Sun 11-03: still 2 working days late (the weekend does not count).
        assertThat(PublicationCheck.check(rule, d(2024, 9, 27), d(2024, 11, 3), cal).workingDaysLate()).isEqualTo(2);
        // 实时公开 / 长期公开: nothing to check against one date, with the reason.
        PublicationCheck realTime = PublicationCheck.check(DeadlinePhrases.parse("实时公开"), d(2024, 9, 27),
                d(2024, 11, 1), cal);
        assertThat(realTime.status()).isEqualTo(PublicationCheck.Status.NOT_CHECKABLE);
        assertThat(realTime.dueDate()).isEmpty();
        assertThat(realTime.reason()).contains("实时");
        assertThat(PublicationCheck.check(DeadlinePhrases.parse("永久公開"), d(2024, 9, 27), d(2024, 11, 1), cal)
                .reason()).contains("still published");
    }

    @Test
    void art26FlagsLongerWorkingDayWindowsWithoutTheFallbackClause() {
        // Art. 26: at most 20 working days unless a law provides otherwise.
        assertThat(DeadlinePhrases.parse("信息形成或者变更之日起20个工作日内").exceedsStatutoryProactiveWindow()).isFalse();
        assertThat(DeadlinePhrases.parse("信息形成或者变更之日起30个工作日内").exceedsStatutoryProactiveWindow()).isTrue();
        assertThat(DeadlinePhrases.parse("信息形成或者变更之日起30个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。")
                .exceedsStatutoryProactiveWindow()).isFalse();
        // 20 calendar days (#71) never reach past 20 working days; 1个月 (28+ days) can.
        assertThat(DeadlinePhrases.parse("本级人民代表大会或其常务委员会批准后20日内").exceedsStatutoryProactiveWindow()).isFalse();
        assertThat(DeadlinePhrases.parse("1个月").exceedsStatutoryProactiveWindow()).isTrue();
        // 26 calendar days never pass the 20th working day in ordinary weeks; 27 days from a Sunday do:
        // Sun 2024-11-03 + 27 = Sat 11-30 → Mon 12-02, while 20 working days end Fri 11-29.
        assertThat(DeadlinePhrases.parse("信息形成之日起26日内").exceedsStatutoryProactiveWindow()).isFalse();
        DeadlineRule days27 = DeadlinePhrases.parse("信息形成之日起27日内");
        assertThat(days27.exceedsStatutoryProactiveWindow()).isTrue();
        assertThat(days27.dueDate(d(2024, 11, 3), cal)).contains(d(2024, 12, 2));
        assertThat(days27.exceedsStatutoryProactiveWindow(d(2024, 11, 3), cal)).isTrue();
        // From Fri 2024-09-27 the 20 working days run to 10-30 and 27 days to Thu 10-24: within on those dates.
        assertThat(days27.exceedsStatutoryProactiveWindow(d(2024, 9, 27), cal)).isFalse();
        // A compound is flagged when one part is: 25 working days for the exception.
        assertThat(DeadlinePhrases.parse("信息形成20个工作日内公开;其中行政许可事项应自作出行政决定之日起25个工作日内公示")
                .exceedsStatutoryProactiveWindow()).isTrue();
        // No number of days: nothing to flag.
        assertThat(DeadlinePhrases.parse("长期公开").exceedsStatutoryProactiveWindow()).isFalse();
    }
}
