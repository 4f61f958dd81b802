package org.gongkai.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Table 二 of the annual report (主动公开政府信息情况), format 国办公开办函〔2021〕30号: documents issued, repealed and in
 * force (规章, 行政规范性文件), decisions made (行政许可, 行政处罚, 行政强制) and fees charged (行政事业性收费, in units of
 * 10,000 yuan). A cell left unset is one the report marks as not applicable ("/", as real reports print it), which is
 * not the same as 0. Immutable and thread-safe.
 */
public final class Table2 {
    private static final String TABLE = "二";

    private final Map<Table2Row, Map<Table2Column, Long>> counts;
    private final BigDecimal fees;

    private Table2(Map<Table2Row, Map<Table2Column, Long>> counts, BigDecimal fees) {
        this.counts = counts;
        this.fees = fees;
    }

    /** @return a builder with every cell not applicable */
    public static Builder builder() {
        return new Builder();
    }

    /** Fills table 二 cell by cell. */
    public static final class Builder {
        private final Map<Table2Row, Map<Table2Column, Long>> counts = new EnumMap<>(Table2Row.class);
        private BigDecimal fees;

        private Builder() {
        }

        /**
         * @param row a row other than 行政事业性收费
         * @param column one of the row's columns
         * @param count the count as reported (a negative count is kept, for {@link Table2#checkConsistency()})
         * @return this builder
         * @throws IllegalArgumentException when the row does not have that column, or is 行政事业性收费
         */
        public Builder count(Table2Row row, Table2Column column, long count) {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
            if (!row.columns().contains(column) || column == Table2Column.FEES) {
                throw new IllegalArgumentException("table 二 row " + row.label() + " has no count column "
                        + column.label() + "; its columns are " + row.columns().stream().map(Table2Column::label)
                        .toList());
            }
            counts.computeIfAbsent(row, r -> new EnumMap<>(Table2Column.class)).put(column, count);
            return this;
        }

        /**
         * @param row 规章 or 行政规范性文件
         * @param issued 本年制发件数
         * @param repealed 本年废止件数
         * @param inForce 现行有效件数
         * @return this builder
         */
        public Builder documents(Table2Row row, long issued, long repealed, long inForce) {
            return count(row, Table2Column.ISSUED, issued).count(row, Table2Column.REPEALED, repealed)
                    .count(row, Table2Column.IN_FORCE, inForce);
        }

        /**
         * @param amount 本年收费金额 in units of 10,000 yuan (万元), not negative
         * @return this builder
         * @throws IllegalArgumentException when the amount is negative
         */
        public Builder fees(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("table 二 行政事业性收费: a fee amount cannot be negative, found "
                        + amount.toPlainString());
            }
            this.fees = amount;
            return this;
        }

        /** @return the table */
        public Table2 build() {
            ImmutableMap.Builder<Table2Row, Map<Table2Column, Long>> b = ImmutableMap.builder();
            counts.forEach((row, cells) -> b.put(row, ImmutableMap.copyOf(cells)));
            return new Table2(b.build(), fees);
        }
    }

    /**
     * @param row a row
     * @param column one of its count columns
     * @return the count, or empty when the cell is not applicable ("/") or the row has no such column
     */
    public OptionalLong count(Table2Row row, Table2Column column) {
        Long v = counts.getOrDefault(row, Map.of()).get(column);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** @return the fees charged (行政事业性收费) in units of 10,000 yuan, or empty when not applicable */
    public Optional<BigDecimal> fees() {
        return Optional.ofNullable(fees);
    }

    /** @return the violations (negative counts), empty when consistent */
    public List<ConsistencyViolation> checkConsistency() {
        ImmutableList.Builder<ConsistencyViolation> out = ImmutableList.builder();
        for (Table2Row row : Table2Row.values()) {
            for (Table2Column column : row.columns()) {
                OptionalLong v = count(row, column);
                if (v.isPresent() && v.getAsLong() < 0) {
                    out.add(new ConsistencyViolation(ConsistencyRule.NEGATIVE_COUNT, TABLE, row, column, 0,
                            v.getAsLong()));
                }
            }
        }
        return out.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table2 other && counts.equals(other.counts) && Objects.equals(fees, other.fees);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts, fees);
    }

    /** @return the rows with their counts ("/" for not applicable) */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("表二 主动公开政府信息情况");
        for (Table2Row row : Table2Row.values()) {
            sb.append('\n').append(row.article()).append(' ').append(row.label());
            for (Table2Column column : row.columns()) {
                sb.append(" | ").append(column.label()).append(' ');
                if (column == Table2Column.FEES) {
                    sb.append(fees == null ? "/" : fees.toPlainString());
                } else {
                    OptionalLong v = count(row, column);
                    sb.append(v.isPresent() ? Long.toString(v.getAsLong()) : "/");
                }
            }
        }
        return sb.toString();
    }
}
