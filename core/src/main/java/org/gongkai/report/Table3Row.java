package org.gongkai.report;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The 25 numeric rows of table 三 (收到和处理政府信息公开申请情况) of the annual report format 国办公开办函〔2021〕30号,
 * in printed order, each with its exact label. Rows 一 and 二 count the requests handled in the year (new and carried
 * over); the 23 rows under 三、本年度办理结果 count how they ended ((一) to (六), with (三) to (六) split by reason,
 * and (七)总计 summing them); row 四 counts the requests carried to next year.
 *
 * <p>Provenance: rows 一, 二, (一), (二) and (三)1-7 were checked against the filled 2024 report of 深圳市龙岗区
 * (lg.gov.cn); the labels of the remaining rows follow the format as transcribed in Gongkai's reference
 * (reference/regulation.md), which marks them as not yet checked against a full copy.
 */
public enum Table3Row implements ReportLabel {
    /** 一、本年新收政府信息公开申请数量. */
    NEW_THIS_YEAR("一", "一、本年新收政府信息公开申请数量", null),
    /** 二、上年结转政府信息公开申请数量. */
    CARRIED_OVER_FROM_LAST_YEAR("二", "二、上年结转政府信息公开申请数量", null),
    /** 三（一）予以公开. */
    DISCLOSED("三（一）", "（一）予以公开", ResultCategory.DISCLOSED),
    /** 三（二）部分公开 (a request handled by separating what can be disclosed is counted here only). */
    PARTIALLY_DISCLOSED("三（二）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ResultCategory.PARTIALLY_DISCLOSED),
    /** 三（三）1 不予公开: 属于国家秘密. */
    WITHHELD_STATE_SECRET("三（三）1", "1.属于国家秘密", ResultCategory.WITHHELD),
    /** 三（三）2 不予公开: 其他法律行政法规禁止公开. */
    WITHHELD_PROHIBITED_BY_LAW("三（三）2", "2.其他法律行政法规禁止公开", ResultCategory.WITHHELD),
    /** 三（三）3 不予公开: 危及“三安全一稳定”. */
    WITHHELD_SECURITY_AND_STABILITY("三（三）3", "3.危及“三安全一稳定”", ResultCategory.WITHHELD),
    /** 三（三）4 不予公开: 保护第三方合法权益. */
    WITHHELD_THIRD_PARTY_RIGHTS("三（三）4", "4.保护第三方合法权益", ResultCategory.WITHHELD),
    /** 三（三）5 不予公开: 属于三类内部事务信息. */
    WITHHELD_INTERNAL_AFFAIRS("三（三）5", "5.属于三类内部事务信息", ResultCategory.WITHHELD),
    /** 三（三）6 不予公开: 属于四类过程性信息. */
    WITHHELD_PROCESS_INFORMATION("三（三）6", "6.属于四类过程性信息", ResultCategory.WITHHELD),
    /** 三（三）7 不予公开: 属于行政执法案卷. */
    WITHHELD_ENFORCEMENT_CASE_FILE("三（三）7", "7.属于行政执法案卷", ResultCategory.WITHHELD),
    /** 三（三）8 不予公开: 属于行政查询事项. */
    WITHHELD_ADMINISTRATIVE_INQUIRY("三（三）8", "8.属于行政查询事项", ResultCategory.WITHHELD),
    /** 三（四）1 无法提供: 本机关不掌握相关政府信息. */
    UNABLE_NOT_HELD("三（四）1", "1.本机关不掌握相关政府信息", ResultCategory.UNABLE_TO_PROVIDE),
    /** 三（四）2 无法提供: 没有现成信息需要另行制作. */
    UNABLE_WOULD_NEED_CREATION("三（四）2", "2.没有现成信息需要另行制作", ResultCategory.UNABLE_TO_PROVIDE),
    /** 三（四）3 无法提供: 补正后申请内容仍不明确. */
    UNABLE_STILL_UNCLEAR("三（四）3", "3.补正后申请内容仍不明确", ResultCategory.UNABLE_TO_PROVIDE),
    /** 三（五）1 不予处理: 信访举报投诉类申请. */
    NOT_PROCESSED_PETITION("三（五）1", "1.信访举报投诉类申请", ResultCategory.NOT_PROCESSED),
    /** 三（五）2 不予处理: 重复申请. */
    NOT_PROCESSED_REPEATED("三（五）2", "2.重复申请", ResultCategory.NOT_PROCESSED),
    /** 三（五）3 不予处理: 要求提供公开出版物. */
    NOT_PROCESSED_PUBLICATION("三（五）3", "3.要求提供公开出版物", ResultCategory.NOT_PROCESSED),
    /** 三（五）4 不予处理: 无正当理由大量反复申请. */
    NOT_PROCESSED_EXCESSIVE("三（五）4", "4.无正当理由大量反复申请", ResultCategory.NOT_PROCESSED),
    /** 三（五）5 不予处理: 要求行政机关确认或重新出具已获取信息. */
    NOT_PROCESSED_CONFIRMATION("三（五）5", "5.要求行政机关确认或重新出具已获取信息", ResultCategory.NOT_PROCESSED),
    /** 三（六）1 其他处理: the applicant did not supplement in time without good reason (Art. 30). */
    OTHER_NOT_SUPPLEMENTED("三（六）1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            ResultCategory.OTHER_HANDLING),
    /** 三（六）2 其他处理: the applicant did not pay the fee notified in time (Art. 42). */
    OTHER_FEE_NOT_PAID("三（六）2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            ResultCategory.OTHER_HANDLING),
    /** 三（六）3 其他处理: 其他. */
    OTHER("三（六）3", "3.其他", ResultCategory.OTHER_HANDLING),
    /** 三（七）总计: the sum of rows (一) to (六). */
    RESULT_TOTAL("三（七）", "（七）总计", null),
    /** 四、结转下年度继续办理. */
    CARRIED_TO_NEXT_YEAR("四", "四、结转下年度继续办理", null);

    private final String reference;
    private final String label;
    private final ResultCategory category;

    Table3Row(String reference, String label, ResultCategory category) {
        this.reference = reference;
        this.label = label;
        this.category = category;
    }

    @Override
    public String label() {
        return label;
    }

    /** @return the row's place in the table, e.g. {@code 三（三）1}, unique among the rows */
    @Override
    public String reference() {
        return reference;
    }

    /** @return the kind of result this row counts; empty for 一, 二, (七) and 四 */
    public Optional<ResultCategory> category() {
        return Optional.ofNullable(category);
    }

    /** @return true for the 21 rows of results (一) to (六) whose sum is (七)总计 */
    public boolean isResult() {
        return category != null;
    }

    /**
     * Finds a row by its label or reference as printed, ignoring spaces and the difference between full-width and
     * ASCII punctuation (Unicode NFKC), and taking "，" (or ",") for "、" (copies of the format print rows (六)1 and
     * (六)2 with either). Labels that repeat under different headings (none in this table) would need the
     * reference.
     *
     * @param text a label such as {@code （一）予以公开}, {@code (一)予以公开} or a reference such as {@code 三（三）1}
     * @return the row, or empty when no row has that label or reference
     */
    public static Optional<Table3Row> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = normalize(text);
        for (Table3Row row : values()) {
            if (normalize(row.label).equals(key) || normalize(row.reference).equals(key)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == ',') {
                sb.append('、'); // NFKC made "，" a ","; copies of the format use "，" and "、" alike
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
