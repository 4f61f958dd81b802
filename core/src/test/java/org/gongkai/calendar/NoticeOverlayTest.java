package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Taking a year at run time: a notice read from its text and added to a calendar that lacks that year gives the same
 * answers, day by day, as the bundled data; a notice contradicting a bundled year is refused unless it amends it;
 * the default calendar reads the directory named by gongkai.notices / GONGKAI_NOTICES.
 */
class NoticeOverlayTest {
    private static final HolidayCalendar BUNDLED = HolidayCalendar.bundled();

    /** The texts of one year: the clean reference copies for 2007–2016, the variants for 2017–2026. */
    static List<String[]> textsOf(int year) {
        List<String[]> texts = new ArrayList<>();
        if (year <= 2016) {
            String first = year + "-1";
            texts.add(new String[] {NoticeTextReferenceTest.text(first), first});
            if (year == 2015) {
                texts.add(new String[] {NoticeTextReferenceTest.text("2015-4"), "2015-4"});
            }
        } else {
            texts.add(new String[] {NoticeTextTest.variant(String.valueOf(year)), year + ".txt"});
            if (year == 2019) {
                texts.add(new String[] {NoticeTextTest.variant("2019-adjustment"), "2019-adjustment"});
            }
            if (year == 2020) {
                texts.add(new String[] {NoticeTextTest.variant("2020-extension"), "2020-extension"});
            }
        }
        return texts;
    }

    /** The bundled calendar's notices of the years before {@code year}. */
    static HolidayCalendar before(int year) {
        List<HolidayNotice> earlier = new ArrayList<>();
        for (HolidayNotice n : BUNDLED.notices()) {
            if (n.year() < year) {
                earlier.add(n);
            }
        }
        return HolidayCalendar.of("bundled before " + year, earlier);
    }

