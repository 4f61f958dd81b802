package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.validation.RuleCases.Case;
import org.gongkai.validation.assertj.GongkaiAssertions;
import org.gongkai.validation.assertj.SampleItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule code has a failing and a passing case, worked out from the Regulation or the standard. */
class RulesTest {
    private static final DisclosureValidator VALIDATOR = RuleCases.validator();

    static Stream<Case> cases() {
        return RuleCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failingCaseRaisesTheCodeAtItsPathWithItsDefaultSeverity(Case c) {
        ValidationReport report = RuleCases.run(VALIDATOR, c.failing());
        GongkaiAssertions.assertThat(report).hasViolation(c.code()).at(c.path()).withSeverity(c.code().severity());
        if (c.value() != null) {
            assertThat(report.withCode(c.code())).extracting(Violation::offendingValue).contains(c.value());
        }
        Set<RuleCode> passingCodes = RuleCases.run(VALIDATOR, c.passing()).countsByCode().keySet();
        Set<RuleCode> extra = EnumSet.copyOf(report.countsByCode().keySet());
        extra.removeAll(passingCodes);
        assertThat(extra).as("the failing case breaks only its own rule (%s)", c.why()).containsExactly(c.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passingCaseDoesNotRaiseTheCode(Case c) {
        GongkaiAssertions.assertThat(RuleCases.run(VALIDATOR, c.passing())).hasNoViolation(c.code());
    }

    @Test
    void everyCodeHasItsCases() {
        Set<RuleCode> covered = RuleCases.all().stream().map(Case::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
        // field constraints too: DISCLOSURE_ATTRIBUTE_UNKNOWN and CREDIT_CODE_INVALID (FieldConstraintsTest): FieldConstraintsTest.
        covered.add(RuleCode.DISCLOSURE_ATTRIBUTE_UNKNOWN);
        covered.add(RuleCode.CREDIT_CODE_INVALID);
        covered.add(RuleCode.DEADLINE_UNREADABLE);
        covered.add(RuleCode.ANNUAL_REPORT_LATE); // validateAnnualReport, LawRulesTest
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEmpty();
    }

    @Test
    void aLawOrRegulationInTheBasisMaySetALongerDeadlineButADepartmentsOpinionMayNot() {
        // Art. 26: 法律、法规对政府信息公开的期限另有规定的，从其规定
        var longer = SampleItems.valid().toBuilder().deadlineText("信息形成或者变更之日起30个工作日内");
        GongkaiAssertions.assertThat(VALIDATOR.validate(longer.basis("《中华人民共和国义务教育法》").build()))
                .hasNoViolation(RuleCode.DEADLINE_EXCEEDS_ART26);
        GongkaiAssertions.assertThat(VALIDATOR.validate(longer.basis("《国有土地上房屋征收与补偿条例》").build()))
                .hasNoViolation(RuleCode.DEADLINE_EXCEEDS_ART26);
        GongkaiAssertions.assertThat(VALIDATOR.validate(longer.basis("《政府信息公开管理办法》").build()))
                .hasViolation(RuleCode.DEADLINE_EXCEEDS_ART26);
        // an on-request item is not bound by Art. 26
        GongkaiAssertions.assertThat(VALIDATOR.validate(longer.basis("").methods(List.of(
                org.gongkai.item.DisclosureMethod.ON_REQUEST)).build())).hasNoViolation(RuleCode.DEADLINE_EXCEEDS_ART26);
    }

    @Test
    void theOfficialCalendarIsTheDefaultAndAgreesWithTheWorkedExample() {
        // Art. 26 on the official calendar (2024 notice): formed Fri 2024-09-27 → due Wed 2024-10-30 (see the
        // RECORD_PUBLISHED_LATE case); published Fri 11-01: 2 working days late
        var record = org.gongkai.item.InformationRecord.builder().attribute(org.gongkai.item.DisclosureAttribute.PROACTIVE)
                .formedOn(java.time.LocalDate.of(2024, 9, 27)).publishedOn(java.time.LocalDate.of(2024, 11, 1)).build();
        assertThat(DisclosureValidator.standard().validate(record).violations()).extracting(Violation::offendingValue)
                .containsExactly("2024-11-01 (due 2024-10-30, 2 working days late)");
    }

    @Test
    void theValidSamplesPassEveryRule() {
        GongkaiAssertions.assertThat(VALIDATOR.validate(SampleItems.valid())).hasNoViolations();
        GongkaiAssertions.assertThat(VALIDATOR.validate(SampleItems.validOnRequest())).hasNoViolations();
    }

    @Test
    void aRegisteredLocalDomainIsKnown() {
        // 54号 lets local catalogs add domains: registered in the registry the validator uses, it is known.
        GongkaiAssertions.assertThat(RuleCases.withLocalDomain().get().validate(SampleItems.inUnknownDomain()))
                .hasNoViolation(RuleCode.DOMAIN_UNKNOWN);
    }

    @Test
    void severitiesCanBeRaisedOrLoweredAndRulesSwitchedOff() {
        DisclosureValidator v = DisclosureValidator.builder()
                .severity(RuleCode.ITEM_BASIS_MISSING, Severity.WARNING)
                .severity(RuleCode.ITEM_AUDIENCE_MISSING, Severity.ERROR)
                .disable(RuleCode.ITEM_CONTENT_MISSING).build();
        ValidationReport r = v.validate(SampleItems.withoutBasis().toBuilder().audiences(List.of()).content("")
                .build());
        assertThat(r.isValid()).isFalse();
        GongkaiAssertions.assertThat(r).hasViolation(RuleCode.ITEM_BASIS_MISSING).withSeverity(Severity.WARNING)
                .and().hasViolation(RuleCode.ITEM_AUDIENCE_MISSING).withSeverity(Severity.ERROR)
                .and().hasNoViolation(RuleCode.ITEM_CONTENT_MISSING);
    }

    @Test
    void aDraftIsCheckedOnlyForWhatItAlreadySays() {
        DisclosureValidator draft = DisclosureValidator.builder().strictness(Strictness.DRAFT).build();
        // a draft without basis, deadline, body or channels is fine; its unknown domain is not
        var item = SampleItems.inUnknownDomain().toBuilder().basis("").deadlineText("").responsibleBody("")
                .channels(List.of()).build();
        GongkaiAssertions.assertThat(draft.validate(item)).hasExactlyCodes(RuleCode.DOMAIN_UNKNOWN);
    }

    @Test
    void reportIsInTheValidatorsLanguage() {
        ValidationReport zh = DisclosureValidator.standard().validate(SampleItems.withoutBasis());
        ValidationReport en = DisclosureValidator.builder().locale(java.util.Locale.ENGLISH).build()
                .validate(SampleItems.withoutBasis());
        assertThat(zh.messages()).containsExactly("ERROR ITEM_BASIS_MISSING basis: 缺少公开依据");
        assertThat(en.messages()).containsExactly(
                "ERROR ITEM_BASIS_MISSING basis: The item cites no legal basis for its publication");
    }
}
