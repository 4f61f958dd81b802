package org.gongkai.report;

import java.util.Objects;

/**
 * One cell of an annual report table that breaks a {@link ConsistencyRule}: the table (三 or 四), the cell's row and
 * column, the value the rule expects there and the value found. For {@link ConsistencyRule#ROW_TOTAL} the cell is
 * the row's 总计; for {@link ConsistencyRule#RESULT_TOTAL} the （七）总计 cell of the column; for
 * {@link ConsistencyRule#BALANCE} the 四 cell (expected = 一 + 二 − 三（七）); for
 * {@link ConsistencyRule#CARRIED_OVER_MISMATCH} the 二 cell; for {@link ConsistencyRule#NEGATIVE_COUNT} the negative
 * cell (expected 0 as the least allowed value).
 *
 * @param rule the rule broken
 * @param table the table, {@code 三} or {@code 四}
 * @param row the cell's row
 * @param column the cell's column
 * @param expected the value the rule implies for the cell
 * @param actual the value in the cell
 */
public record ConsistencyViolation(ConsistencyRule rule, String table, ReportLabel row, ReportLabel column,
        long expected, long actual) {

    /**
     * Checks that no component is null.
     *
     * @param rule the rule broken
     * @param table the table, {@code 三} or {@code 四}
     * @param row the cell's row
     * @param column the cell's column
     * @param expected the value the rule implies for the cell
     * @param actual the value in the cell
     */
    public ConsistencyViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }

    /** @return the cell's name, e.g. {@code 表三 三（七）/总计} */
    public String cell() {
        return "表" + table + " " + row.reference() + "/" + column.reference();
    }

    /** @return the cell, the rule, and the expected and found values */
    @Override
    public String toString() {
        return cell() + ": " + rule + " (" + rule.description() + "): expected " + expected + ", found " + actual;
    }
}
