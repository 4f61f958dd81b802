package org.gongkai.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * One finding of a rule: its code, the severity it was reported with, where (a path such as
 * {@code items[12].channels}, empty for the validated object itself), the offending value as written, and the
 * message in both languages.
 *
 * @param code the rule's stable code
 * @param severity the severity after the validator's overrides
 * @param path the path of the offending element, in Gongkai's property names ({@code items[3].basis},
 *     {@code entries[0].grounds}, {@code publishedOn})
 * @param offendingValue the offending value as written, or a short account of it (empty when the element is
 *     missing)
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Violation(
        RuleCode code,
        Severity severity,
        String path,
        String offendingValue,
        String messageZh,
        String messageEn) {

    /**
     * Rejects null code and severity; replaces null texts by empty strings.
     *
     * @param code the rule's stable code
     * @param severity the severity after the validator's overrides
     * @param path the path of the offending element, in Gongkai's property names ({@code items[3].basis},
     *     {@code entries[0].grounds}, {@code publishedOn})
     * @param offendingValue the offending value as written, or a short account of it (empty when the element is
     *     missing)
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        path = Objects.requireNonNullElse(path, "");
        offendingValue = Objects.requireNonNullElse(offendingValue, "");
        messageZh = Objects.requireNonNullElse(messageZh, "");
        messageEn = Objects.requireNonNullElse(messageEn, "");
    }

    /**
     * @param locale a locale
     * @return the English message for an English locale, else the Chinese one
     */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }

    /** @return true when the severity is {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + code + (path.isEmpty() ? "" : " at " + path)
                + (offendingValue.isEmpty() ? "" : " [" + offendingValue + "]") + ": " + messageEn;
    }
}
