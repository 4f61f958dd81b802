package org.gongkai.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a validation: the violations in the order the rules found them. Immutable and thread-safe.
 */
public final class ValidationReport {
    private static final ValidationReport EMPTY_ZH = new ValidationReport(List.of(), Locale.SIMPLIFIED_CHINESE);

    private final List<Violation> violations;
    private final Locale locale;

    private ValidationReport(List<Violation> violations, Locale locale) {
        this.violations = violations;
        this.locale = locale;
    }

    /**
     * @param violations the violations, in order
     * @param locale the language of {@link #messages()}
     * @return the report
     */
    public static ValidationReport of(List<Violation> violations, Locale locale) {
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(locale, "locale");
        return new ValidationReport(List.copyOf(violations), locale);
    }

    /** @return a report with no violation, Chinese messages */
    public static ValidationReport empty() {
        return EMPTY_ZH;
    }

    /**
     * @param locale the language of {@link #messages()}
     * @return a report with no violation
     */
    public static ValidationReport empty(Locale locale) {
        return locale.equals(Locale.SIMPLIFIED_CHINESE) ? EMPTY_ZH : new ValidationReport(List.of(), locale);
    }

    /** @return the language of {@link #messages()} */
    public Locale locale() {
        return locale;
    }

    /**
     * @return one line per violation in the report's language: {@code ERROR ITEM_BASIS_MISSING items[3].basis:
     *     缺少公开依据}, with the offending value in brackets when there is one
     */
    public List<String> messages() {
        return violations.stream().map(v -> v.severity() + " " + v.code()
                + (v.path().isEmpty() ? "" : " " + v.path()) + ": " + v.message(locale)
                + (v.offendingValue().isEmpty() ? "" : " [" + v.offendingValue() + "]")).toList();
    }

    /** @return every violation, in the order found */
    public List<Violation> violations() {
        return violations;
    }

    /** @return true when no violation has severity {@link Severity#ERROR} */
    public boolean isValid() {
        for (Violation v : violations) {
            if (v.isError()) {
                return false;
            }
        }
        return true;
    }

    /** @return true when there is no violation at all */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** @return the violations of severity {@link Severity#ERROR} */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    /** @return the violations of severity {@link Severity#WARNING} */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    /**
     * @param code a rule code
     * @return true when a violation has that code
     */
    public boolean has(RuleCode code) {
        for (Violation v : violations) {
            if (v.code() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param code a rule code
     * @return the violations with that code, in order
     */
    public List<Violation> withCode(RuleCode code) {
        return violations.stream().filter(v -> v.code() == code).toList();
    }

    /** @return how many violations each code raised (codes that raised none are absent), in code order */
    public Map<RuleCode, Integer> countsByCode() {
        EnumMap<RuleCode, Integer> counts = new EnumMap<>(RuleCode.class);
        for (Violation v : violations) {
            counts.merge(v.code(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport r && r.violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    @Override
    public String toString() {
        if (violations.isEmpty()) {
            return "ValidationReport[no violation]";
        }
        StringBuilder sb = new StringBuilder("ValidationReport[");
        for (Violation v : violations) {
            sb.append("\n  ").append(v);
        }
        return sb.append("\n]").toString();
    }
}
