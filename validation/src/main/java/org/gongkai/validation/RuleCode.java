package org.gongkai.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The stable codes of the standard's rules. A code never changes meaning: a rule that changes meaning gets a new
 * code, and an obsolete code stays (deprecated) so that stored reports keep their sense.
 *
 * <p>Each code has a default {@link Severity}, the legal source it comes from, the path of the element it concerns,
 * whether it applies to drafts ({@link #appliesToDrafts()}), and a message in Chinese and English. The same
 * messages are in {@code ContributorValidationMessages*.properties} under {@link #messageKey()} for the Jakarta
 * constraints (a test keeps the two identical).
 *
 * <p>Severity policy: {@link Severity#ERROR} only for what the Regulation or 国办发〔2019〕54号 clearly requires of the
 * item, catalog or record itself (a named element that must be there, a channel and a deadline for proactive
 * items, a statutory ground for withheld information, a publication within the deadline). Checks that read free text
 * (deadline phrases, content comparison), tick-box columns whose absence in read data is ambiguous (a mark lost by
 * the reader, or a layout with no such column), and good practices are {@link Severity#WARNING}.
 */
public enum RuleCode {
    // ---- elements of an item (国办发〔2019〕54号: 名称、内容、依据、时限、主体、渠道、对象、方式; 层级) ----
    /** 公开事项 names no item (neither 一级 nor 二级事项). */
    ITEM_NAME_MISSING(Severity.ERROR, "practice: 国办发〔2019〕54号 (text not verified)", "name", true,
            "缺少公开事项名称（一级、二级事项均为空）",
            "The item has no name (neither category nor item is given)"),
    /** 公开内容（要素） empty. */
    ITEM_CONTENT_MISSING(Severity.ERROR, "practice: 国办发〔2019〕54号 (text not verified)", "content", false,
            "缺少公开内容（要素）",
            "The item does not say what is published (content missing)"),
    /** 公开依据 empty. */
    ITEM_BASIS_MISSING(Severity.ERROR, "practice: 国办发〔2019〕54号 (text not verified)", "basis", false,
            "缺少公开依据",
            "The item cites no legal basis for its publication"),
    /** 公开时限 empty (for an item that is not proactive; see {@link #PROACTIVE_WITHOUT_DEADLINE}). */
    ITEM_DEADLINE_MISSING(Severity.ERROR, "practice: 国办发〔2019〕54号 (text not verified)", "deadline", false,
            "缺少公开时限",
            "The item states no deadline for its publication"),
    /** 公开主体 empty. */
    ITEM_BODY_MISSING(Severity.ERROR, "practice: 国办发〔2019〕54号 (text not verified)", "responsibleBody", false,
            "缺少公开主体",
            "The item names no responsible body"),
    /** No 公开渠道和载体 selected, for an item that is not proactive (see {@link #PROACTIVE_WITHOUT_CHANNEL}). */
    ITEM_CHANNEL_MISSING(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "channels", false,
            "未选择公开渠道和载体",
            "No publication channel is selected"),
    /** No 公开对象 ticked. WARNING: the tick is what catalog readers lose most often. */
    ITEM_AUDIENCE_MISSING(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "audiences", false,
            "未勾选公开对象（全社会或特定群体）",
            "No audience is ticked (general public or a specific group)"),
    /** No 公开方式 ticked. WARNING: the tick is what catalog readers lose most often. */
    ITEM_METHOD_MISSING(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "methods", false,
            "未勾选公开方式（主动或依申请）",
            "No disclosure method is ticked (proactive or on request)"),
    /** The catalog has levels, the item ticks none. */
    ITEM_LEVEL_MISSING(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "levels", false,
            "目录分公开层级，但该事项未勾选公开层级",
            "The catalog has administrative levels but the item ticks none"),
    /** A proactive item with no channel. */
    PROACTIVE_WITHOUT_CHANNEL(Severity.ERROR, "条例 Art. 23", "channels", false,
            "主动公开事项未选择公开渠道和载体",
            "A proactive item must be published through at least one channel"),
    /** A proactive item with no deadline. */
    PROACTIVE_WITHOUT_DEADLINE(Severity.ERROR, "practice: 公开时限 is a catalog element (国办发〔2019〕54号, text "
            + "not verified); 条例 Art. 26 only sets the default 20 working days", "deadline", false,
            "主动公开事项缺少公开时限",
            "A proactive item must state its deadline (Art. 26: 20 working days unless a law says otherwise)"),
    /** The deadline text is not a phrase the library can read. */
    DEADLINE_UNREADABLE(Severity.WARNING, "条例 Art. 26", "deadline", true,
            "公开时限无法识别",
            "The deadline text cannot be read as a deadline"),
    /** A proactive deadline longer than Art. 26's 20 working days, with no law cited and no fallback clause. */
    DEADLINE_EXCEEDS_ART26(Severity.WARNING, "条例 Art. 26", "deadline", true,
            "主动公开时限超过条例第二十六条规定的20个工作日，且未引用另有规定的法律法规",
            "The deadline exceeds Art. 26's 20 working days and cites no law that provides otherwise"),
    /** The domain is neither a standard domain nor one registered in the registry used. */
    DOMAIN_UNKNOWN(Severity.ERROR, "practice: 国办发〔2019〕54号 (text not verified)", "domain", true,
            "领域不是标准领域，也不是已登记的地方领域",
            "The domain is neither a standard domain nor a registered local one"),
    /** The item's levels and the catalog's levels have nothing in common. */
    LEVEL_NOT_IN_CATALOG(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "levels", true,
            "事项的公开层级与目录的层级不符",
            "The item's levels do not include any level of the catalog"),

    /** A 公开属性 label that is none of 主动公开, 依申请公开, 不予公开 (field constraint on DTO strings). */
    DISCLOSURE_ATTRIBUTE_UNKNOWN(Severity.ERROR, "practice: 公文公开属性源头认定 (local rules)", "attribute", true,
            "公开属性应为主动公开、依申请公开或不予公开",
            "The disclosure attribute must be 主动公开, 依申请公开 or 不予公开"),
    /** A 统一社会信用代码 that is not 18 characters of the 31 symbols with both check characters right. */
    CREDIT_CODE_INVALID(Severity.ERROR, "GB 32100-2015; GB 11714", "creditCode", true,
            "统一社会信用代码不正确（应为18位，字符取自31个字符集，校验码正确）",
            "The unified social credit code is invalid (18 characters of the 31-symbol set, both check characters)"),
    /** A 发文字号 that does not read as agency code, year and serial, or whose closing bracket was lost. */
    DOCUMENT_NUMBER_INVALID(Severity.ERROR, "GB/T 9704-2012", "documentNumber", true,
            "发文字号不正确（应为机关代字〔年份〕序号号）或年份后的括号缺失",
            "The document number is invalid (agency code〔year〕serial号) or lost its closing bracket"),
    /** A 索引号 of no known family, with a prefix failing its check, or with a broken sequence. */
    INDEX_NUMBER_INVALID(Severity.ERROR, "条例 Art. 12 ¶3 (目录包括政府信息的索引); the number's format: practice",
            "indexNumber", true,
            "索引号不正确（格式不符，前缀的信用代码或组织机构代码校验不通过，或顺序号缺失）",
            "The index number is invalid (unknown form, a prefix failing its check, or a missing sequence)"),

    // ---- records (政府信息) ----
    /** The attribute was not determined at source. */
    RECORD_ATTRIBUTE_MISSING(Severity.WARNING, "practice: 公文公开属性源头认定 (local rules)", "attribute", true,
            "未认定公开属性（主动公开、依申请公开、不予公开）",
            "The disclosure attribute was not determined at source"),
    /** A proactive record published after its deadline: Art. 26's 20 working days, or the period a law sets. */
    RECORD_PUBLISHED_LATE(Severity.ERROR, "条例 Art. 26", "publishedOn", false,
            "主动公开的政府信息晚于公开时限才公开（条例第二十六条：形成或变更之日起20个工作日内，法律、法规另有规定的从其规定）",
            "The proactive record was published after its deadline (Art. 26: 20 working days after it was formed or "
                    + "changed, unless a law or regulation sets another period)"),
    /** A proactive record not published whose deadline (Art. 26, or a law's period) is over at the validation date. */
    RECORD_PUBLICATION_OVERDUE(Severity.ERROR, "条例 Art. 26", "publishedOn", false,
            "主动公开的政府信息已过公开时限，仍未公开（条例第二十六条：形成或变更之日起20个工作日内，法律、法规另有规定的从其规定）",
            "The proactive record is still unpublished after its deadline (Art. 26: 20 working days after it was "
                    + "formed or changed, unless a law or regulation sets another period)"),
    /** Art. 26's deadline of a proactive record falls where the working-day calendar has no data. */
    RECORD_DEADLINE_NOT_COMPUTABLE(Severity.WARNING, "条例 Art. 26", "formedOn", false,
            "工作日历未覆盖该年份（国务院尚未公布节假日安排），无法计算20个工作日的公开期限",
            "The working-day calendar does not cover the year, so Art. 26's 20 working days cannot be computed"),
    /** A withheld record with no ground (on-request records need none). */
    RECORD_GROUND_MISSING(Severity.ERROR, "条例 Art. 36(3) (告知申请人不予公开并说明理由); Art. 14–16", "grounds", false,
            "不予公开的政府信息未说明法定事由",
            "Withheld information must state its legal ground"),
    /** A withheld record whose ground is none of Art. 14–16. */
    RECORD_GROUND_NOT_STATUTORY(Severity.ERROR, "条例 Art. 14–16", "grounds", false,
            "不予公开的理由不属于条例第十四条至第十六条规定的法定事由",
            "The ground for withholding is none of the Regulation's Art. 14–16"),
    /** A ground written as text that matches no ground of Art. 14–16. */
    RECORD_GROUND_UNRECOGNIZED(Severity.WARNING, "条例 Art. 14–16", "groundText", false,
            "不予公开的理由无法对应到条例第十四条至第十六条的法定事由",
            "The ground as written matches none of the grounds of Art. 14–16"),
    /** Withheld on Art. 16 ¶2 although a law, regulation or rule requires disclosure. */
    RECORD_DISCRETIONARY_GROUND_OVERRIDDEN_BY_LAW(Severity.ERROR, "条例 Art. 16 ¶2", "grounds", false,
            "以过程性信息或行政执法案卷为由不予公开，但法律、法规、规章规定应当公开，应从其规定",
            "Withheld as process information or a case file although a law, regulation or rule requires its "
                    + "disclosure, which prevails"),
    /** Withheld on Art. 15 alone although the third party consented or the public interest overrides. */
    RECORD_THIRD_PARTY_OVERRIDE(Severity.ERROR, "条例 Art. 15", "grounds", false,
            "以保护第三方合法权益为由不予公开，但第三方已同意公开或不公开会对公共利益造成重大影响，应予公开",
            "Withheld to protect a third party although the third party consented or withholding would "
                    + "seriously affect the public interest"),
    /**
     * Withheld information not reviewed within the review period: one year by default, a policy the validator lets
     * the caller set ({@link DisclosureValidator.Builder#withholdingReviewPeriod}); Art. 18 says "定期评估审查" and
     * sets no period.
     */
    WITHHELD_NOT_REVIEWED(Severity.WARNING, "条例 Art. 18; the period (default one year): practice",
            "withholdingReviewedOn", false,
            "不予公开的政府信息未按评估周期进行评估审查（条例第十八条：定期评估审查；周期默认一年）",
            "Withheld information has not been reviewed within the review period (Art. 18: periodic review; one "
                    + "year by default)"),
    /** A proactive record that contains 依申请/不予公开 parts. */
    PROACTIVE_RECORD_HAS_WITHHELD_PARTS(Severity.WARNING, "practice: 公文公开属性源头认定; 条例 Art. 37 by analogy",
            "containsWithheldParts",
            false,
            "主动公开的政府信息含有依申请公开或不予公开的内容，应区分处理",
            "A proactive record contains on-request or withheld parts, which must be separated"),
    /** A repealed record still listed as current more than Art. 26's 20 working days after the repeal. */
    REPEALED_STILL_CURRENT(Severity.ERROR, "条例 Art. 12 ¶1, Art. 53(二); Art. 26 (20 working days after the change)",
            "listedAsCurrent", false,
            "已废止的政府信息仍标注为现行有效",
            "A repealed record is still listed as current"),
    /** An annual report published after Art. 49's day (1月31日 for a department, 3月31日 for a local government). */
    ANNUAL_REPORT_LATE(Severity.ERROR, "条例 Art. 49", "publishedOn", false,
            "政府信息公开工作年度报告晚于条例第四十九条规定的日期公布（部门1月31日前，地方人民政府3月31日前）",
            "The annual report was published after Art. 49's date (1月31日 for a department, 3月31日 for a local "
                    + "government)"),

    // ---- catalogs ----
    /** The same item (domain and name) appears twice. */
    CATALOG_DUPLICATE_ITEM(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "name", true,
            "目录中重复列出同一事项",
            "The catalog lists the same item twice"),
    /** The serial numbers skip a number. */
    CATALOG_SERIAL_GAP(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "serialNumber", true,
            "序号不连续",
            "The serial numbers skip a number"),
    /** A serial number is used twice. */
    CATALOG_SERIAL_REPEAT(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "serialNumber", true,
            "序号重复",
            "A serial number is used twice"),
    /** An item of a domain the catalog does not cover. */
    CATALOG_ITEM_OUTSIDE_DOMAINS(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "domain", true,
            "事项所属领域不在目录覆盖的领域之内",
            "The item belongs to a domain the catalog does not cover"),
    /** Items of the domain's standard guide that the catalog lacks. */
    CATALOG_MISSING_STANDARD_ITEMS(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "domains", false,
            "目录缺少该领域标准指引中的事项",
            "The catalog lacks items of the domain's standard guide"),
    /** A negative-list entry with no ground. */
    NEGATIVE_LIST_ENTRY_WITHOUT_GROUND(Severity.ERROR, "条例 Art. 14–16", "grounds", false,
            "负面清单条目未说明不予公开的法定事由",
            "A negative-list entry gives no legal ground"),
    /** A negative-list entry whose ground is none of Art. 14–16. */
    NEGATIVE_LIST_GROUND_NOT_STATUTORY(Severity.ERROR, "条例 Art. 14–16", "grounds", false,
            "负面清单条目的理由不属于条例第十四条至第十六条规定的法定事由",
            "A negative-list entry's ground is none of Art. 14–16"),
    /** A negative-list entry whose ground, as written, matches no ground of Art. 14–16. */
    NEGATIVE_LIST_GROUND_UNRECOGNIZED(Severity.WARNING, "条例 Art. 14–16", "groundText", false,
            "负面清单条目的理由无法对应到条例第十四条至第十六条的法定事由",
            "A negative-list entry's ground, as written, matches none of the grounds of Art. 14–16"),
    /** The same item is published with different content by the township and the village. */
    TOWNSHIP_VILLAGE_CONTENT_DIFFERS(Severity.WARNING, "practice: 国办发〔2019〕54号 (text not verified)", "content", false,
            "乡级与村级目录中相同事项的公开内容不一致",
            "The township and village catalogs publish the same item with different content"),
    /**
     * Art. 26's deadline of a record falls within 30 days of the end of the working-day calendar's data: next year's
     * holiday notice must be added before the calendar can count past it.
     */
    CALENDAR_DATA_ENDS_SOON(Severity.WARNING, "条例 Art. 26; 国务院办公厅关于部分节假日安排的通知", "formedOn", false,
            "公开期限距工作日历节假日数据的最后一天不足30天，请在国务院公布后添加下一年度节假日安排通知",
            "The deadline is within 30 days of the end of the working-day calendar's holiday data: add next year's "
                    + "holiday notice when the State Council publishes it"),

    /**
     * Part of the deadline cell that carries a number, a time word or a trigger was not read (the rule read is
     * partial; the unread text is the violation's value). Nothing of a cell is dropped silently.
     */
    DEADLINE_PARTLY_READ(Severity.WARNING, "条例 Art. 26", "deadline", true,
            "公开时限部分内容无法识别",
            "Part of the deadline text that carries a number, a time word or a trigger could not be read"),

    /**
     * The item has no domain, and neither its table (a 领域 column, a title naming a domain, the sheet or file name)
     * nor its catalog gives one: the table does not say its domain. An ERROR like {@link #DOMAIN_UNKNOWN}, since an
     * item must belong to one of the domains of 国办发〔2019〕54号 (or a registered local one); the remedy is to give
     * the domain (the CLI's --domain, {@code Options.withDefaultDomain}), not to correct a name.
     */
    DOMAIN_MISSING(Severity.ERROR, "practice: 国办发〔2019〕54号 (text not verified)", "domain", true,
            "表格未写明领域：请给出领域",
            "The table does not say its domain: give it");

    private static final String KEY_PREFIX = "org.gongkai.validation.RuleCode.";

    private final Severity severity;
    private final String source;
    private final String property;
    private final boolean appliesToDrafts;
    private final String messageZh;
    private final String messageEn;

    RuleCode(Severity severity, String source, String property, boolean appliesToDrafts, String messageZh,
            String messageEn) {
        this.severity = severity;
        this.source = source;
        this.property = property;
        this.appliesToDrafts = appliesToDrafts;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** @return the default severity (a {@link DisclosureValidator} may raise or lower it) */
    public Severity severity() {
        return severity;
    }

    /** @return the legal source, e.g. {@code 条例 Art. 26} or {@code 国办发〔2019〕54号} */
    public String source() {
        return source;
    }

    /** @return the property of the item, record or catalog the rule concerns (the last part of its paths) */
    public String property() {
        return property;
    }

    /**
     * @return true when the rule applies to drafts too; the rules on elements a draft may still lack (basis,
     *     deadline, channels …) and on the publication lifecycle apply only at publish strictness
     */
    public boolean appliesToDrafts() {
        return appliesToDrafts;
    }

    /** @return the message in Chinese */
    public String messageZh() {
        return messageZh;
    }

    /** @return the message in English */
    public String messageEn() {
        return messageEn;
    }

    /**
     * @param locale a locale
     * @return the English message for an English locale, else the Chinese one
     */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }

    /** @return the key of the message in {@code ContributorValidationMessages*.properties} */
    public String messageKey() {
        return KEY_PREFIX + name();
    }

    /** @return the message template the Jakarta constraints use: the key in braces */
    public String messageTemplate() {
        return "{" + messageKey() + "}";
    }

    /**
     * Reads the code back from a Jakarta constraint violation's message template (what
     * {@code ConstraintViolation.getMessageTemplate()} returns for Gongkai's constraints).
     *
     * @param messageTemplate a message template
     * @return the code, when the template is one of Gongkai's rule templates
     */
    public static Optional<RuleCode> fromMessageTemplate(String messageTemplate) {
        if (messageTemplate == null || !messageTemplate.startsWith("{" + KEY_PREFIX)
                || !messageTemplate.endsWith("}")) {
            return Optional.empty();
        }
        String name = messageTemplate.substring(KEY_PREFIX.length() + 1, messageTemplate.length() - 1);
        for (RuleCode c : values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
