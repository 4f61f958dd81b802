package org.gongkai.validation.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.Severity;
import org.gongkai.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The assertions pass and fail as they say, and each sample breaks exactly the rule its name says. */
class GongkaiAssertionsTest {
    private static final DisclosureValidator V = DisclosureValidator.standard();

    @Test
    void eachSampleBreaksExactlyItsRule() {
        GongkaiAssertions.assertThat(V.validate(SampleItems.valid())).hasNoViolations();
        GongkaiAssertions.assertThat(V.validate(SampleItems.validOnRequest())).hasNoViolations();
        GongkaiAssertions.assertThat(V.validate(SampleItems.withoutBasis())).hasExactlyCodes(RuleCode.ITEM_BASIS_MISSING);
        GongkaiAssertions.assertThat(V.validate(SampleItems.withoutContent()))
                .hasExactlyCodes(RuleCode.ITEM_CONTENT_MISSING);
        GongkaiAssertions.assertThat(V.validate(SampleItems.withoutResponsibleBody()))
                .hasExactlyCodes(RuleCode.ITEM_BODY_MISSING);
        GongkaiAssertions.assertThat(V.validate(SampleItems.proactiveWithoutChannel()))
                .hasExactlyCodes(RuleCode.PROACTIVE_WITHOUT_CHANNEL);
        GongkaiAssertions.assertThat(V.validate(SampleItems.proactiveWithoutDeadline()))
                .hasExactlyCodes(RuleCode.PROACTIVE_WITHOUT_DEADLINE);
        GongkaiAssertions.assertThat(V.validate(SampleItems.inUnknownDomain())).hasExactlyCodes(RuleCode.DOMAIN_UNKNOWN);
        // the duplicate catalog also lacks most of the 义务教育 guide's items (a WARNING of its own)
        GongkaiAssertions.assertThat(V.validate(SampleItems.catalogWithDuplicate()))
                .hasViolation(RuleCode.CATALOG_DUPLICATE_ITEM).at("items[1].name").times(1).and().hasNoErrors();
    }

    @Test
    void failingAssertionsSayWhatWasFound() {
        ValidationReport r = V.validate(SampleItems.withoutBasis());
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(r).hasNoErrors())
                .isInstanceOf(AssertionError.class).hasMessageContaining("ITEM_BASIS_MISSING");
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(r).hasViolation(RuleCode.ITEM_BASIS_MISSING).at("content"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[basis]");
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(r).hasViolation(RuleCode.ITEM_BASIS_MISSING)
                .withSeverity(Severity.WARNING)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(r).hasViolation(RuleCode.ITEM_CONTENT_MISSING))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ITEM_CONTENT_MISSING");
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(r).hasNoViolation(RuleCode.ITEM_BASIS_MISSING))
                .isInstanceOf(AssertionError.class);
    }
}
