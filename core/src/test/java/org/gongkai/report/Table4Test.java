package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.report.Table4.Proceeding;
import org.gongkai.report.Table4.Result;
import org.junit.jupiter.api.Test;

/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况) of 国办公开办函〔2021〕30号: three blocks of 结果维持, 结果纠正, 其他结果,
 * 尚未审结, 总计; each 总计 is the sum of its four (reference/regulation.md).
 */
class Table4Test {

    @Test
    void aConsistentTableReadAsPrinted() {
        // 行政复议 2 upheld + 1 corrected + 0 + 1 pending = 4; 直接起诉 1 + 0 + 0 + 0 = 1; 复议后起诉 0 + 0 + 0 + 1 = 1
        Table4 table = Table4.of(2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1);
        assertThat(table.checkConsistency()).isEmpty();
        assertThat(table.count(Proceeding.ADMINISTRATIVE_RECONSIDERATION, Result.TOTAL)).isEqualTo(4);
        assertThat(table.count(Proceeding.LITIGATION_AFTER_RECONSIDERATION, Result.PENDING)).isEqualTo(1);
        assertThat(Table4.ofResults(new int[] {2, 1, 0, 1}, new int[] {1, 0, 0, 0}, new int[] {0, 0, 0, 1}))
                .isEqualTo(table);
    }

    @Test
    void allZeroIsConsistent() {
        // most grassroots bodies report no reconsideration or litigation at all (e.g. 威海市文登区信访局 2022)
        assertThat(Table4.of(new int[15]).isConsistent()).isTrue();
    }

    @Test
    void aWrongTotalIsNamedInItsBlock() {
        // 未经复议直接起诉: 1 + 1 + 0 + 0 = 2, printed 3
        Table4 table = Table4.of(0, 0, 0, 0, 0, 1, 1, 0, 0, 3, 0, 0, 0, 0, 0);
        assertThat(table.checkConsistency()).extracting(ConsistencyViolation::toString).containsExactly(
                "表四 行政诉讼/未经复议直接起诉/总计: PROCEEDING_TOTAL (总计 must equal 结果维持 + 结果纠正 + 其他结果 + "
                        + "尚未审结): expected 2, found 3");
    }

    @Test
    void aNegativeCountIsNamed() {
        Table4 table = Table4.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, -1, 0, 0, 0);
        assertThat(table.checkConsistency()).extracting(ConsistencyViolation::rule, ConsistencyViolation::cell)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsistencyRule.NEGATIVE_COUNT, "表四 行政诉讼/复议后起诉/结果纠正"));
    }

    @Test
    void notFifteenNumbersIsRejected() {
        assertThatThrownBy(() -> Table4.of(1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table 四 has 15 numbers, found 3");
    }
}
