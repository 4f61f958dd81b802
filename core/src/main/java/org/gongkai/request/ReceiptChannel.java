package org.gongkai.request;

/**
 * How a request reached the agency, which fixes the date of receipt (收到申请之日) under Art. 31 of the Regulation.
 */
public enum ReceiptChannel {
    /** Submitted in person (当面提交): received on the day it is submitted. */
    IN_PERSON("当面提交", "the day it is submitted"),
    /** By post that needs a signature (邮寄，需签收): received on the day the agency signs for it. */
    POST_SIGNED("邮寄（签收）", "the day the agency signs for it"),
    /**
     * By ordinary letter or other post needing no signature (平常信函): the agency confirms with the applicant on the
     * day it arrives; received on the day of that confirmation.
     */
    ORDINARY_LETTER("平常信函", "the day the agency confirms it with the applicant"),
    /** Through the internet (互联网渠道): received on the day both sides confirm it. */
    ONLINE("互联网", "the day both sides confirm it"),
    /** By the disclosure office's fax (传真): received on the day both sides confirm it. */
    FAX("传真", "the day both sides confirm it");

    private final String label;
    private final String rule;

    ReceiptChannel(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }

    /** @return which day Art. 31 takes as the date of receipt for this channel, in English */
    public String receiptRule() {
        return rule;
    }
}
