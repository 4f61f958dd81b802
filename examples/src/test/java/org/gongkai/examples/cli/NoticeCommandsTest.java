package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calendar notice FILE}, {@code calendar coverage} and {@code --notices DIR} on the calendar, deadline and
 * request commands; the warning near the end of the data; reliability audit D5 through the CLI.
 */
class NoticeCommandsTest {
    /**
     * The 2026 notice as the State Council published it (国办发明电〔2025〕…, the schedule of reference/holidays/2026.json),
     * written for the test in the "（周四）" weekday form with the lunar dates of the nine-day Spring Festival.
     */
    static final String NOTICE_2026 = """
            国务院办公厅关于2026年部分节假日安排的通知
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（农历腊月二十八）至23日（农历正月初七）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、清明节：4月4日（周六）至6日（周一）放假，共3天。
            四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
            五、端午节：6月19日（周五）至21日（周日）放假，共3天。
            六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
            七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
            """;

    /** A made-up 2027 notice (the real one is not published): 元旦 only, for the mechanism of adding a year. */
    static final String MADE_UP_2027 = """
            国务院办公厅关于2027年部分节假日安排的通知
            一、元旦：1月1日（星期五）至3日（星期日）放假，共3天。
            """;

    @Test
    void noticePrintsTheDaysAsHolidayCnJson(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("2026.txt");
        Files.writeString(f, NOTICE_2026);
        Cli.Result r = Cli.run("calendar", "notice", f.toString());
        assertThat(r.status()).isZero();
        Map<?, ?> json = (Map<?, ?>) r.json();
        assertThat(json.get("year")).hasToString("2026");
        assertThat((List<?>) json.get("papers")).isEmpty();
        List<Object> days = List.copyOf((List<?>) json.get("days"));
        // reference/holidays/2026.json lists 39 days; the first is 元旦 2026-01-01 off
        assertThat(days).hasSize(39);
        assertThat(days.get(0)).isEqualTo(Map.of("name", "元旦", "date", "2026-01-01", "isOffDay", true));
        assertThat(days).contains((Object) Map.of("name", "春节", "date", "2026-02-14", "isOffDay", false));
    }

    @Test
    void noticeReadsStandardInputAndTakesTheYearWhenTheCopyLostItsTitle() {
        String body = "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。";
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run("calendar", "notice", "-", "--year", "2026");
            assertThat(r.status()).isZero();
            assertThat((List<?>) ((Map<?, ?>) r.json()).get("days")).hasSize(4);
            System.setIn(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            Cli.Result noYear = Cli.run("calendar", "notice", "-");
            assertThat(noYear.status()).isEqualTo(2);
            assertThat(noYear.err()).contains("no year");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void anUnreadableNoticeExits2WithTheLineAndTheWords(@TempDir Path dir) throws IOException {
        // 2026-01-04 is a Sunday; the text says Saturday
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, NOTICE_2026.replace("1月4日（周日）", "1月4日（周六）"));
        Cli.Result r = Cli.run("calendar", "notice", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(f + ":3:").contains("2026-01-04").contains("1月4日").doesNotContain("\tat ");
    }

    @Test
    void noticesDirAddsTheNextYearToEveryCalendarCommand(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.txt"), MADE_UP_2027);
        String d = dir.toString();
        // without the notice 2027 is outside the data (exit 2); with it, 2027-01-01 is the made-up 元旦
        Cli.Result before = Cli.run("calendar", "workday", "2027-01-01");
        assertThat(before.status()).isEqualTo(2);
        assertThat(before.err()).contains("2026-12-31").contains("--notices DIR");
        assertThat(Cli.run("calendar", "workday", "2027-01-01", "--notices", d).line()).isEqualTo("false");
        // Thu 2026-12-31 + 1: Fri 01-01 off, weekend, Mon 2027-01-04
        assertThat(Cli.run("calendar", "plus", "2026-12-31", "1", "--notices", d).line()).isEqualTo("2027-01-04");
        assertThat(Cli.run("calendar", "between", "2026-12-30", "2027-01-05", "--notices", d).line())
                .isEqualTo("3"); // 12-31, 01-04, 01-05
        // Art. 26: 20 working days after Tue 2026-12-15: 12-16..18 (3), 21..25 (8), 28..31 (12), 2027-01-04..08
        // (17), 11..13 (20) -> 2027-01-13
        assertThat(Cli.run("deadline", "due", "20个工作日", "--from", "2026-12-15", "--notices", d).line())
                .isEqualTo("2027-01-13");
        Cli.Result req = Cli.run("request", "due", "--received", "2026-12-15", "--notices", d);
        assertThat(req.status()).as(req.err() + req.out()).isZero();
        assertThat(((Map<?, ?>) req.json()).get("due")).isEqualTo("2027-01-13");
        Cli.Result cov = Cli.run("calendar", "coverage", "--notices", d);
        assertThat(cov.out()).contains("covered: 2007-01-01 .. 2027-12-31")
                .contains("2027\tknown\t" + dir.resolve("2027.txt"));
    }

    @Test
    void coverageNamesTheRangeAndTheSourceOfEachYear() {
        Cli.Result r = Cli.run("calendar", "coverage");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("covered: 2007-01-01 .. 2026-12-31").contains("2027\tunknown")
                .contains("http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm");
    }

    @Test
    void aComputationNearTheEndOfTheDataWarnsAndSaysHowToAddTheNotice() {
        // Tue 2026-12-01 is 30 days before 2026-12-31
        Cli.Result r = Cli.run("calendar", "workday", "2026-12-01");
        assertThat(r.line()).isEqualTo("true");
        assertThat(r.err()).contains("warning").contains("2026-12-31").contains("GONGKAI_NOTICES");
        assertThat(Cli.run("calendar", "workday", "2026-11-30").err()).isEmpty();
        // received Tue 2026-11-03: due Tue 2026-12-01 (20 working days, no holiday in Nov-Dec 2026)
        Cli.Result req = Cli.run("request", "due", "--received", "2026-11-03");
        assertThat(((Map<?, ?>) req.json()).get("due")).isEqualTo("2026-12-01");
        assertThat(req.err()).contains("warning").contains("--notices DIR");
    }

    @Test
    void reliabilityAuditD5TheProvisionalExtremesExit2WithAMessageNamingTheDates() {
        Cli.Result r = Cli.run("calendar", "between", "-999999999-01-01", "+999999999-12-31", "--provisional");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("-999999999-01-01").contains("+999999999-12-31").doesNotContain("Exception");
        Cli.Result plus = Cli.run("calendar", "plus", "+999999999-12-31", "1", "--provisional");
        assertThat(plus.status()).isEqualTo(2);
        assertThat(plus.err()).contains("+999999999-12-31 + 1 working days");
    }
}
