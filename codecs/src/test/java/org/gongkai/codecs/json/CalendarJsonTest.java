package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.DateRange;
import org.gongkai.calendar.DayKind;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.LocalRestDay;
import org.gongkai.calendar.Provenance;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarJsonTest {
    private static final String HOLIDAY_CN = "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/";
    private final ObjectMapper m = GongkaiJson.mapper();
    private final ObjectMapper plain = new ObjectMapper();

    private static byte[] notice(int year) {
        try (InputStream in = CalendarJsonTest.class.getResourceAsStream("holidays/" + year + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IntStream years() {
        return IntStream.rangeClosed(2007, 2027);
    }

    /**
     * Every real notice (holiday-cn copies of the bundled files, 2007-2027) read through Jackson is the notice
     * HolidayNotice.parse reads, with its {@code $id} as source, and writes back as the same JSON tree.
     */
    @ParameterizedTest(name = "{0}.json")
    @MethodSource("years")
    void realNoticesReadThroughJacksonAsHolidayNoticeParseReadsThem(int year) throws IOException {
        byte[] json = notice(year);
        HolidayNotice viaJackson = m.readValue(json, HolidayNotice.class);
        HolidayNotice viaParse = HolidayNotice.parse(new ByteArrayInputStream(json), HOLIDAY_CN + year + ".json");
        assertThat(viaJackson).isEqualTo(viaParse);
        assertThat(viaJackson.source()).isEqualTo(HOLIDAY_CN + year + ".json"); // the file's $id
        assertThat(plain.readTree(m.writeValueAsBytes(viaJackson))).isEqualTo(plain.readTree(json));
    }

    /**
     * The 2024 notice read through Jackson gives the same calendar as HolidayNotice.parse, day by day over its year;
     * the notice (国办发明电〔2023〕7号): 9-29 Sun worked for 国庆节, 10-01..10-07 off. And all 21 real notices
     * through Jackson give, day by day over 2007-2026, the official calendar.
     */
    @Test
    void realNoticesThroughJacksonGiveTheSameCalendar() throws IOException {
        byte[] json = notice(2024);
        HolidayCalendar a = HolidayCalendar.of("test", List.of(m.readValue(json, HolidayNotice.class)));
        HolidayCalendar b = HolidayCalendar.of("test", List.of(HolidayNotice.parse(new ByteArrayInputStream(json),
                HOLIDAY_CN + "2024.json")));
        assertThat(a.coverage()).isEqualTo(b.coverage())
                .isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2024, 12, 31)); d = d.plusDays(1)) {
            assertThat(a.day(d)).as(d.toString()).isEqualTo(b.day(d));
        }
        assertThat(a.day(LocalDate.of(2024, 9, 29))).isEqualTo(new CalendarDay(LocalDate.of(2024, 9, 29),
                DayKind.ADJUSTED_WORKING_DAY, Optional.of("国庆节"), false));
        // Art. 33: receipt Fri 2024-09-27 + 20 working days = 2024-10-30 (9-29, 9-30, 10-08..10-12, 10-14 …)
        assertThat(a.plusWorkingDays(LocalDate.of(2024, 9, 27), 20)).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(a.provenance()).isEqualTo(b.provenance());

        List<HolidayNotice> all = new ArrayList<>();
        for (int year = 2007; year <= 2027; year++) {
            all.add(m.readValue(notice(year), HolidayNotice.class));
        }
        HolidayCalendar viaJackson = HolidayCalendar.of("holiday-cn via Jackson", all);
        HolidayCalendar official = WorkingDayCalendar.official();
        assertThat(viaJackson.coverage()).isEqualTo(official.coverage());
        for (LocalDate d = official.coverage().first(); !d.isAfter(official.coverage().last()); d = d.plusDays(1)) {
            assertThat(viaJackson.day(d)).as(d.toString()).isEqualTo(official.day(d));
        }
    }

    /**
     * A calendar's overlay through Jackson: a (made-up) 2027 notice replaces the bundled empty one. Fri 2027-01-01
     * off for 元旦: Thu 2026-12-31 + 1 working day = Mon 2027-01-04.
     */
    @Test
    void anOverlayNoticeComesThroughJackson() throws IOException {
        String json = "{\"$id\":\"test-2027.json\",\"year\":2027,\"papers\":[\"https://example.invalid/2027\"],"
                + "\"days\":[{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}";
        HolidayCalendar cal = WorkingDayCalendar.official().withNotice(m.readValue(json, HolidayNotice.class));
        assertThat(cal.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        Provenance.NoticeSource last = cal.provenance().notices().get(cal.provenance().notices().size() - 1);
        assertThat(last).isEqualTo(new Provenance.NoticeSource(2027, List.of("https://example.invalid/2027"),
                "test-2027.json", true));
    }

    @Test
    void provenanceOfTheOfficialCalendarRoundTripsWithTheNoticesAddresses() throws IOException {
        Provenance p = WorkingDayCalendar.official()
                .withLocalRestDays(List.of(new LocalRestDay(LocalDate.of(2024, 3, 21), "诺鲁孜节", "新疆维吾尔自治区人民政府令")))
                .provenance();
        String json = m.writeValueAsString(p);
        assertThat(m.readValue(json, Provenance.class)).isEqualTo(p);
        // the 2024 notice's text: https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm (2024.json papers)
        assertThat(json).contains("{\"year\":2024,\"papers\":[\"https://www.gov.cn/zhengce/zhengceku/202310/"
                + "content_6911528.htm\"],\"source\":\"gongkai-core:/org/gongkai/calendar/holidays/2024.json\","
                + "\"known\":true}");
        assertThat(json).endsWith("\"localRestDays\":[{\"date\":\"2024-03-21\",\"name\":\"诺鲁孜节\","
                + "\"source\":\"新疆维吾尔自治区人民政府令\"}]}");
        // 2027 is bundled empty: not known
        assertThat(json).contains("{\"year\":2027,\"papers\":[],\"source\":\"gongkai-core:/org/gongkai/calendar/"
                + "holidays/2027.json\",\"known\":false}");
    }

    @Test
    void provenanceIsWrittenExactlyAsTheGoldenFileAndReadsBack() throws IOException {
        Provenance p = new Provenance("NateScarlet/holiday-cn snapshot 2026-08-07", List.of(
                new Provenance.NoticeSource(2024, List.of("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"),
                        HOLIDAY_CN + "2024.json", true),
                new Provenance.NoticeSource(2025, List.of(), "2025.json", false)),
                List.of(new LocalRestDay(LocalDate.of(2024, 3, 21), "诺鲁孜节", "新疆维吾尔自治区人民政府令")));
        String golden = plain.writeValueAsString(GoldenJsonTest.golden(plain, "golden-calendar-provenance.json"));
        assertThat(m.writeValueAsString(p)).isEqualTo(golden);
        assertThat(m.readValue(golden, Provenance.class)).isEqualTo(p);
    }

    @Test
    void daysAndRanges() throws IOException {
        // 2024-10-01: 国庆节, a public holiday (2024 notice)
        CalendarDay d = WorkingDayCalendar.official().day(LocalDate.of(2024, 10, 1));
        assertThat(m.writeValueAsString(d)).isEqualTo("{\"date\":\"2024-10-01\",\"kind\":\"PUBLIC_HOLIDAY\","
                + "\"holiday\":\"国庆节\",\"provisional\":false}");
        assertThat(m.readValue("{\"date\":\"2024-10-01\",\"kind\":\"法定节假日\",\"holiday\":\"国庆节\","
                + "\"provisional\":false}", CalendarDay.class)).isEqualTo(d);
        CalendarDay weekend = new CalendarDay(LocalDate.of(2024, 10, 13), DayKind.WEEKEND, Optional.empty(), false);
        assertThat(m.readValue(m.writeValueAsString(weekend), CalendarDay.class)).isEqualTo(weekend);
        assertThatThrownBy(() -> m.readValue("{\"date\":\"2024-10-14\",\"kind\":\"NORMAL_WORKING_DAY\","
                + "\"holiday\":\"国庆节\",\"provisional\":false}", CalendarDay.class))
                .hasMessageContaining("a day of kind NORMAL_WORKING_DAY cannot have the holiday");
        DateRange coverage = WorkingDayCalendar.official().coverage();
        assertThat(m.readValue(m.writeValueAsString(coverage), DateRange.class)).isEqualTo(coverage);
        assertThat(m.writeValueAsString(new DateRange(LocalDate.of(2007, 1, 1), LocalDate.of(2026, 12, 31))))
                .isEqualTo("{\"first\":\"2007-01-01\",\"last\":\"2026-12-31\"}");
        assertThatThrownBy(() -> m.readValue("{\"first\":\"2024-10-08\",\"last\":\"2024-10-01\"}", DateRange.class))
                .hasMessageContaining("ends on 2024-10-01 before it starts on 2024-10-08");
    }

    @Test
    void noticeErrorsNameThePath() {
        assertThatThrownBy(() -> m.readValue("{\"year\":2025,\"days\":[{\"name\":\"元旦\",\"date\":\"2025-01-01\","
                + "\"isOffDay\":true,\"note\":\"x\"}]}", HolidayNotice.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("/days/0/note");
        // the notice of 2025 spans 2024-12-01..2025-12-31
        assertThatThrownBy(() -> m.readValue("{\"year\":2025,\"days\":[{\"name\":\"元旦\",\"date\":\"2024-11-30\","
                + "\"isOffDay\":true}]}", HolidayNotice.class))
                .hasMessageContaining("lists 2024-11-30, outside 2024-12-01..2025-12-31");
        assertThatThrownBy(() -> m.readValue("{\"year\":2025,\"days\":[{\"name\":\" \",\"date\":\"2025-01-01\","
                + "\"isOffDay\":true}]}", HolidayNotice.class)).hasMessageContaining("blank")
                .hasMessageContaining("/days/0/name");
        assertThatThrownBy(() -> m.readValue("{\"year\":2025,\"days\":[{\"name\":\"元旦\",\"date\":\"2025-01-01\","
                + "\"isOffDay\":\"yes\"}]}", HolidayNotice.class))
                .hasMessageContaining("expected true or false").hasMessageContaining("/days/0/isOffDay");
        assertThatThrownBy(() -> m.readValue("{\"days\":[]}", HolidayNotice.class))
                .hasMessageContaining("needs its \"year\"");
        assertThatThrownBy(() -> m.readValue("{\"year\":2025}", HolidayNotice.class))
                .hasMessageContaining("needs its \"days\"");
    }

    // ------------------------------------------------------------------ seeded round trips

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    private static final String[] NAMES = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "国庆节、中秋节",
        "😀节", "\"引号\"节", "第一行\n第二行", "𠀀", " 空格 "};

    static HolidayNotice randomNotice(Random r) {
        int year = 1950 + r.nextInt(150);
        List<String> papers = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            papers.add("https://www.gov.cn/zhengce/content/" + year + "-" + r.nextInt(1000) + ".htm");
        }
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        int span = (int) (LocalDate.of(year, 12, 31).toEpochDay() - from.toEpochDay() + 1);
        Set<LocalDate> used = new HashSet<>();
        List<HolidayNotice.Day> days = new ArrayList<>();
        for (int i = r.nextInt(45); i > 0; i--) {
            LocalDate d = from.plusDays(r.nextInt(span));
            if (used.add(d)) {
                days.add(new HolidayNotice.Day(d, NAMES[r.nextInt(NAMES.length)], r.nextBoolean()));
            }
        }
        String source = r.nextBoolean() ? HOLIDAY_CN + year + ".json" : NAMES[r.nextInt(NAMES.length)];
        return new HolidayNotice(year, papers, days, source);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedNoticesSurviveJsonObjectJsonUnchanged(long seed) throws IOException {
        Random r = new Random(seed);
        for (int i = 0; i < 10; i++) {
            HolidayNotice n = randomNotice(r);
            String json = m.writeValueAsString(n);
            HolidayNotice back = m.readValue(json, HolidayNotice.class);
            assertThat(back).isEqualTo(n);
            assertThat(m.writeValueAsString(back)).isEqualTo(json);
        }
    }
}
