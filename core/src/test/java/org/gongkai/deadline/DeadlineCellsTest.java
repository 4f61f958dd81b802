package org.gongkai.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cells of issue 14 ("read the cells of catalogs nobody has seen yet"): windows before an event, two phrases in
 * one cell, caveats, 依申请公开, the request's receipt, copy artefacts, and nothing dropped silently. The phrases
 * are written to stand for each class; the expected structures are worked out by hand from the Chinese.
 */
class DeadlineCellsTest {

    private final WorkingDayCalendar official = WorkingDayCalendar.official();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            在召开听证会5个工作日前公开        | WD 5 BEFORE MEETING_HELD(召开听证会)
            会议召开3日前公告                  | CD 3 DAY BEFORE MEETING_HELD(会议召开)
            听证会召开前5个工作日公开          | WD 5 BEFORE MEETING_HELD(听证会召开)
            提前一周發通知邀請                 | CD 1 WEEK BEFORE UNSPECIFIED()
            举行听证会10日之前公告             | CD 10 DAY BEFORE MEETING_HELD(举行听证会)
            """)
    void windowsBeforeAnEventRunBackwards(String phrase, String expected) {
        DeadlineRule rule = DeadlinePhrases.parse(phrase);
        assertThat(Describe.of(rule)).isEqualTo(expected);
        assertThat(rule.source()).isEqualTo(phrase);
        assertThat(DeadlinePhrases.parse(DeadlinePhrases.format(rule)).equivalent(rule)).isTrue();
    }

    /**
     * 5 working days before a hearing on Tue 2024-10-08 (the first working day after National Day 2024; notice
     * 国办发明电〔2023〕7号: 10-1..10-7 off, Sun 9-29 worked): day zero is 10-08; counting back, Mon 9-30 is 1,
     * Sun 9-29 (adjusted working day) 2, Fri 9-27 3, Thu 9-26 4, Wed 9-25 5.
     */
    @Test
    void workingDaysBeforeAnEventCountBackOnTheOfficialCalendar() {
        DeadlineRule rule = DeadlinePhrases.parse("在召开听证会5个工作日前公开");
        assertThat(rule.dueDate(d(2024, 10, 8), official)).contains(d(2024, 9, 25));
        assertThat(official.minusWorkingDays(d(2024, 10, 8), 5)).isEqualTo(d(2024, 9, 25));
        assertThat(rule.exceedsStatutoryProactiveWindow()).isFalse();
    }

    /**
     * 民法典 Art. 201-203 counted backwards: a meeting on Thu 2024-06-13, 3 days before is Mon 06-10, 端午节 (a day
     * off by the 2024 notice); the period keeps its full length, so the last day moves back to the working day
     * before, Fri 06-07. A meeting on Fri 2024-06-14: 3 days before is Tue 06-11, a working day.
     */
    @Test
    void calendarDaysBeforeAnEventFollowTheCivilCodeBackwards() {
        DeadlineRule rule = DeadlinePhrases.parse("会议召开3日前公告");
        assertThat(rule.dueDate(d(2024, 6, 13), official)).contains(d(2024, 6, 7));
        assertThat(rule.dueDate(d(2024, 6, 14), official)).contains(d(2024, 6, 11));
        // Art. 202 backwards: 1 month before 2024-03-31 is 2024-02-29 (no 02-31), a Thursday and a working day.
        DeadlineRule month = CalendarWindow.of(1, PeriodUnit.MONTH, Trigger.parse("会议召开"), Direction.BEFORE,
                false);
        assertThat(month.dueDate(d(2024, 3, 31), official)).contains(d(2024, 2, 29));
    }

    @Test
    void twoPhrasesWithoutSeparatorAreACompound() {
        // A merged cell exported as one string (issue 14): both deadlines are kept.
        DeadlineRule rule = DeadlinePhrases.parse("自收到申请之日起20个工作日内 自该信息形成或者变更之日起20个工作日内");
        assertThat(Describe.of(rule)).isEqualTo("COMPOUND [] WD 20 REQUEST_RECEIVED(收到申请) | "
                + "[] WD 20 INFORMATION_FORMED_OR_CHANGED(该信息形成或者变更)");
        // Without the space, and a publicity period straight after the window (…内公示7个工作日).
        assertThat(Describe.of(DeadlinePhrases.parse("制定或获取信息之日起10个工作日内公示7个工作日")))
                .isEqualTo("COMPOUND [] WD 10 FORMULATED_OR_OBTAINED(制定或获取信息) | [] PUB PUBLICITY 7 WORKING_DAY");
        // A doubled tail is not a second rule (#76).
        assertThat(Describe.of(DeadlinePhrases.parse("信息形成后,20个工作日内公开内公开")))
                .isEqualTo("WD 20 INFORMATION_FORMED(信息形成)");
    }

    @Test
    void aCaveatAfterTheRuleIsItsNote() {
        // The 30-day consultation of 国有土地上房屋征收与补偿条例 Art. 10 (征求意见期限不得少于30日); the caveat keeps
        // no deadline of its own.
        DeadlineReading r = DeadlinePhrases.read("征求意见期限一般不少于30日；因情况紧急需要缩短期限的，应当予以说明");
        assertThat(Describe.of(r.rule())).isEqualTo("PUB CONSULTATION 30 DAY atLeast");
        assertThat(r.note()).isEqualTo("因情况紧急需要缩短期限的，应当予以说明");
        assertThat(r.partial()).isFalse();
        // A channel written after the window (#27) is a note too.
        DeadlineReading ch = DeadlinePhrases.read("擬征收土地現狀調查結束後5個工作日內,在村公示欄公開。");
        assertThat(ch.note()).isEqualTo("在村公示欄公開");
        assertThat(ch.partial()).isFalse();
    }

    @Test
    void unreadTextWithANumberATimeWordOrATriggerMakesTheReadingPartial() {
        DeadlineReading r = DeadlinePhrases.read("信息形成之日起20个工作日内；第三季度末");
        assertThat(Describe.of(r.rule())).isEqualTo("WD 20 INFORMATION_FORMED(信息形成)");
        assertThat(r.unread()).containsExactly("第三季度末");
        assertThat(r.partial()).isTrue();
        assertThat(r.rule().source()).isEqualTo("信息形成之日起20个工作日内；第三季度末");
        DeadlineReading tail = DeadlinePhrases.read("信息形成之日起20个工作日内公开并于收到后报送");
        assertThat(tail.unread()).containsExactly("内公开并于收到后报送");
        // The fallback clause is read, not left unread, and text after it is still read.
        DeadlineReading fb = DeadlinePhrases.read("20个工作日内,法律法规另有规定的除外;依申请公开");
        assertThat(Describe.of(fb.rule())).isEqualTo("COMPOUND [] WD 20 UNSPECIFIED() | [] ON_REQUEST +fallback");
        assertThat(fb.partial()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            依申请公开                                  # ON_REQUEST
            依申请                                      # ON_REQUEST
            依申請公開。                                # ON_REQUEST
            信息形成之日起20个工作日内；依申请公开      # COMPOUND [] WD 20 INFORMATION_FORMED(信息形成) | [] ON_REQUEST
            """)
    void onRequestIsAKindOfItsOwn(String phrase, String expected) {
        DeadlineRule rule = DeadlinePhrases.parse(phrase);
        assertThat(Describe.of(rule)).isEqualTo(expected);
        assertThat(DeadlinePhrases.parse(DeadlinePhrases.format(rule)).equivalent(rule)).isTrue();
    }

    /**
     * Regulation Art. 33: a request received on Fri 2024-09-27 is answered by its 20th working day, Wed 2024-10-30
     * (the same count as Art. 26's window; see WorkingDayWindow#dueDate).
     */
    @Test
    void onRequestCitesArticle33AndItsTwentyWorkingDays() {
        OnRequest r = (OnRequest) DeadlinePhrases.parse("依申请公开");
        assertThat(r.kind()).isEqualTo(DeadlineKind.ON_REQUEST);
        assertThat(r.article()).isEqualTo("《中华人民共和国政府信息公开条例》第三十三条");
        assertThat(r.dueDate(d(2024, 9, 27), official)).contains(d(2024, 10, 30));
        assertThat(DeadlinePhrases.format(r)).isEqualTo("依申请公开");
    }

    /** Every trigger word of the request's receipt is REQUEST_RECEIVED, a document's receipt is not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            接到申请之日起15个工作日内    | REQUEST_RECEIVED | 接到申请
            收到申请表之日起15个工作日内  | REQUEST_RECEIVED | 收到申请表
            受理申请之日起15个工作日内    | REQUEST_RECEIVED | 受理申请
            自收到申請之日起20個工作日內公開 | REQUEST_RECEIVED | 收到申请
            收到征地批准文件之日起10个工作日内 | DOCUMENT_RECEIVED | 收到征地批准文件
            接到上级文件之日起10个工作日内 | DOCUMENT_RECEIVED | 接到上级文件
            """)
    void requestReceiptTriggers(String phrase, TriggerKind kind, String text) {
        WorkingDayWindow w = (WorkingDayWindow) DeadlinePhrases.parse(phrase);
        assertThat(w.trigger()).isEqualTo(new Trigger(kind, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            信息形成或者变更之日起20个(gè)工作日内(nèi)      | WD 20 INFORMATION_FORMED_OR_CHANGED(信息形成或者变更)
            信息形成或者变更之日起20个工作日内,,             | WD 20 INFORMATION_FORMED_OR_CHANGED(信息形成或者变更)
            信息形成或者变更之日起20个工作日内,。法律法规另有规定的除外 | WD 20 INFORMATION_FORMED_OR_CHANGED(信息形成或者变更) +fallback
            '信息形成或者变更之日起20个工\n作日内'           | WD 20 INFORMATION_FORMED_OR_CHANGED(信息形成或者变更)
            """)
    void copyArtefactsAreIgnoredAndTheOriginalIsKept(String cell, String expected) {
        String phrase = cell.replace("\\n", "\n");
        DeadlineRule rule = DeadlinePhrases.parse(phrase);
        assertThat(Describe.of(rule)).isEqualTo(expected);
        assertThat(rule.source()).isEqualTo(phrase);
        assertThat(DeadlinePhrases.read(phrase).partial()).isFalse();
    }
}
