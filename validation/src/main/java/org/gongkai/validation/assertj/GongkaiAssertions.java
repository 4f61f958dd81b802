package org.gongkai.validation.assertj;

import org.gongkai.validation.ValidationReport;

/**
 * Entry point of Gongkai's AssertJ assertions: {@code assertThat(report).hasNoErrors()},
 * {@code assertThat(report).hasViolation(ITEM_BASIS_MISSING).at("items[3].basis")}.
 */
public final class GongkaiAssertions {
    private GongkaiAssertions() {
    }

    /**
     * @param report the report under test
     * @return its assertion
     */
    public static ValidationReportAssert assertThat(ValidationReport report) {
        return new ValidationReportAssert(report);
    }
}
