package org.gongkai.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;

/**
 * Art. 49 of the Regulation: the days by which the annual report on disclosure (政府信息公开工作年度报告) of a year
 * must be published. "县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府
 * 信息公开工作年度报告并向社会公布。县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级
 * 政府上一年度政府信息公开工作年度报告。"
 *
 * <p>Reading (no authoritative text found on either point): "1月31日前" includes 1月31日 itself, and a fixed calendar
 * date is not moved off a rest day (民法典 Art. 203 concerns periods counted from a start, not fixed dates).
 */
public enum AnnualReportDeadline {
    /** A department of a people's government at county level or above: by 1月31日 of the next year. */
    DEPARTMENT(MonthDay.of(1, 31)),
    /** A local people's government at county level or above (its disclosure authority publishes): by 3月31日. */
    LOCAL_GOVERNMENT(MonthDay.of(3, 31));

    private final MonthDay lastDay;

    AnnualReportDeadline(MonthDay lastDay) {
        this.lastDay = lastDay;
    }

    /**
     * @param reportYear the year the report covers (上一年度)
     * @return the last day to publish it, in the following year
     * @throws DateTimeException when the following year is beyond {@link LocalDate#MAX}
     */
    public LocalDate lastDay(int reportYear) {
        if (reportYear >= Year.MAX_VALUE) {
            throw new DateTimeException("the report of year " + reportYear + " would be due after year "
                    + Year.MAX_VALUE);
        }
        return lastDay.atYear(reportYear + 1);
    }

    /**
     * @param reportYear the year the report covers
     * @param publishedOn the day it was published
     * @return true when it was published after {@link #lastDay(int)}
     * @throws DateTimeException when the following year is beyond {@link LocalDate#MAX}
     */
    public boolean late(int reportYear, LocalDate publishedOn) {
        Objects.requireNonNull(publishedOn, "publishedOn");
        return publishedOn.isAfter(lastDay(reportYear));
    }
}
