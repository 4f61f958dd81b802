package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code deadline due TEXT --from DATE}: the due date on the official calendar, or none with exit 1. */
class DeadlineDueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Regulation Art. 26, 20 working days from Fri 2024-09-27 (counted in CalendarCommandsTest) → 10-30
        "信息形成或者变更之日起20个工作日内 | 2024-09-27 | 2024-10-30",
        // 10 working days from Fri 2024-09-27: 09-29, 09-30, 10-08..10-11 (6), Sat 10-12 (7), 10-14..16 (10)
        "制定或获取信息之日起10个工作日内 | 2024-09-27 | 2024-10-16",
        // 预算法 Art. 14, 20 calendar days: 2024-09-20 + 20 = Thu 10-10, a working day
        "本级人民代表大会或其常务委员会批准后20日内 | 2024-09-20 | 2024-10-10",
        // 2024-09-11 + 20 = 10-01, a public holiday: 民法典 Art. 203 moves the last day to the day after the
        // holiday ends, Tue 10-08
        "本级人民代表大会或其常务委员会批准后20日内 | 2024-09-11 | 2024-10-08",
        // Art. 49, the annual report: the next 1月31日 on or after the trigger
        "每年1月31日前 | 2024-09-27 | 2025-01-31",
    })
    void dueDate(String text, String from, String expected) {
        Cli.Result r = Cli.run("deadline", "due", text, "--from", from);
        assertThat(r.line()).isEqualTo(expected);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"长期公开", "及时公开", "每季度", "请见附件"})
    void noDateIsNoneWithExit1(String text) {
        Cli.Result r = Cli.run("deadline", "due", text, "--from", "2024-09-27");
        assertThat(r.line()).isEqualTo("none");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void fromIsRequiredAndChecked() {
        Cli.Result none = Cli.run("deadline", "due", "及时公开");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("missing --from");
        Cli.Result bad = Cli.run("deadline", "due", "及时公开", "--from=27.09.2024");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--from '27.09.2024' is not a date");
    }

    @Test
    void outsideTheDataIsExit2UnlessProvisional() {
        // 20 working days from Mon 2026-12-21: 12-22..25, 12-28..31 (8) in the data, then 2027
        String text = "信息形成或者变更之日起20个工作日内";
        Cli.Result r = Cli.run("deadline", "due", text, "--from", "2026-12-21");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("2027-01-01");
        // provisional Monday-Friday: 01-01 (9), 01-04..08 (14), 01-11..15 (19), 01-18 (20)
        Cli.Result p = Cli.run("deadline", "due", text, "--from", "2026-12-21", "--provisional");
        assertThat(p.line()).isEqualTo("2027-01-18");
        assertThat(p.err()).contains("provisional");
    }

    @Test
    void aWindowBeforeAnEventGivesTheDateBeforeIt() {
        // A hearing on Tue 2024-10-08: 5 working days back are 9-30, 9-29 (Sun, worked by the 2024 notice),
        // 9-27, 9-26, 9-25 (10-1..10-7 off).
        Cli.Result r = Cli.run("deadline", "due", "在召开听证会5个工作日前公开", "--from", "2024-10-08");
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo("2024-09-25");
        // A meeting on Thu 2024-06-13: 3 days before is 06-10, 端午节 (off), so the working day before, Fri 06-07
        // (民法典 Art. 201-203 counted backwards).
        Cli.Result c = Cli.run("deadline", "due", "会议召开3日前公告", "--from", "2024-06-13");
        assertThat(c.out().strip()).isEqualTo("2024-06-07");
    }
}
