package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notice texts of 2017–2026 written for these tests from the published schedules (reference/holidays), each in a
 * form the real copies take: Traditional (2017), ASCII punctuation reflowed mid-word (2018), the original 2019 and
 * 2020 notices with their adjustment (国办发明电〔2019〕1号, 劳动节) and extension (国办发明电〔2020〕1号, 春节), page
 * clutter and junk (2021), full-width digits and spaces (2022), a range into the year before (2023), dashes and
 * spaced weekdays (2024), the "（周三）" weekday form and lunar dates before the weekday (2025), the nine-day Spring
 * Festival with lunar dates alone in parentheses (2026).
 */
class NoticeTextTest {
    static String variant(String name) {
        try (InputStream in = NoticeTextTest.class.getResourceAsStream("/org/gongkai/calendar/notice-variants/"
                + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HolidayNotice readYear(int year) {
        NoticeText.Reading annual = NoticeText.read(variant(String.valueOf(year)), year + ".txt");
        assertThat(annual.kind()).isEqualTo(NoticeText.Kind.ANNUAL);
        if (year == 2019) {
            return NoticeText.combine(List.of(annual, NoticeText.read(variant("2019-adjustment"), "adj")));
        }
        if (year == 2020) {
            return NoticeText.combine(List.of(annual, NoticeText.read(variant("2020-extension"), "ext")));
        }
        return annual.toNotice();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyLaterYearsVariantReadsToTheBundledSchedule(int year) {
        HolidayNotice expected = NoticeTextReferenceTest.bundled(year);
        assertThat(NoticeTextReferenceTest.days(readYear(year))).isEqualTo(NoticeTextReferenceTest.days(expected));
    }

    @Test
    void the2026SpringFestivalHasNineDaysBetweenTwoWorkedSaturdays() {
        // 国办发明电〔2025〕…: 春节 2月15日（农历腊月二十八）至23日（农历正月初七）放假调休，共9天；2月14日、28日上班
        HolidayNotice n = readYear(2026);
        assertThat(n.days().stream().filter(d -> d.name().equals("春节") && d.offDay()).count()).isEqualTo(9);
        assertThat(n.days()).contains(new HolidayNotice.Day(LocalDate.of(2026, 2, 14), "春节", false),
                new HolidayNotice.Day(LocalDate.of(2026, 2, 28), "春节", false));
    }

    @Test
    void theExtensionOf2020MakesTheWorkedSaturdayARestDayAndListsTheMondayItNames() {
        // 国办发明电〔2020〕1号: 延长2020年春节假期至2月2日…2月3日（星期一）起正常上班; the original notice had 2月1日 worked
        NoticeText.Reading ext = NoticeText.read(variant("2020-extension"), "ext");
        assertThat(ext.kind()).isEqualTo(NoticeText.Kind.EXTENSION);
        assertThat(ext.holiday()).isEqualTo("春节");
        HolidayNotice n = readYear(2020);
        assertThat(n.days()).contains(new HolidayNotice.Day(LocalDate.of(2020, 1, 31), "春节", true),
                new HolidayNotice.Day(LocalDate.of(2020, 2, 1), "春节", true),
                new HolidayNotice.Day(LocalDate.of(2020, 2, 2), "春节", true),
                new HolidayNotice.Day(LocalDate.of(2020, 2, 3), "春节", false));
        assertThat(n.papers()).containsExactly("2020.txt", "ext");
    }

    @Test
    void theAdjustmentOf2019ReplacesLabourDay() {
        // 国办发明电〔2019〕1号: 5月1日至4日放假调休，共4天；4月28日（星期日）、5月5日（星期日）上班
        NoticeText.Reading adj = NoticeText.read(variant("2019-adjustment"), "adj");
        assertThat(adj.kind()).isEqualTo(NoticeText.Kind.ADJUSTMENT);
        assertThat(adj.holiday()).isEqualTo("劳动节");
        assertThat(adj.days()).hasSize(6);
    }

    @Test
    void aNewYearRangeStartingInDecemberBelongsToTheYearBefore() {
        String text = "国务院办公厅关于2030年部分节假日安排的通知\n一、元旦：12月30日（星期一）至1月1日（星期三）放假调休，共3天。"
                + "12月28日（星期六）上班。";
        // 2030-01-01 is a Tuesday, so 2029-12-30 is a Sunday: the text above says Monday and is refused
        assertThatThrownBy(() -> NoticeText.read(text, "t")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("2029-12-30").hasMessageContaining("一");
        // 2029-12-29 is a Saturday, 2029-12-31 a Monday, 2030-01-01 a Tuesday (ISO calendar)
        String right = "国务院办公厅关于2030年部分节假日安排的通知\n一、元旦：12月30日至1月1日（星期二）放假调休，共3天。"
                + "12月29日（星期六）上班。";
        NoticeText.Reading r = NoticeText.read(right, "t");
        assertThat(r.days()).containsExactly(new HolidayNotice.Day(LocalDate.of(2029, 12, 29), "元旦", false),
                new HolidayNotice.Day(LocalDate.of(2029, 12, 30), "元旦", true),
                new HolidayNotice.Day(LocalDate.of(2029, 12, 31), "元旦", true),
                new HolidayNotice.Day(LocalDate.of(2030, 1, 1), "元旦", true));
    }

    @Test
    void aWrongWeekdayIsAnErrorNamingTheDateAndTheLine() {
        // 2026-01-04 is a Sunday (the 2026 notice: 1月4日（周日）上班); the text says Saturday
        String text = variant("2026").replace("1月4日（周日）", "1月4日（周六）");
        assertThatThrownBy(() -> NoticeText.read(text, "bad.txt")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("bad.txt:5:").hasMessageContaining("2026-01-04").hasMessageContaining("1月4日");
    }

    @Test
    void aTotalTheDatesDoNotGiveIsAnError() {
        String text = variant("2026").replace("共9天", "共8天");
        assertThatThrownBy(() -> NoticeText.read(text, "bad.txt")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining(":6:").hasMessageContaining("says 8").hasMessageContaining("give 9");
    }

    @Test
    void aDayThatIsBothRestAndWorkIsAnError() {
        String text = variant("2026").replace("5月9日（周六）上班", "5月2日（周六）上班");
        assertThatThrownBy(() -> NoticeText.read(text, "bad.txt")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("2026-05-02").hasMessageContaining("twice");
    }

    @Test
    void aDateThatDoesNotExistIsAnError() {
        String text = variant("2026").replace("2月28日（周六）", "2月30日");
        assertThatThrownBy(() -> NoticeText.read(text, "bad.txt")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("2月30日");
    }

    @Test
    void aTextWithoutYearNeedsTheYearGiven() {
        String body = "一、元旦：1月1日（星期四）至3日（星期六）放假调休，共3天。1月4日（星期日）上班。";
        assertThatThrownBy(() -> NoticeText.read(body, "t")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no year");
        assertThat(NoticeText.read(body, "t", 2026).days()).hasSize(4);
        assertThatThrownBy(() -> NoticeText.read(variant("2026"), "t", 2027)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("2026");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedBeforeReading() {
        String huge = "一".repeat(NoticeText.MAX_LENGTH + 1);
        assertThatThrownBy(() -> NoticeText.read(huge, "huge")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining(String.valueOf(NoticeText.MAX_LENGTH));
    }

    @Test
    void aTextWithNoHolidayIsAnError() {
        assertThatThrownBy(() -> NoticeText.read("国务院办公厅关于2027年部分节假日安排的通知\n各省：", "t"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("no holiday item");
    }
}
