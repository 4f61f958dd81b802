package org.gongkai.validation.assertj;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.Severity;
import org.gongkai.validation.ValidationReport;
import org.gongkai.validation.Violation;

/** Assertions on a {@link ValidationReport}; failure messages list the report's violations. */
@SuppressWarnings("exports") // AssertJ is optional: see module-info
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * Passes when no violation has severity ERROR.
     *
     * @return this assertion
     */
    public ValidationReportAssert hasNoErrors() {
        isNotNull();
        if (!actual.isValid()) {
            failWithMessage("Expected no ERROR but found:%n%s", list(actual.errors()));
        }
        return this;
    }

    /**
     * Passes when the report is empty.
     *
     * @return this assertion
     */
    public ValidationReportAssert hasNoViolations() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("Expected no violation but found:%n%s", list(actual.violations()));
        }
        return this;
    }

    /**
     * Passes when some violation has the code; narrow it with {@link CodeAssert#at(String)}.
     *
     * @param code the expected code
     * @return an assertion on the violations of that code
     */
    public CodeAssert hasViolation(RuleCode code) {
        isNotNull();
        List<Violation> found = actual.withCode(code);
        if (found.isEmpty()) {
            failWithMessage("Expected a violation %s but found:%n%s", code, list(actual.violations()));
        }
        return new CodeAssert(this, code, found);
    }

    /**
     * @param code a code that must not be reported
     * @return this assertion
     */
    public ValidationReportAssert hasNoViolation(RuleCode code) {
        isNotNull();
        if (actual.has(code)) {
            failWithMessage("Expected no %s but found:%n%s", code, list(actual.withCode(code)));
        }
        return this;
    }

    /**
     * Passes when the set of codes reported is exactly the given set.
     *
     * @param codes the expected codes
     * @return this assertion
     */
    public ValidationReportAssert hasExactlyCodes(RuleCode... codes) {
        isNotNull();
        Set<RuleCode> expected = codes.length == 0 ? EnumSet.noneOf(RuleCode.class)
                : EnumSet.copyOf(Arrays.asList(codes));
        Set<RuleCode> found = actual.countsByCode().keySet();
        if (!found.equals(expected)) {
            failWithMessage("Expected exactly the codes %s but found:%n%s", expected, list(actual.violations()));
        }
        return this;
    }

    private static String list(List<Violation> vs) {
        return vs.isEmpty() ? "  (none)" : vs.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }

    /** Assertions on the violations of one code. */
    public static final class CodeAssert {
        private final ValidationReportAssert parent;
        private final RuleCode code;
        private final List<Violation> found;

        CodeAssert(ValidationReportAssert parent, RuleCode code, List<Violation> found) {
            this.parent = parent;
            this.code = code;
            this.found = found;
        }

        /**
         * @param path the expected path, e.g. {@code items[3].basis}
         * @return this assertion
         */
        public CodeAssert at(String path) {
            if (found.stream().noneMatch(v -> v.path().equals(path))) {
                parent.failWithMessage("Expected %s at %s but found it at %s", code, path,
                        found.stream().map(Violation::path).toList());
            }
            return this;
        }

        /**
         * @param severity the expected severity of every violation of the code
         * @return this assertion
         */
        public CodeAssert withSeverity(Severity severity) {
            if (found.stream().anyMatch(v -> v.severity() != severity)) {
                parent.failWithMessage("Expected %s with severity %s but found %s", code, severity,
                        found.stream().map(Violation::severity).toList());
            }
            return this;
        }

        /**
         * @param count the expected number of violations of the code
         * @return this assertion
         */
        public CodeAssert times(int count) {
            if (found.size() != count) {
                parent.failWithMessage("Expected %s %d times but found it %d times: %s", code, count, found.size(),
                        found);
            }
            return this;
        }

        /** @return the report assertion, to go on */
        public ValidationReportAssert and() {
            return parent;
        }
    }
}
