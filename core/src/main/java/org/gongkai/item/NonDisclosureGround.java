package org.gongkai.item;

import java.util.Optional;

/**
 * 法定事由: the legal grounds on which government information is not disclosed, from Art. 14, 15 and 16 of the
 * Regulation (政府信息公开条例, 2019 revision), plus 行政查询事项, which the annual report (国办公开办函〔2021〕30号)
 * counts as a result category though it is no ground of Art. 14–16.
 *
 * <ul>
 *   <li>Art. 14 (mandatory, 不予公开): state secrets; information whose disclosure laws and administrative
 *       regulations prohibit; information whose disclosure may endanger national, public or economic security or
 *       social stability (三安全一稳定).</li>
 *   <li>Art. 15 (mandatory, 不得公开, with exceptions): trade secrets, personal privacy and other third-party
 *       rights; disclosed nevertheless when the third party consents or when withholding would seriously affect the
 *       public interest.</li>
 *   <li>Art. 16 ¶1 (discretionary, 可以不予公开): internal affairs — personnel, logistics, internal workflow.</li>
 *   <li>Art. 16 ¶2 (discretionary): process information — discussion records, drafts, consultation letters,
 *       requests and reports — and administrative-enforcement case files; where laws, regulations or rules
 *       require such information to be disclosed, they prevail (法律、法规、规章规定上述信息应当公开的，从其规定).</li>
 * </ul>
 */
