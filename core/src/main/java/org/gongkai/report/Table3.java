package org.gongkai.report;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Table 三 of the annual report (收到和处理政府信息公开申请情况), format 国办公开办函〔2021〕30号: 25 rows
 * ({@link Table3Row}) by 7 columns ({@link Table3Column}) of counts.
 *
 * <p>Two ways in: {@link #builder()} counts a collection of {@link ReportedRequest}s and fills the 总计 column and the
 * （七）总计 row itself; {@link #of(int[][])} takes the numbers as published or as entered by a clerk, consistent or not,
 * so that {@link #checkConsistency()} can say which cell is wrong. The rules ({@link ConsistencyRule}): no negative
 * count; each row's 总计 = 自然人 + the five 法人或其他组织 columns; （七）总计 = the sum of the results （一） to （六）; and
 * 一 + 二 = 三（七） + 四 in every column. {@link #checkContinuity(Table3)} checks this year's 二 against last year's 四.
 *
 * <p>Immutable and thread-safe; equal when all 175 counts are.
 */
public final class Table3 {
    /** Number of rows. */
    public static final int ROWS = Table3Row.values().length;
    /** Number of columns. */
    public static final int COLUMNS = Table3Column.values().length;
    private static final String TABLE = "三";
    private static final Table3Row[] ROW_VALUES = Table3Row.values();
    private static final Table3Column[] COLUMN_VALUES = Table3Column.values();
    private static final int TOTAL = Table3Column.TOTAL.ordinal();

    private final int[] cells;

    private Table3(int[] cells) {
        this.cells = cells;
    }

    /**
     * Reads a table from its numbers.
     *
     * @param grid 25 rows in the order of {@link Table3Row} (as printed), each of 7 counts in the order of
     *     {@link Table3Column} (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计)
     * @return the table, whether or not its numbers are consistent
     * @throws IllegalArgumentException when the grid does not have 25 rows of 7 numbers (the message names the row)
     */
    public static Table3 of(int[][] grid) {
        Objects.requireNonNull(grid, "grid");
        if (grid.length != ROWS) {
            throw new IllegalArgumentException("table 三 has " + ROWS + " rows of numbers, found " + grid.length);
        }
        int[] cells = new int[ROWS * COLUMNS];
        for (int r = 0; r < ROWS; r++) {
            if (grid[r] == null || grid[r].length != COLUMNS) {
                throw new IllegalArgumentException("table 三 row " + ROW_VALUES[r].reference() + " ("
                        + ROW_VALUES[r].label() + ") has " + COLUMNS + " numbers, found "
                        + (grid[r] == null ? "none" : grid[r].length));
            }
            System.arraycopy(grid[r], 0, cells, r * COLUMNS, COLUMNS);
        }
        return new Table3(cells);
    }

    /** @return a builder that counts requests */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Counts requests into a table 三; the 总计 column and the （七）总计 row are computed, so a built table is
     * consistent by construction (and {@link #checkConsistency()} confirms it).
     */
    public static final class Builder {
        private final int[] cells = new int[ROWS * COLUMNS];

        private Builder() {
        }

        /**
         * @param request one request handled in the report year
         * @return this builder
         */
        public Builder add(ReportedRequest request) {
            Objects.requireNonNull(request, "request");
            int column = request.applicant().column().ordinal();
            increment(request.origin().row(), column);
            increment(request.disposition(), column);
            if (request.disposition().isResult()) {
                increment(Table3Row.RESULT_TOTAL, column);
            }
            return this;
        }

        /**
         * @param requests requests handled in the report year
         * @return this builder
         */
        public Builder addAll(Iterable<ReportedRequest> requests) {
            Objects.requireNonNull(requests, "requests");
            for (ReportedRequest r : requests) {
                add(r);
            }
            return this;
        }

        private void increment(Table3Row row, int column) {
            int at = row.ordinal() * COLUMNS + column;
            cells[at] = Math.addExact(cells[at], 1);
            cells[row.ordinal() * COLUMNS + TOTAL] = Math.addExact(cells[row.ordinal() * COLUMNS + TOTAL], 1);
        }

        /** @return the table of the requests added so far */
        public Table3 build() {
            return new Table3(cells.clone());
        }
    }

    /**
     * @param row a row
     * @param column a column
     * @return the count in that cell
     */
    public int count(Table3Row row, Table3Column column) {
        return cells[row.ordinal() * COLUMNS + column.ordinal()];
    }

    /**
     * @param row a row
     * @return the row's 7 counts in column order
     */
    public List<Integer> row(Table3Row row) {
        ImmutableList.Builder<Integer> b = ImmutableList.builderWithExpectedSize(COLUMNS);
        for (int c = 0; c < COLUMNS; c++) {
            b.add(cells[row.ordinal() * COLUMNS + c]);
        }
        return b.build();
    }

    /** @return a fresh copy of the 25 × 7 numbers, in the layout {@link #of(int[][])} takes */
    public int[][] toGrid() {
        int[][] grid = new int[ROWS][];
        for (int r = 0; r < ROWS; r++) {
            grid[r] = Arrays.copyOfRange(cells, r * COLUMNS, (r + 1) * COLUMNS);
        }
        return grid;
    }

    /**
     * Checks the format's rules, in this order: negative counts (every cell), row totals (every row), （七）总计
     * (every column), then the balance 一 + 二 = 三（七） + 四 (every column). A wrong number usually breaks more than
     * one rule; each broken cell is reported once per rule.
     *
     * @return the violations, empty when the table is consistent
     */
    public List<ConsistencyViolation> checkConsistency() {
        ImmutableList.Builder<ConsistencyViolation> out = ImmutableList.builder();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                int v = cells[r * COLUMNS + c];
                if (v < 0) {
                    out.add(violation(ConsistencyRule.NEGATIVE_COUNT, ROW_VALUES[r], COLUMN_VALUES[c], 0, v));
                }
            }
        }
        for (int r = 0; r < ROWS; r++) {
            long sum = 0;
            for (int c = 0; c < TOTAL; c++) {
                sum += cells[r * COLUMNS + c];
            }
            int total = cells[r * COLUMNS + TOTAL];
            if (sum != total) {
                out.add(violation(ConsistencyRule.ROW_TOTAL, ROW_VALUES[r], Table3Column.TOTAL, sum, total));
            }
        }
        for (int c = 0; c < COLUMNS; c++) {
            long sum = 0;
            for (Table3Row row : ROW_VALUES) {
                if (row.isResult()) {
                    sum += cells[row.ordinal() * COLUMNS + c];
                }
            }
            int total = count(Table3Row.RESULT_TOTAL, COLUMN_VALUES[c]);
            if (sum != total) {
                out.add(violation(ConsistencyRule.RESULT_TOTAL, Table3Row.RESULT_TOTAL, COLUMN_VALUES[c], sum, total));
            }
        }
        for (Table3Column column : COLUMN_VALUES) {
            long expected = (long) count(Table3Row.NEW_THIS_YEAR, column)
                    + count(Table3Row.CARRIED_OVER_FROM_LAST_YEAR, column) - count(Table3Row.RESULT_TOTAL, column);
            int actual = count(Table3Row.CARRIED_TO_NEXT_YEAR, column);
            if (expected != actual) {
                out.add(violation(ConsistencyRule.BALANCE, Table3Row.CARRIED_TO_NEXT_YEAR, column, expected, actual));
            }
        }
        return out.build();
    }

    /** @return true when {@link #checkConsistency()} finds nothing */
    public boolean isConsistent() {
        return checkConsistency().isEmpty();
    }

    /**
     * Checks this year's row 二 (上年结转) against last year's row 四 (结转下年度继续办理), column by column.
     *
     * @param previousYear last year's table 三 of the same agency
     * @return the violations ({@link ConsistencyRule#CARRIED_OVER_MISMATCH} at this year's 二), empty when they agree
     */
    public List<ConsistencyViolation> checkContinuity(Table3 previousYear) {
        Objects.requireNonNull(previousYear, "previousYear");
        ImmutableList.Builder<ConsistencyViolation> out = ImmutableList.builder();
        for (Table3Column column : COLUMN_VALUES) {
            int expected = previousYear.count(Table3Row.CARRIED_TO_NEXT_YEAR, column);
            int actual = count(Table3Row.CARRIED_OVER_FROM_LAST_YEAR, column);
            if (expected != actual) {
                out.add(violation(ConsistencyRule.CARRIED_OVER_MISMATCH, Table3Row.CARRIED_OVER_FROM_LAST_YEAR, column,
                        expected, actual));
            }
        }
        return out.build();
    }

    private static ConsistencyViolation violation(ConsistencyRule rule, Table3Row row, Table3Column column,
            long expected, long actual) {
        return new ConsistencyViolation(rule, TABLE, row, column, expected, actual);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table3 other && Arrays.equals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    /** @return the table as lines {@code reference label | 7 counts} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("表三 收到和处理政府信息公开申请情况\n");
        for (Table3Row row : ROW_VALUES) {
            sb.append(row.reference()).append(' ').append(row.label());
            for (int c = 0; c < COLUMNS; c++) {
                sb.append(" | ").append(cells[row.ordinal() * COLUMNS + c]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
