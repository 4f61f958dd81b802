package org.gongkai.request;

import java.util.Optional;

/**
 * The kind of an agency's reply to a request for disclosure: the seven kinds of Art. 36 of the Regulation, partial
 * disclosure (Art. 37), and the other handlings the Regulation names (Art. 30, 35, 38, 39) or the annual report
 * counts (table 三 (五)5). Each has its Chinese label and its source. {@code org.gongkai.report.Table3Rows} maps a
 * reply to its row of table 三.
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
    PARTIAL_DISCLOSURE("部分公开", "37"),
    /**
     * Art. 38: "需要行政机关对现有政府信息进行加工、分析的，行政机关可以不予提供" (table 三 (四)2
     * 没有现成信息需要另行制作).
     */
    NEEDS_PROCESSING("需要加工、分析的不予提供", "38"),
    /**
     * Art. 39 ¶1: a petition, complaint or report made in the form of a disclosure request: "告知申请人不作为政府信息公开
     * 申请处理并可以告知通过相应渠道提出" (table 三 (五)1).
     */
    NOT_A_DISCLOSURE_REQUEST("不作为政府信息公开申请处理", "39 ¶1"),
    /**
     * Art. 39 ¶2: a request for public gazettes, newspapers, books and other publications: "行政机关可以告知获取的途径"
     * (table 三 (五)3).
     */
    PUBLICATION_ROUTE_GIVEN("告知公开出版物的获取途径", "39 ¶2"),
    /**
     * Art. 35: the number or frequency of requests clearly exceeds a reasonable range and the agency finds the
     * applicant's reason unreasonable: "告知申请人不予处理" (table 三 (五)4).
     */
    EXCESSIVE_NOT_PROCESSED("数量、频次明显超过合理范围不予处理", "35"),
    /**
     * A request that the agency confirm or reissue information the applicant already obtained. No article of the
     * Regulation names it; the annual report format counts it (table 三 (五)5 "要求行政机关确认或重新出具已获取信息").
     */
    CONFIRMATION_NOT_PROCESSED("要求确认或重新出具已获取信息不予处理", "国办公开办函〔2021〕30号 table 三 (五)5"),
    /**
     * The supplemented request is still unclear (Art. 30 asks for a supplement "申请内容不明确的"; the format counts
     * the outcome as table 三 (四)3 "补正后申请内容仍不明确").
     */
    STILL_UNCLEAR_AFTER_SUPPLEMENT("补正后申请内容仍不明确", "30; 国办公开办函〔2021〕30号 table 三 (四)3");

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

    /**
     * @return the article of the Regulation, e.g. {@code 36(3)}, {@code 37} or {@code 39 ¶1}, or the report format
     *     where no article names the handling
     */
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
