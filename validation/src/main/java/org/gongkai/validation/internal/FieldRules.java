package org.gongkai.validation.internal;

import org.gongkai.domain.Domains;
import org.gongkai.item.DisclosureAttribute;

/**
 * The rules on single strings of a business system's DTOs, the same as those on items ({@link ItemRules} resolves
 * domains the same way).
 */
public final class FieldRules {
    private FieldRules() {
    }

    /**
     * DOMAIN_UNKNOWN on a string.
     *
     * @param domains the registry
     * @param text a domain name as written
     * @return true when the registry resolves it
     */
    public static boolean knownDomain(Domains domains, CharSequence text) {
        return domains.lookup(text).isPresent();
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
}
