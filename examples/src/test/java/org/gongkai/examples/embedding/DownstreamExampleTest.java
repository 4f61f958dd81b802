package org.gongkai.examples.embedding;

import static org.gongkai.validation.assertj.GongkaiAssertions.assertThat;

import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.Severity;
import org.gongkai.validation.assertj.SampleItems;
import org.junit.jupiter.api.Test;

/**
 * How a downstream application tests its own code with Gongkai's sample items and AssertJ assertions: here the
 * "application" is {@link InlineValidation}, and the samples stand for what its users will send.
 */
class DownstreamExampleTest {
    private final DisclosureValidator validator = DisclosureValidator.standard();

    @Test
    void theValidSampleHasNoViolation() {
        assertThat(validator.validate(SampleItems.valid())).hasNoViolations();
    }

    @Test
    void eachBrokenSampleFailsItsRuleAtItsPath() {
        assertThat(validator.validate(SampleItems.withoutBasis()))
                .hasViolation(RuleCode.ITEM_BASIS_MISSING).at("basis").withSeverity(Severity.ERROR).times(1);
        assertThat(validator.validate(SampleItems.inUnknownDomain())).hasExactlyCodes(RuleCode.DOMAIN_UNKNOWN);
        assertThat(validator.validate(SampleItems.catalogWithDuplicate()))
                .hasViolation(RuleCode.CATALOG_DUPLICATE_ITEM);
    }

    @Test
    void theApplicationsFormKeepsWhatTheSampleHas() {
        DisclosureItem sample = SampleItems.valid();
        DisclosureItem fromForm = InlineValidation.fromForm(sample.domain(), sample.name().category(),
                sample.name().item(), sample.content(), sample.basis().text(), sample.deadlineText(),
                sample.responsibleBody().name());
        assertThat(InlineValidation.check(fromForm)).hasNoErrors();
    }
}
