package org.gongkai.report;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Table 四 of the annual report (政府信息公开行政复议、行政诉讼情况), format 国办公开办函〔2021〕30号: 15 counts,
 * printed in one row as three blocks ({@link Proceeding}: 行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉) of five
 * columns ({@link Result}: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计). Rule: each block's 总计 is the sum of its four
 * results ({@link ConsistencyRule#PROCEEDING_TOTAL}), and no count is negative.
 *
 * <p>Immutable and thread-safe; equal when all 15 counts are.
 */
public final class Table4 {
    /** Number of counts. */
    public static final int CELLS = 15;
    private static final String TABLE = "四";
    private static final int RESULTS = Result.values().length;

    /** The three blocks of table 四, in printed order. */
    public enum Proceeding implements ReportLabel {
        /** 行政复议. */
        ADMINISTRATIVE_RECONSIDERATION("行政复议"),
        /** 行政诉讼 / 未经复议直接起诉. */
        LITIGATION_WITHOUT_RECONSIDERATION("未经复议直接起诉"),
        /** 行政诉讼 / 复议后起诉. */
        LITIGATION_AFTER_RECONSIDERATION("复议后起诉");

        private final String label;

        Proceeding(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /** @return the label, qualified by 行政诉讼 for the two litigation blocks */
        @Override
        public String reference() {
            return this == ADMINISTRATIVE_RECONSIDERATION ? label : "行政诉讼/" + label;
        }
    }

    /** The five columns of each block, in printed order. */
    public enum Result implements ReportLabel {
        /** 结果维持: the agency's reply upheld. */
        UPHELD("结果维持"),
        /** 结果纠正: the agency's reply corrected. */
        CORRECTED("结果纠正"),
        /** 其他结果. */
        OTHER("其他结果"),
        /** 尚未审结: not yet decided. */
        PENDING("尚未审结"),
        /** 总计: the sum of the four. */
        TOTAL("总计");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String reference() {
            return label;
        }
    }

    private final int[] cells;

    private Table4(int[] cells) {
        this.cells = cells;
    }

    /**
     * Reads the table from its 15 numbers as printed: 行政复议 (结果维持, 结果纠正, 其他结果, 尚未审结, 总计), then 未经复议直接起诉
     * (the same five), then 复议后起诉 (the same five).
     *
     * @param counts the 15 counts
     * @return the table, whether or not its numbers are consistent
     * @throws IllegalArgumentException when there are not 15 numbers
     */
    public static Table4 of(int... counts) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length != CELLS) {
            throw new IllegalArgumentException("table 四 has " + CELLS + " numbers, found " + counts.length);
        }
        return new Table4(counts.clone());
    }

    /**
     * Builds a consistent table from the four results of each block; the 总计 columns are computed.
     *
     * @param reconsideration 行政复议: 结果维持, 结果纠正, 其他结果, 尚未审结
     * @param litigationDirect 未经复议直接起诉: the same four
     * @param litigationAfterReconsideration 复议后起诉: the same four
     * @return the table
     * @throws IllegalArgumentException when a block does not have 4 numbers
     */
    public static Table4 ofResults(int[] reconsideration, int[] litigationDirect,
            int[] litigationAfterReconsideration) {
        int[][] blocks = {reconsideration, litigationDirect, litigationAfterReconsideration};
        int[] cells = new int[CELLS];
        for (int b = 0; b < blocks.length; b++) {
            int[] block = blocks[b];
            if (block == null || block.length != RESULTS - 1) {
                throw new IllegalArgumentException("table 四 block " + Proceeding.values()[b].reference()
                        + " has 4 results, found " + (block == null ? "none" : block.length));
            }
            int sum = 0;
            for (int k = 0; k < RESULTS - 1; k++) {
                cells[b * RESULTS + k] = block[k];
                sum = Math.addExact(sum, block[k]);
            }
            cells[b * RESULTS + RESULTS - 1] = sum;
        }
        return new Table4(cells);
    }

    /**
     * @param proceeding a block
     * @param result a column of the block
     * @return the count in that cell
     */
    public int count(Proceeding proceeding, Result result) {
        return cells[proceeding.ordinal() * RESULTS + result.ordinal()];
    }

    /** @return the 15 counts in printed order */
    public List<Integer> counts() {
        ImmutableList.Builder<Integer> b = ImmutableList.builderWithExpectedSize(CELLS);
        for (int v : cells) {
            b.add(v);
        }
        return b.build();
    }

    /** @return the violations of the rules (negative counts first, then each block's 总计), empty when consistent */
    public List<ConsistencyViolation> checkConsistency() {
        ImmutableList.Builder<ConsistencyViolation> out = ImmutableList.builder();
        for (Proceeding p : Proceeding.values()) {
            for (Result r : Result.values()) {
                if (count(p, r) < 0) {
                    out.add(new ConsistencyViolation(ConsistencyRule.NEGATIVE_COUNT, TABLE, p, r, 0, count(p, r)));
                }
            }
        }
        for (Proceeding p : Proceeding.values()) {
            long sum = (long) count(p, Result.UPHELD) + count(p, Result.CORRECTED) + count(p, Result.OTHER)
                    + count(p, Result.PENDING);
            if (sum != count(p, Result.TOTAL)) {
                out.add(new ConsistencyViolation(ConsistencyRule.PROCEEDING_TOTAL, TABLE, p, Result.TOTAL, sum,
                        count(p, Result.TOTAL)));
            }
        }
        return out.build();
    }

    /** @return true when {@link #checkConsistency()} finds nothing */
    public boolean isConsistent() {
        return checkConsistency().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table4 other && Arrays.equals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    /** @return the three blocks with their five counts */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("表四 政府信息公开行政复议、行政诉讼情况");
        for (Proceeding p : Proceeding.values()) {
            sb.append("\n").append(p.reference());
            for (Result r : Result.values()) {
                sb.append(" | ").append(r.label()).append(' ').append(count(p, r));
            }
        }
        return sb.toString();
    }
}
