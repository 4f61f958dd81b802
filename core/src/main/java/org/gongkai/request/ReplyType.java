package org.gongkai.request;

import java.util.Optional;

/**
 * The kind of an agency's reply to a request for disclosure: the seven kinds of Art. 36 of the Regulation, and
 * partial disclosure (Art. 37). Each has its Chinese label.
 */
public enum ReplyType {
    /** Art. 36(1): already proactively disclosed; the applicant is told where and how to get it. */
    ALREADY_PROACTIVELY_DISCLOSED("已主动公开", "36(1)"),
    /** Art. 36(2): can be disclosed; the information is provided, or the applicant told how, where and when. */
    DISCLOSED("予以公开", "36(2)"),
    /** Art. 36(3): withheld by law (不予公开), with the reason given. */
    WITHHELD("不予公开", "36(3)"),
    /** Art. 36(4): a search found no such information; the applicant is told it does not exist. */
    DOES_NOT_EXIST("信息不存在", "36(4)"),
    /** Art. 36(5): not this agency's to disclose; the responsible agency is named where it can be determined. */
    NOT_THIS_AGENCY("不属于本机关负责公开", "36(5)"),
    /** Art. 36(6): the same information was already answered; the repeated request is not handled again. */
    REPEATED_REQUEST("重复申请不予重复处理", "36(6)"),
    /**
     * Art. 36(7): records such as business or real-estate registration that laws or administrative regulations
     * give their own access procedure; the applicant is told to follow it.
     */
    SPECIAL_PROCEDURE("依照有关法律、行政法规的规定办理", "36(7)"),
    /** Art. 37: the withheld parts can be separated; the rest is disclosed and the withholding explained. */
    PARTIAL_DISCLOSURE("部分公开", "37");

    private final String label;
    private final String article;

    ReplyType(String label, String article) {
        this.label = label;
        this.article = article;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }

    /** @return the article of the Regulation, e.g. {@code 36(3)} or {@code 37} */
    public String article() {
        return article;
    }

    /**
     * @param label a Chinese label, surrounding white space ignored; null is no label
     * @return the reply type with that label, or empty when none has it (and for null: reliability audit D16)
     */
    public static Optional<ReplyType> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip();
        for (ReplyType t : values()) {
            if (t.label.equals(l)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
