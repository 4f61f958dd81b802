package org.gongkai.deadline;

/** What a {@link PublicityPeriod} is for. */
public enum PublicityPurpose {
    /** 公示: the information stays posted for objections, e.g. 公示7个工作日. */
    PUBLICITY("公示"),
    /** 征求意见: the public is consulted, e.g. 征求意见期限不得少于30日. */
    CONSULTATION("征求意见期限");

    private final String label;

    PublicityPurpose(String label) {
        this.label = label;
    }

    /** @return the canonical Chinese label, 公示 or 征求意见期限 */
    public String label() {
        return label;
    }
}
