package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Table 二 (主动公开政府信息情况) of 国办公开办函〔2021〕30号, rows per reference/regulation.md. */
class Table2Test {

    @Test
    void theFilled2024LonggangTable() {
        // lg.gov.cn 2024: 规章 0/0/0; 行政规范性文件 5/1/25; 行政许可 0; 行政处罚 0; 行政强制 0; 行政事业性收费 0
        Table2 table = Table2.builder()
                .documents(Table2Row.RULES, 0, 0, 0)
                .documents(Table2Row.NORMATIVE_DOCUMENTS, 5, 1, 25)
                .count(Table2Row.ADMINISTRATIVE_LICENSING, Table2Column.DECISIONS, 0)
                .count(Table2Row.ADMINISTRATIVE_PENALTY, Table2Column.DECISIONS, 0)
                .count(Table2Row.ADMINISTRATIVE_COERCION, Table2Column.DECISIONS, 0)
                .fees(BigDecimal.ZERO)
                .build();
        assertThat(table.checkConsistency()).isEmpty();
        assertThat(table.count(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE)).hasValue(25);
        assertThat(table.fees()).contains(BigDecimal.ZERO);
    }

    @Test
    void notApplicableIsNotZero() {
        // 岳阳市信访局 2021 prints "/" for 规章 and 行政许可
        Table2 table = Table2.builder().documents(Table2Row.NORMATIVE_DOCUMENTS, 21, 0, 21).build();
        assertThat(table.count(Table2Row.RULES, Table2Column.ISSUED)).isEmpty();
        assertThat(table.fees()).isEmpty();
        assertThat(table.toString()).contains("规章 | 本年制发件数 / | 本年废止件数 / | 现行有效件数 /");
    }

    @Test
    void aNegativeCountIsNamed() {
        Table2 table = Table2.builder().count(Table2Row.ADMINISTRATIVE_PENALTY, Table2Column.DECISIONS, -2).build();
        assertThat(table.checkConsistency()).extracting(ConsistencyViolation::cell)
                .containsExactly("表二 行政处罚/本年处理决定数量");
    }

    @Test
    void aRowHasOnlyItsOwnColumns() {
        assertThatThrownBy(() -> Table2.builder().count(Table2Row.ADMINISTRATIVE_LICENSING, Table2Column.ISSUED, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("行政许可");
        assertThatThrownBy(() -> Table2.builder().fees(new BigDecimal("-0.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