    /**
     * Property: each of the 20 years, read from its notice text(s) and added to the calendar of the years before
     * it, answers as the bundled data for every day from 2007-01-01 to its December 31. Years 2008, 2010–2014 and
     * 2016 use only the clean copy; the incomplete copies of 2008, 2009 and 2013 are replaced by the variants' rule:
     * the year is read from its complete copy (2008-2, 2009: none complete, so 2009 is checked against the days it
     * gives only).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021,
        2022, 2023, 2024, 2025, 2026})
    void aYearReadFromItsTextAndAddedAnswersAsTheBundledData(int year) {
        List<String[]> texts = textsOf(year);
        if (year == 2008) {
            texts = List.<String[]>of(new String[] {NoticeTextReferenceTest.text("2008-2"), "2008-2"});
        }
        if (year == 2013) {
            texts = List.<String[]>of(new String[] {NoticeTextReferenceTest.text("2013-2"), "2013-2"});
        }
        HolidayCalendar cal;
        if (year == 2007) {
            cal = HolidayCalendar.of("read", List.of(NoticeText.read(texts.get(0)[0], texts.get(0)[1]).toNotice()));
        } else {
            cal = before(year).withNoticeText(texts.get(0)[0], texts.get(0)[1], false);
        }
        for (int i = 1; i < texts.size(); i++) {
            cal = cal.withNoticeText(texts.get(i)[0], texts.get(i)[1], false);
        }
        assertThat(cal.lastCoveredDay()).isEqualTo(LocalDate.of(year, 12, 31));
        LocalDate end = LocalDate.of(year, 12, 31);
        // late-December days the next year's notice lists are that notice's, not this one's
        java.util.Set<LocalDate> nextYears = new java.util.HashSet<>();
        BUNDLED.notices().stream().filter(n -> n.year() == year + 1)
                .forEach(n -> n.days().forEach(x -> nextYears.add(x.date())));
        int checked = 0;
        for (LocalDate d = LocalDate.of(2007, 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
            if (year == 2009 && d.getYear() == 2009 && d.isAfter(LocalDate.of(2009, 5, 31))) {
                // both 2009 copies are cut off before 国庆/中秋 (reference README): from June the copy says nothing
                break;
            }
            if (nextYears.contains(d)) {
                continue;
            }
            if (year == 2008) { // the only complete 2008 copy words two names otherwise (清明, 五一): kinds only
                assertThat(cal.day(d).kind()).as("%s", d).isEqualTo(BUNDLED.day(d).kind());
            } else {
                assertThat(cal.day(d)).as("%s", d).isEqualTo(BUNDLED.day(d));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void aNoticeContradictingABundledYearIsRefusedUnlessItAmendsIt() {
        // 2026's notice with the Spring Festival moved one day: 2月16日 to 24日 instead of 15日 to 23日
        String moved = NoticeTextTest.variant("2026").replace("2月15日（农历腊月二十八）至23日（农历正月初七）",
                "2月16日至24日");
        assertThatThrownBy(() -> BUNDLED.withNoticeText(moved, "moved.txt", false))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("moved.txt")
                .hasMessageContaining("2026-02-15").hasMessageContaining("amend");
        HolidayCalendar amended = BUNDLED.withNoticeText(moved, "moved.txt", true);
        assertThat(amended.isWorkingDay(LocalDate.of(2026, 2, 24))).isFalse(); // a Tuesday, now off
        // the same notice as the bundle's is accepted and named in the provenance
        HolidayCalendar same = BUNDLED.withNoticeText(NoticeTextTest.variant("2026"), "2026.txt", false);
        assertThat(same.provenance().notices().get(19).source()).isEqualTo("2026.txt");
        // the extension of 2020 is already in the bundled data: it agrees, so no amends is needed
        assertThat(BUNDLED.withNoticeText(NoticeTextTest.variant("2020-extension"), "ext", false)
                .isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
    }

    @Test
    void anAmendmentOfAYearWithoutNoticeIsRefused() {
        assertThatThrownBy(() -> before(2019).withNoticeText(NoticeTextTest.variant("2019-adjustment"), "adj", true))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("2019");
    }

    private static Path copy(Path dir, String resource, String name) throws IOException {
        try (var in = NoticeOverlayTest.class.getResourceAsStream(resource)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void aDirectoryOfNoticesAddsItsYearsAndTheProvenanceNamesTheFiles(@TempDir Path dir) throws IOException {
        copy(dir, "/org/gongkai/calendar/notice-variants/2026.txt", "2026.txt");
        Files.writeString(dir.resolve("readme.md"), "not a notice", StandardCharsets.UTF_8);
        HolidayCalendar cal = before(2026).withNotices(dir, false);
        assertThat(cal.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(cal.day(LocalDate.of(2026, 2, 23))).isEqualTo(BUNDLED.day(LocalDate.of(2026, 2, 23)));
        Provenance.NoticeSource y2026 = cal.provenance().notices().get(cal.provenance().notices().size() - 1);
        assertThat(y2026.year()).isEqualTo(2026);
        assertThat(y2026.source()).isEqualTo(dir.resolve("2026.txt").toString());
    }

    @Test
    void theDefaultCalendarReadsTheConfiguredPlaceAndPropertyComesBeforeTheVariable(@TempDir Path dir)
            throws IOException {
        Path file = copy(dir, "/org/gongkai/calendar/notices-2027/2027-made-up.txt", "2027.txt");
        HolidayCalendar cal = (HolidayCalendar) HolidayCalendar.configured(dir.toString(), null);
        // the made-up 2027 text: 元旦 1月1日（星期五）至3日, 春节 2月6日至12日, 2月14日（星期日）上班
        assertThat(cal.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(cal.day(LocalDate.of(2027, 1, 1)).holiday()).contains("元旦");
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 14))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 15))).isTrue(); // Monday after the holiday
        assertThat(cal.provenance().notices().get(20).source()).isEqualTo(file.toString());
        assertThat(((HolidayCalendar) HolidayCalendar.configured(null, file.toString())).lastCoveredDay())
                .isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(HolidayCalendar.configured(null, null)).isSameAs(BUNDLED);
        assertThat(HolidayCalendar.configured(dir.resolve("missing").toString(), file.toString()))
                .isInstanceOf(UncheckedIOException.class);
        Files.writeString(dir.resolve("bad.txt"), "国务院办公厅关于2028年部分节假日安排的通知\n一、元旦：1月1日（星期一）放假。");
        assertThat(HolidayCalendar.configured(dir.toString(), null)).isInstanceOf(DataFormatException.class)
                .hasToString(new DataFormatException(dir.resolve("bad.txt").toString(), 2, 0,
                        "2028-01-01 is a SATURDAY, the text says 一: 1月1日").toString());
    }
}
