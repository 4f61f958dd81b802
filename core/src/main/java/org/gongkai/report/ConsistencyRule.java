package org.gongkai.report;

/**
 * The arithmetic rules (勾稽关系) of the annual report tables. Codes never change meaning.
 */
public enum ConsistencyRule {
    /** No count is negative. */
    NEGATIVE_COUNT("a count is negative", "数量不能为负数"),
    /** Table 三: each row's 总计 = 自然人 + the five columns of 法人或其他组织. */
    ROW_TOTAL("总计 must equal 自然人 plus the five 法人或其他组织 columns",
            "总计应等于自然人与法人或其他组织各列之和"),
    /** Table 三: （七）总计 = （一） + （二） + Σ（三） + Σ（四） + Σ（五） + Σ（六）, in every column. */
    RESULT_TOTAL("（七）总计 must equal the sum of results （一） to （六）", "（七）总计应等于（一）至（六）各项之和"),
    /**
     * Table 三: 一 + 二 = 三（七） + 四. The format prints it as the note of the table (本列数据的勾稽关系为：第一项加第二项
     * 之和，等于第三项加第四项之和); since every column counts its own applicants, it holds in every column.
     */
    BALANCE("一 + 二 must equal 三（七） + 四", "第一项加第二项之和，应等于第三项加第四项之和"),
    /** Table 三 across years: this year's 二 (carried over) = last year's 四 (carried to next year). */
    CARRIED_OVER_MISMATCH("二 must equal last year's 四", "上年结转数应等于上年度报告的结转下年度继续办理数"),
    /** Table 四: each 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    PROCEEDING_TOTAL("总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
            "总计应等于结果维持、结果纠正、其他结果、尚未审结之和");

    private final String description;
    private final String label;

    ConsistencyRule(String description, String label) {
        this.description = description;
        this.label = label;
    }

    /** @return the rule in English */
    public String description() {
        return description;
    }

    /** @return the rule in Chinese */
    public String label() {
        return label;
    }
}
