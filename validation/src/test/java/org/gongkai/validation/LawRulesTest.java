package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.gongkai.calendar.CoveragePolicy;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.item.DisclosureAttribute;
import org.gongkai.item.InformationRecord;
import org.gongkai.report.AnnualReportDeadline;
import org.junit.jupiter.api.Test;

/** The record rules against the Regulation's words (2019 revision), each expected value worked by hand. */
class LawRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

    private static DisclosureValidator validator() {
        return DisclosureValidator.builder().calendar(WorkingDayCalendar.official()).asOf(AS_OF).build();
    }

    /**
     * Art. 26: "法律、法规对政府信息公开的期限另有规定的，从其规定". Formed Tue 2024-10-08, published Fri 11-15. Art. 26's
     * 20 working days: 10-09 (1), 10-10 (2), 10-11 (3), 10-12 Sat worked (4), 10-14..18 (9), 21..25 (14), 28..31 (18),
     * 11-01 (19), 11-04 (20) -> due 2024-11-04, so 11-15 is late (9 working days: 11-05..08, 11-11..15). When the
     * caller states a law's own period of 30 working days, the due day is 11-18 (11-05 (21) … 11-15 (29), 11-18 (30))
     * and 11-15 is in time: no false RECORD_PUBLISHED_LATE (reliability audit D2).
     */
    @Test
    void art26StatutoryPeriodOfARecordReplacesTheTwentyDays() {
        InformationRecord.Builder b = InformationRecord.builder().title("t").attribute(DisclosureAttribute.PROACTIVE)
                .formedOn(LocalDate.of(2024, 10, 8)).publishedOn(LocalDate.of(2024, 11, 15));
        ValidationReport art26 = validator().validate(b.build());
        assertThat(art26.withCode(RuleCode.RECORD_PUBLISHED_LATE)).singleElement()
                .satisfies(v -> assertThat(v.offendingValue()).contains("due 2024-11-04").contains("9 working days late"));
        InformationRecord lawSaysThirty = b.statutoryDeadline("自该政府信息形成之日起30个工作日内").build();
        assertThat(validator().validate(lawSaysThirty).has(RuleCode.RECORD_PUBLISHED_LATE)).isFalse();
        // a law's shorter period applies just the same: 10 working days -> 10-21 (10-09..12 (4), 10-14..18 (9),
        // 10-21 (10)), so 11-15 is late
        assertThat(validator().validate(b.statutoryDeadline("自该政府信息形成之日起10个工作日内").build())
                .withCode(RuleCode.RECORD_PUBLISHED_LATE)).singleElement()
                .satisfies(v -> assertThat(v.offendingValue()).contains("due 2024-10-21"));
        // an unreadable stated period is reported, not silently replaced by Art. 26
        assertThat(validator().validate(b.statutoryDeadline("按有关规定").build())
                .has(RuleCode.RECORD_DEADLINE_NOT_COMPUTABLE)).isTrue();
    }

    /**
     * Art. 26 at item level: a 行政法规 may be named …办法 (《全国年节及纪念日放假办法》 is listed under 行政法规,
     * reference S15), which the name test (…法 / …条例) does not recognize. The caller states it, and the item's
     * 30 working days are then the law's own period.
     */
    @Test
    void art26ItemCitingAnAdministrativeRegulationNamedBanfa() {
        var item = org.gongkai.validation.assertj.SampleItems.valid().toBuilder()
                .deadlineText("信息形成或者变更之日起30个工作日内").basis("《全国年节及纪念日放假办法》").build();
        assertThat(DisclosureValidator.standard().validate(item).has(RuleCode.DEADLINE_EXCEEDS_ART26)).isTrue();
        DisclosureValidator stated = DisclosureValidator.builder()
                .statutoryTitles(java.util.List.of("全国年节及纪念日放假办法")).build();
        assertThat(stated.validate(item).has(RuleCode.DEADLINE_EXCEEDS_ART26)).isFalse();
    }

    /**
     * RECORD_GROUND_MISSING rests on Art. 36(三) "告知申请人不予公开并说明理由": a ground is required to withhold, not
     * for 依申请公开 information (Art. 13 ¶2 names it a way of disclosure).
     */
    @Test
    void groundIsRequiredOnlyToWithhold() {
        InformationRecord onRequest = InformationRecord.builder().title("t")
                .attribute(DisclosureAttribute.ON_REQUEST).build();
        assertThat(validator().validate(onRequest).has(RuleCode.RECORD_GROUND_MISSING)).isFalse();
        InformationRecord withheld = InformationRecord.builder().title("t").attribute(DisclosureAttribute.WITHHELD)
                .build();
        assertThat(validator().validate(withheld).has(RuleCode.RECORD_GROUND_MISSING)).isTrue();
        assertThat(RuleCode.RECORD_GROUND_MISSING.source()).contains("36(3)");
    }

    /**
     * Art. 18 "定期评估审查" sets no period: one year is the default policy, and the caller may set another. Reviewed
     * 2024-05-19: with six months the review was due by 11-19, so on 11-20 it is overdue; with the default year not.
     */
    @Test
    void reviewPeriodOfWithheldInformationIsAConfigurablePolicy() {
        InformationRecord r = InformationRecord.builder().title("t").attribute(DisclosureAttribute.WITHHELD)
                .groundText("属于国家秘密").withholdingReviewedOn(LocalDate.of(2024, 5, 19)).build();
        assertThat(validator().validate(r).has(RuleCode.WITHHELD_NOT_REVIEWED)).isFalse();
        DisclosureValidator sixMonths = DisclosureValidator.builder().asOf(AS_OF)
                .withholdingReviewPeriod(Period.ofMonths(6)).build();
        assertThat(sixMonths.validate(r).has(RuleCode.WITHHELD_NOT_REVIEWED)).isTrue();
        assertThat(RuleCode.WITHHELD_NOT_REVIEWED.source()).contains("Art. 18").contains("practice");
        assertThatThrownBy(() -> DisclosureValidator.builder().withholdingReviewPeriod(Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Reliability audit D6: the validator threw on extreme dates. Each reproducer of the audit now gives a report:
     * the review falls due beyond LocalDate.MAX (not overdue, nothing to report), and the deadlines that cannot be
     * represented are RECORD_DEADLINE_NOT_COMPUTABLE.
     */
    @Test
    void extremeDatesAreReportedNeverThrown() {
        DisclosureValidator v = DisclosureValidator.builder().asOf(LocalDate.of(2025, 3, 1)).build();
        InformationRecord farFormed = InformationRecord.builder().title("t").attribute(DisclosureAttribute.WITHHELD)
                .groundText("属于国家秘密").formedOn(LocalDate.of(999_999_999, 6, 1)).build();
        assertThat(v.validate(farFormed).has(RuleCode.WITHHELD_NOT_REVIEWED)).isFalse();
        InformationRecord maxReview = InformationRecord.builder().title("t").attribute(DisclosureAttribute.WITHHELD)
                .groundText("属于国家秘密").withholdingReviewedOn(LocalDate.MAX).build();
        assertThat(v.validate(maxReview).has(RuleCode.WITHHELD_NOT_REVIEWED)).isFalse();

        DisclosureValidator prov = DisclosureValidator.builder()
                .calendar(WorkingDayCalendar.official().withPolicy(CoveragePolicy.PROVISIONAL)).build();
        InformationRecord farPublished = InformationRecord.builder().title("t")
                .attribute(DisclosureAttribute.PROACTIVE).formedOn(LocalDate.of(2024, 1, 1))
                .publishedOn(LocalDate.of(9_000_000, 1, 1)).build();
        ValidationReport r1 = prov.validate(farPublished);
        assertThat(r1.has(RuleCode.RECORD_DEADLINE_NOT_COMPUTABLE) || r1.has(RuleCode.RECORD_PUBLISHED_LATE))
                .isTrue();
        InformationRecord atTheEnd = InformationRecord.builder().title("t").attribute(DisclosureAttribute.PROACTIVE)
                .formedOn(LocalDate.MAX.minusDays(3)).publishedOn(LocalDate.MAX).build();
        assertThat(prov.validate(atTheEnd).has(RuleCode.RECORD_DEADLINE_NOT_COMPUTABLE)).isTrue();
        InformationRecord repealedAtTheEnd = InformationRecord.builder().title("t")
                .attribute(DisclosureAttribute.PROACTIVE).repealedOn(LocalDate.MAX.minusDays(1)).listedAsCurrent(true)
                .build();
        DisclosureValidator late = DisclosureValidator.builder().asOf(LocalDate.MAX)
                .calendar(WorkingDayCalendar.official().withPolicy(CoveragePolicy.PROVISIONAL)).build();
        assertThat(late.validate(repealedAtTheEnd).has(RuleCode.REPEALED_STILL_CURRENT)).isTrue();
    }

    /**
     * Art. 49: departments publish last year's report "在每年1月31日前", local governments "在每年3月31日前"; the named
     * day is read as in time.
     */
    @Test
    void annualReportPublicationDate() {
        DisclosureValidator v = DisclosureValidator.standard();
        assertThat(v.validateAnnualReport(AnnualReportDeadline.DEPARTMENT, 2025, LocalDate.of(2026, 1, 31))
                .has(RuleCode.ANNUAL_REPORT_LATE)).isFalse();
        assertThat(v.validateAnnualReport(AnnualReportDeadline.DEPARTMENT, 2025, LocalDate.of(2026, 2, 1))
                .withCode(RuleCode.ANNUAL_REPORT_LATE)).singleElement()
                .satisfies(x -> assertThat(x.offendingValue()).contains("due by 2026-01-31"));
        assertThat(v.validateAnnualReport(AnnualReportDeadline.LOCAL_GOVERNMENT, 2025, LocalDate.of(2026, 3, 31))
                .has(RuleCode.ANNUAL_REPORT_LATE)).isFalse();
        assertThat(v.validateAnnualReport(AnnualReportDeadline.LOCAL_GOVERNMENT, 2025, LocalDate.of(2026, 4, 1))
                .has(RuleCode.ANNUAL_REPORT_LATE)).isTrue();
        assertThat(v.validateAnnualReport(AnnualReportDeadline.DEPARTMENT, 999_999_999, LocalDate.MAX)
                .has(RuleCode.ANNUAL_REPORT_LATE)).isTrue();
    }

    /** Every source is a verified citation of the Regulation or a standard, or says it is practice. */
    @Test
    void everySourceIsVerifiedOrMarkedPractice() {
        for (RuleCode c : RuleCode.values()) {
            String s = c.source();
            assertThat(s.startsWith("条例 Art.") || s.startsWith("GB") || s.contains("practice"))
                    .as(c + ": " + s).isTrue();
        }
        assertThat(RuleCode.REPEALED_STILL_CURRENT.source()).contains("Art. 12 ¶1").contains("Art. 53(二)")
                .doesNotContain("Art. 6");
        assertThat(RuleCode.INDEX_NUMBER_INVALID.source()).contains("Art. 12 ¶3").contains("practice");
        assertThat(RuleCode.PROACTIVE_WITHOUT_DEADLINE.source()).contains("practice");
    }
}
