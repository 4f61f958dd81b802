package org.gongkai.validation.internal;

import org.gongkai.item.DisclosureAttribute;

/**
 * The rules on single strings of a business system's DTOs, the same as those on items ({@link ItemRules} resolves
 * domains with the same resolver).
 */
public final class FieldRules {
    private FieldRules() {
    }

    /**
     * DOMAIN_UNKNOWN on a string.
     *
     * @param ctx the context whose registry is used
     * @param text a domain name as written
     * @return true when the registry resolves it
     */
    public static boolean knownDomain(RuleContext ctx, CharSequence text) {
        return new DomainResolver(ctx, false).code(text.toString()) != null;
    }

    /**
     * DISCLOSURE_ATTRIBUTE_UNKNOWN on a string.
     *
     * @param text a 公开属性 label as written (主动公开, 此件依申请公开, 不予公开 …)
     * @return true when it names one of the three attributes
     */
    public static boolean attributeLabel(CharSequence text) {
        return DisclosureAttribute.find(text).isPresent();
    }

    /**
     * CREDIT_CODE_INVALID on a string.
     *
     * @param text a 统一社会信用代码 as written
     * @return true when it is valid (GB 32100: 18 characters, both check characters)
     */
    public static boolean creditCode(CharSequence text) {
        return org.gongkai.ident.CreditCode.isValid(text);
    }

    /**
     * DOCUMENT_NUMBER_INVALID on a string.
     *
     * @param text a 发文字号 as written
     * @return true when it reads without repair (variant brackets and 號 are accepted spellings)
     */
    public static boolean documentNumber(CharSequence text) {
        return org.gongkai.ident.DocumentNumber.isValid(text);
    }

    /**
     * INDEX_NUMBER_INVALID on a string.
     *
     * @param text a 索引号 as written
     * @return true when it is of a known family, its prefix passes its check and its sequence is a number
     */
    public static boolean indexNumber(CharSequence text) {
        return org.gongkai.ident.IndexNumber.isValid(text);
    }

    /**
     * DEADLINE_UNREADABLE on a string.
     *
     * @param text a 公开时限 phrase as written
     * @return true when {@code DeadlinePhrases} reads it as a deadline (any kind but unrecognised)
     */
    public static boolean deadlinePhrase(CharSequence text) {
        return org.gongkai.deadline.DeadlinePhrases.parse(text).kind()
                != org.gongkai.deadline.DeadlineKind.UNRECOGNIZED;
    }
}
