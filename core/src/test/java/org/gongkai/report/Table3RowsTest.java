package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReplyType;
import org.gongkai.request.RequestEvent;
import org.junit.jupiter.api.Test;

/** From a request's outcome to its one row of table 三 (国办公开办函〔2021〕30号). */
class Table3RowsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Each reply kind, worked from the format's row labels and the article the kind comes from. */
    @Test
    void eachReplyKindHasItsRow() {
        Set<NonDisclosureGround> none = Set.of();
        assertThat(Table3Rows.forReply(ReplyType.DISCLOSED, none)).isEqualTo(Table3Row.DISCLOSED); // 36(2) 予以公开
        assertThat(Table3Rows.forReply(ReplyType.PARTIAL_DISCLOSURE, Set.of(NonDisclosureGround.STATE_SECRET)))
                .isEqualTo(Table3Row.PARTIALLY_DISCLOSED); // （二）"区分处理的，只计这一情形，不计其他情形"
        assertThat(Table3Rows.forReply(ReplyType.DOES_NOT_EXIST, none)).isEqualTo(Table3Row.UNABLE_NOT_HELD);
        // Art. 38 "需要…加工、分析的" -> （四）2 没有现成信息需要另行制作
        assertThat(Table3Rows.forReply(ReplyType.NEEDS_PROCESSING, none))
                .isEqualTo(Table3Row.UNABLE_WOULD_NEED_CREATION);
        assertThat(Table3Rows.forReply(ReplyType.STILL_UNCLEAR_AFTER_SUPPLEMENT, none))
                .isEqualTo(Table3Row.UNABLE_STILL_UNCLEAR);
        // Art. 39 ¶1 信访、投诉、举报 -> （五）1; Art. 36(6) -> （五）2; Art. 39 ¶2 公开出版物 -> （五）3;
        // Art. 35 -> （五）4 无正当理由大量反复申请; （五）5 确认或重新出具
        assertThat(Table3Rows.forReply(ReplyType.NOT_A_DISCLOSURE_REQUEST, none))
                .isEqualTo(Table3Row.NOT_PROCESSED_PETITION);
        assertThat(Table3Rows.forReply(ReplyType.REPEATED_REQUEST, none)).isEqualTo(Table3Row.NOT_PROCESSED_REPEATED);
        assertThat(Table3Rows.forReply(ReplyType.PUBLICATION_ROUTE_GIVEN, none))
                .isEqualTo(Table3Row.NOT_PROCESSED_PUBLICATION);
        assertThat(Table3Rows.forReply(ReplyType.EXCESSIVE_NOT_PROCESSED, none))
                .isEqualTo(Table3Row.NOT_PROCESSED_EXCESSIVE);
        assertThat(Table3Rows.forReply(ReplyType.CONFIRMATION_NOT_PROCESSED, none))
                .isEqualTo(Table3Row.NOT_PROCESSED_CONFIRMATION);
        for (ReplyType t : ReplyType.values()) {
            if (t != ReplyType.WITHHELD) {
                assertThat(Table3Rows.forReply(t, none).isResult()).as(t.name()).isTrue();
            }
        }
    }

    /** （三）不予公开 by ground: Art. 14's three kinds are rows 1-3, Art. 15 row 4, Art. 16 ¶1 row 5, ¶2 rows 6-7. */
    @Test
    void withheldCountsByGroundTheFirstRowInPrintedOrder() {
        assertThat(Table3Rows.forReply(ReplyType.WITHHELD, Set.of(NonDisclosureGround.PROHIBITED_BY_LAW)))
                .isEqualTo(Table3Row.WITHHELD_PROHIBITED_BY_LAW);
        assertThat(Table3Rows.forReply(ReplyType.WITHHELD, Set.of(NonDisclosureGround.INTERNAL_LOGISTICS)))
                .isEqualTo(Table3Row.WITHHELD_INTERNAL_AFFAIRS);
        assertThat(Table3Rows.forReply(ReplyType.WITHHELD, Set.of(NonDisclosureGround.PROCESS_DRAFT)))
                .isEqualTo(Table3Row.WITHHELD_PROCESS_INFORMATION);
        assertThat(Table3Rows.forReply(ReplyType.WITHHELD, Set.of(NonDisclosureGround.ENFORCEMENT_CASE_FILE,
                NonDisclosureGround.THIRD_PARTY_RIGHTS))).isEqualTo(Table3Row.WITHHELD_THIRD_PARTY_RIGHTS);
        for (NonDisclosureGround g : NonDisclosureGround.values()) {
            assertThat(Table3Rows.forGround(g).category()).contains(ResultCategory.WITHHELD);
        }
        assertThatThrownBy(() -> Table3Rows.forReply(ReplyType.WITHHELD, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Unanswered at the year end: lapsed (（六）1, Art. 30), fee unpaid (（六）2, Art. 42), else carried (四). */
    @Test
    void unansweredRequestsAtTheYearEnd() {
        LocalDate end = d("2026-12-31");
        RequestEvent.Received rec = RequestEvent.Received.inPerson(d("2026-11-02"));
        DisclosureRequest open = DisclosureRequest.receivedBy(rec);
        assertThat(Table3Rows.atYearEnd(open, Set.of(), end)).isEqualTo(Table3Row.CARRIED_TO_NEXT_YEAR);
        DisclosureRequest lapsed = open.then(RequestEvent.SupplementRequested.on(d("2026-11-03"), d("2026-11-20")));
        assertThat(Table3Rows.atYearEnd(lapsed, Set.of(), end)).isEqualTo(Table3Row.OTHER_NOT_SUPPLEMENTED);
        DisclosureRequest unpaid = open.then(new RequestEvent.FeeNotified(d("2026-11-10"), 100,
                Optional.of(d("2026-12-10"))));
        assertThat(Table3Rows.atYearEnd(unpaid, Set.of(), end)).isEqualTo(Table3Row.OTHER_FEE_NOT_PAID);
        assertThat(Table3Rows.atYearEnd(unpaid.then(new RequestEvent.FeePaid(d("2026-12-01"))), Set.of(), end))
                .isEqualTo(Table3Row.CARRIED_TO_NEXT_YEAR);
        // a reply after the year end does not count this year
        assertThat(Table3Rows.atYearEnd(open.then(new RequestEvent.Replied(d("2027-01-05"), ReplyType.DISCLOSED)),
                Set.of(), end)).isEqualTo(Table3Row.CARRIED_TO_NEXT_YEAR);
    }

    /**
     * A year of generated requests fills table 三 through the mapping alone; the table obeys the format's sum rules
     * ("第一项加第二项之和，等于第三项加第四项之和", each row's 总计, （七）总计), and each row holds exactly the requests the
     * generator meant for it.
     */
    @Test
    void aYearOfRequestsFillsTable3Consistently() {
        Random rnd = new Random(Long.getLong("fuzz.seed", 1L));
        LocalDate end = d("2026-12-31");
        ReplyType[] types = ReplyType.values();
        NonDisclosureGround[] grounds = NonDisclosureGround.values();
        Map<Table3Row, Integer> expected = new EnumMap<>(Table3Row.class);
        List<ReportedRequest> year = new ArrayList<>();
        int carriedIn = 0;
        for (int i = 0; i < 2000; i++) {
            boolean fromLastYear = rnd.nextInt(10) == 0;
            LocalDate received = fromLastYear ? d("2025-12-01").plusDays(rnd.nextInt(30))
                    : d("2026-01-01").plusDays(rnd.nextInt(365));
            carriedIn += fromLastYear ? 1 : 0;
            DisclosureRequest r = DisclosureRequest.receivedBy(RequestEvent.Received.inPerson(received));
            Set<NonDisclosureGround> gs = Set.of();
            Table3Row meant;
            int outcome = rnd.nextInt(4);
            LocalDate later = received.plusDays(1 + rnd.nextInt(40));
            if (outcome == 0 && !later.isAfter(end)) {
                ReplyType t = types[rnd.nextInt(types.length)];
                if (t == ReplyType.WITHHELD) {
                    NonDisclosureGround g = grounds[rnd.nextInt(grounds.length)];
                    gs = Set.of(g);
                    meant = expectedGroundRow(g);
                } else {
                    meant = expectedReplyRow(t);
                }
                r = r.then(new RequestEvent.Replied(later, t));
            } else if (outcome == 1 && later.isBefore(end)) {
                r = r.then(RequestEvent.SupplementRequested.on(received, later)); // never supplied
                meant = Table3Row.OTHER_NOT_SUPPLEMENTED;
            } else if (outcome == 2 && later.isBefore(end)) {
                r = r.then(new RequestEvent.FeeNotified(received, 100, Optional.of(later))); // never paid
                meant = Table3Row.OTHER_FEE_NOT_PAID;
            } else {
                meant = Table3Row.CARRIED_TO_NEXT_YEAR;
            }
            Table3Row row = Table3Rows.atYearEnd(r, gs, end);
            assertThat(row).as("request %d %s", i, r).isEqualTo(meant);
            expected.merge(meant, 1, Integer::sum);
            year.add(new ReportedRequest(ApplicantType.values()[rnd.nextInt(ApplicantType.values().length)],
                    fromLastYear ? ReportedRequest.Origin.CARRIED_OVER_FROM_LAST_YEAR
                            : ReportedRequest.Origin.RECEIVED_THIS_YEAR, row));
        }
        Table3 t = Table3.builder().addAll(year).build();
        assertThat(t.checkConsistency()).isEmpty();
        int results = 0;
        for (Table3Row row : Table3Row.values()) {
            if (row.isResult() || row == Table3Row.CARRIED_TO_NEXT_YEAR) {
                assertThat(t.count(row, Table3Column.TOTAL)).as(row.reference())
                        .isEqualTo(expected.getOrDefault(row, 0));
                results += row.isResult() ? expected.getOrDefault(row, 0) : 0;
            }
        }
        assertThat(t.count(Table3Row.RESULT_TOTAL, Table3Column.TOTAL)).isEqualTo(results);
        assertThat(t.count(Table3Row.CARRIED_OVER_FROM_LAST_YEAR, Table3Column.TOTAL)).isEqualTo(carriedIn);
        assertThat(t.count(Table3Row.NEW_THIS_YEAR, Table3Column.TOTAL)).isEqualTo(2000 - carriedIn);
    }

    /** The test's own table of the format's rows, written from the labels, not from the code. */
    private static Table3Row expectedReplyRow(ReplyType t) {
        switch (t.article()) {
            case "36(1)", "36(2)": return Table3Row.DISCLOSED;
            case "37": return Table3Row.PARTIALLY_DISCLOSED;
            case "36(4)", "36(5)": return Table3Row.UNABLE_NOT_HELD;
            case "38": return Table3Row.UNABLE_WOULD_NEED_CREATION;
            case "39 ¶1": return Table3Row.NOT_PROCESSED_PETITION;
            case "36(6)": return Table3Row.NOT_PROCESSED_REPEATED;
            case "39 ¶2": return Table3Row.NOT_PROCESSED_PUBLICATION;
            case "35": return Table3Row.NOT_PROCESSED_EXCESSIVE;
            case "36(7)": return Table3Row.OTHER;
            default:
                return t.article().contains("(五)5") ? Table3Row.NOT_PROCESSED_CONFIRMATION
                        : Table3Row.UNABLE_STILL_UNCLEAR; // "(四)3"
        }
    }

    private static Table3Row expectedGroundRow(NonDisclosureGround g) {
        if (g.article() == 14) {
            return List.of(Table3Row.WITHHELD_STATE_SECRET, Table3Row.WITHHELD_PROHIBITED_BY_LAW,
                    Table3Row.WITHHELD_SECURITY_AND_STABILITY).get(g.item() - 1);
        }
        if (g.article() == 15) {
            return Table3Row.WITHHELD_THIRD_PARTY_RIGHTS;
        }
        if (g.article() == 16) {
            return g.paragraph() == 1 ? Table3Row.WITHHELD_INTERNAL_AFFAIRS
                    : g == NonDisclosureGround.ENFORCEMENT_CASE_FILE ? Table3Row.WITHHELD_ENFORCEMENT_CASE_FILE
                    : Table3Row.WITHHELD_PROCESS_INFORMATION;
        }
        return Table3Row.WITHHELD_ADMINISTRATIVE_INQUIRY;
    }

    /** Copies of the format print （六）1 and （六）2 with "、" and with "，" (reliability audit T3). */
    @Test
    void labelsMatchWithEitherComma() {
        assertThat(Table3Row.fromLabel("2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请"))
                .contains(Table3Row.OTHER_FEE_NOT_PAID);
        assertThat(Table3Row.fromLabel("1.申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请"))
                .contains(Table3Row.OTHER_NOT_SUPPLEMENTED);
        assertThat(Table3Row.fromLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
                .contains(Table3Row.PARTIALLY_DISCLOSED);
    }

    /**
     * Art. 49: departments "在每年1月31日前" publish last year's report; local governments "在每年3月31日前". Read as
     * inclusive of that day.
     */
    @Test
    void art49ReportDates() {
        assertThat(AnnualReportDeadline.DEPARTMENT.lastDay(2025)).isEqualTo(d("2026-01-31"));
        assertThat(AnnualReportDeadline.LOCAL_GOVERNMENT.lastDay(2025)).isEqualTo(d("2026-03-31"));
        assertThat(AnnualReportDeadline.DEPARTMENT.late(2025, d("2026-01-31"))).isFalse();
        assertThat(AnnualReportDeadline.DEPARTMENT.late(2025, d("2026-02-01"))).isTrue();
        assertThat(AnnualReportDeadline.LOCAL_GOVERNMENT.late(2025, d("2026-02-01"))).isFalse();
        assertThat(AnnualReportDeadline.LOCAL_GOVERNMENT.late(2025, d("2026-04-01"))).isTrue();
        assertThatThrownBy(() -> AnnualReportDeadline.DEPARTMENT.lastDay(999_999_999))
                .isInstanceOf(java.time.DateTimeException.class);
    }

    /** Art. 14 is one sentence without numbered items: its three kinds cite "Art. 14" (reliability audit G1). */
    @Test
    void art14IsCitedWithoutItems() {
        assertThat(NonDisclosureGround.STATE_SECRET.citation()).isEqualTo("Art. 14");
        assertThat(NonDisclosureGround.SECURITY_AND_STABILITY.citation()).isEqualTo("Art. 14");
        assertThat(NonDisclosureGround.PROCESS_DRAFT.citation()).isEqualTo("Art. 16 ¶2");
    }
}
