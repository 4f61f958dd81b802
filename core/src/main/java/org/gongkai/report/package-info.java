/**
 * The annual report on government information disclosure (政府信息公开工作年度报告) in the State Council's fixed
 * format, 国办公开办函〔2021〕30号: table 二 (主动公开政府信息情况, {@link org.gongkai.report.Table2}), table 三
 * (收到和处理政府信息公开申请情况, {@link org.gongkai.report.Table3}), counted from request outcomes or read from published
 * numbers, and table 四 (行政复议、行政诉讼情况, {@link org.gongkai.report.Table4}), each with the format's consistency
 * rules, whose violations name the table, row and column of the broken cell ({@link
 * org.gongkai.report.ConsistencyViolation}).
 */
package org.gongkai.report;