public enum NonDisclosureGround {
    /** Art. 14: 依法确定为国家秘密的政府信息. */
    STATE_SECRET(14, 0, 1, Category.MANDATORY, "国家秘密", "属于国家秘密", "依法确定为国家秘密的政府信息", "涉及国家秘密"),
    /** Art. 14: 法律、行政法规禁止公开的政府信息. */
    PROHIBITED_BY_LAW(14, 0, 2, Category.MANDATORY, "法律、行政法规禁止公开", "其他法律行政法规禁止公开",
            "法律、行政法规禁止公开的政府信息"),
    /** Art. 14: 公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息 (三安全一稳定). */
    SECURITY_AND_STABILITY(14, 0, 3, Category.MANDATORY, "危及“三安全一稳定”", "危及\"三安全一稳定\"",
            "三安全一稳定", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
    /** Art. 15: 商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息. */
    THIRD_PARTY_RIGHTS(15, 0, 0, Category.MANDATORY_UNLESS_CONSENT_OR_PUBLIC_INTEREST, "保护第三方合法权益",
            "涉及商业秘密、个人隐私", "商业秘密", "个人隐私", "涉及第三方合法权益"),
    /** Art. 16 ¶1: internal affairs — 人事管理. */
    INTERNAL_PERSONNEL(16, 1, 0, Category.DISCRETIONARY, "人事管理信息", "人事管理"),
    /** Art. 16 ¶1: internal affairs — 后勤管理. */
    INTERNAL_LOGISTICS(16, 1, 0, Category.DISCRETIONARY, "后勤管理信息", "后勤管理"),
    /** Art. 16 ¶1: internal affairs — 内部工作流程. */
    INTERNAL_WORKFLOW(16, 1, 0, Category.DISCRETIONARY, "内部工作流程信息", "内部工作流程"),
    /** Art. 16 ¶1 as the annual report counts it, when the kind of internal affairs is not said. */
    INTERNAL_AFFAIRS(16, 1, 0, Category.DISCRETIONARY, "内部事务信息", "属于三类内部事务信息", "三类内部事务信息"),
    /** Art. 16 ¶2: process information — 讨论记录. */
    PROCESS_DISCUSSION_RECORD(16, 2, 0, Category.DISCRETIONARY_UNLESS_LAW_REQUIRES, "讨论记录"),
    /** Art. 16 ¶2: process information — 过程稿. */
    PROCESS_DRAFT(16, 2, 0, Category.DISCRETIONARY_UNLESS_LAW_REQUIRES, "过程稿"),
    /** Art. 16 ¶2: process information — 磋商信函. */
    PROCESS_CONSULTATION_LETTER(16, 2, 0, Category.DISCRETIONARY_UNLESS_LAW_REQUIRES, "磋商信函"),
    /** Art. 16 ¶2: process information — 请示报告. */
    PROCESS_REQUEST_REPORT(16, 2, 0, Category.DISCRETIONARY_UNLESS_LAW_REQUIRES, "请示报告"),
    /** Art. 16 ¶2 as the annual report counts it, when the kind of process information is not said. */
    PROCESS_INFORMATION(16, 2, 0, Category.DISCRETIONARY_UNLESS_LAW_REQUIRES, "过程性信息", "属于四类过程性信息",
            "四类过程性信息"),
    /** Art. 16 ¶2: 行政执法案卷信息. */
    ENFORCEMENT_CASE_FILE(16, 2, 0, Category.DISCRETIONARY_UNLESS_LAW_REQUIRES, "行政执法案卷信息", "属于行政执法案卷",
            "行政执法案卷"),
    /**
     * 行政查询事项: no ground of Art. 14–16; a result category of the annual report (linked to Art. 36(7): records
     * whose access other laws regulate). Not valid as the ground of a withheld record.
     */
    ADMINISTRATIVE_QUERY(0, 0, 0, Category.REPORT_ONLY, "行政查询事项", "属于行政查询事项");

    /** How binding a ground is. */
    public enum Category {
        /** Art. 14: the information shall not be disclosed. */
        MANDATORY,
        /** Art. 15: not disclosed, unless the third party consents or the public interest overrides. */
        MANDATORY_UNLESS_CONSENT_OR_PUBLIC_INTEREST,
        /** Art. 16 ¶1: may be withheld. */
        DISCRETIONARY,
        /** Art. 16 ¶2: may be withheld, unless a law, regulation or rule requires disclosure. */
        DISCRETIONARY_UNLESS_LAW_REQUIRES,
        /** Not a ground of Art. 14–16; only a category of the annual report. */
        REPORT_ONLY
    }

    private static final Labels<NonDisclosureGround> LABELS =
            Labels.of("法定事由 (NonDisclosureGround)", NonDisclosureGround.class, e -> e.labels);
    private final int article;
    private final int paragraph;
    private final int item;
    private final Category category;
    private final String[] labels;

    NonDisclosureGround(int article, int paragraph, int item, Category category, String label, String... variants) {
        this.article = article;
        this.paragraph = paragraph;
        this.item = item;
        this.category = category;
        this.labels = Labels.with(label, variants);
    }

    /** @return the Chinese label */
    public String label() {
        return labels[0];
    }

    /** @return the article of the Regulation (14, 15 or 16), or 0 for {@link #ADMINISTRATIVE_QUERY} */
    public int article() {
        return article;
    }

    /** @return the paragraph of Art. 16 (1 or 2), or 0 where the article has one paragraph for grounds */
    public int paragraph() {
        return paragraph;
    }

    /**
     * @return for the three kinds of Art. 14, their order 1–3 as table 三 of the annual report counts them (rows
     *     (三)1–3), else 0. Art. 14 itself is one sentence without numbered items (项): this is not an item of it.
     */
    public int item() {
        return item;
    }

    /** @return how binding the ground is */
    public Category category() {
        return category;
    }

    /** @return true for Art. 14 and 15 (shall not / 不得 disclose) */
    public boolean mandatory() {
        return category == Category.MANDATORY || category == Category.MANDATORY_UNLESS_CONSENT_OR_PUBLIC_INTEREST;
    }

    /** @return true for Art. 16 (may withhold / 可以不予公开) */
    public boolean discretionary() {
        return category == Category.DISCRETIONARY || category == Category.DISCRETIONARY_UNLESS_LAW_REQUIRES;
    }

    /** @return true when the ground is one of Art. 14–16 (and so valid for withholding) */
    public boolean statutory() {
        return category != Category.REPORT_ONLY;
    }

    /**
     * @return a citation such as "条例第十六条第二款" in Arabic numerals: "Art. 16 ¶2"; "Art. 14" for its three kinds
     *     (one sentence, no items); the report format for 行政查询事项, which no article names
     */
    public String citation() {
        if (article == 0) {
            return "国办公开办函〔2021〕30号";
        }
        return "Art. " + article + (paragraph > 0 ? " ¶" + paragraph : "");
    }

    /**
     * @param text a label or variant (as the annual report or a 负面清单 writes it)
     * @return the ground
     * @throws org.gongkai.data.UnknownLabelException naming the text when it is none of them, and for null (named
     *     "null"; reliability audit D16)
     */
    public static NonDisclosureGround fromLabel(CharSequence text) {
        return LABELS.require(text);
    }

    /**
     * @param text any text
     * @return the ground it names, if any
     */
    public static Optional<NonDisclosureGround> find(CharSequence text) {
        return LABELS.find(text);
    }
}
