package org.gongkai.deadline;

/** The unit of a number of days or of a frequency in a deadline phrase. */
public enum PeriodUnit {
    /** 工作日: a working day on the official calendar. */
    WORKING_DAY("个工作日"),
    /** 日 (天): a calendar day. */
    DAY("日"),
    /** 周: seven calendar days. */
    WEEK("周"),
    /** 月 (个月): a calendar month. */
    MONTH("个月"),
    /** 季度: three calendar months. */
    QUARTER("个季度"),
    /** 半年: six calendar months (used by frequencies: 半年至少更新1次). */
    HALF_YEAR("半年"),
    /** 年: a calendar year. */
    YEAR("年");

    private final String label;

    PeriodUnit(String label) {
        this.label = label;
    }

    /** @return the canonical Chinese label written after a count, e.g. 个工作日, 日, 个月 */
    public String label() {
        return label;
    }
}
