package org.gongkai.validation;

/**
 * How strict a validation is. A draft may still lack most of its elements; what it already says must be right.
 */
public enum Strictness {
    /** Only the rules with {@link RuleCode#appliesToDrafts()}: name, domain, readable deadline, catalog structure. */
    DRAFT,
    /** Every rule: what must hold before an item, catalog or record is published. */
    PUBLISH;

    /**
     * @param code a rule code
     * @return true when the code applies at this strictness
     */
    public boolean includes(RuleCode code) {
        return this == PUBLISH || code.appliesToDrafts();
    }
}
