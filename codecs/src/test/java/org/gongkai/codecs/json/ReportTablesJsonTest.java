package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Column;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportTablesJsonTest {
    private final ObjectMapper m = GongkaiJson.mapper();

    /** 行政复议: 1 维持, 2 纠正, 0 其他, 1 尚未审结 → 总计 4; 直接起诉: none; 复议后起诉: 3 维持, 1 其他 → 总计 4. */
    private static Table4 table4() {
        return Table4.ofResults(new int[] {1, 2, 0, 1}, new int[] {0, 0, 0, 0}, new int[] {3, 0, 1, 0});
    }

    @Test
    void table4IsWrittenByBlockAndResultAndReadBack() throws Exception {
        String json = m.writeValueAsString(table4());
        assertThat(json).isEqualTo("{\"ADMINISTRATIVE_RECONSIDERATION\":{\"UPHELD\":1,\"CORRECTED\":2,\"OTHER\":0,"
                + "\"PENDING\":1,\"TOTAL\":4},\"LITIGATION_WITHOUT_RECONSIDERATION\":{\"UPHELD\":0,\"CORRECTED\":0,"
                + "\"OTHER\":0,\"PENDING\":0,\"TOTAL\":0},\"LITIGATION_AFTER_RECONSIDERATION\":{\"UPHELD\":3,"
                + "\"CORRECTED\":0,\"OTHER\":1,\"PENDING\":0,\"TOTAL\":4}}");
        assertThat(m.readValue(json, Table4.class)).isEqualTo(table4());
        // the printed labels are accepted on input
        String labels = json.replace("ADMINISTRATIVE_RECONSIDERATION", "行政复议").replace("\"UPHELD\"", "\"结果维持\"");
        assertThat(m.readValue(labels, Table4.class)).isEqualTo(table4());
    }

    @Test
    void aMissingCellIsAnErrorNamingIt() {
        String json = "{\"ADMINISTRATIVE_RECONSIDERATION\":{\"UPHELD\":1}}";
        assertThatThrownBy(() -> m.readValue(json, Table4.class))
                .hasMessageContaining("the row ADMINISTRATIVE_RECONSIDERATION has no CORRECTED");
        assertThatThrownBy(() -> m.readValue("{\"行政复议\":{\"UPHELD\":-1}}", Table4.class))
                .hasMessageContaining("expected a count");
    }

    @Test
    void table3RoundTripsEveryCell() throws Exception {
        int[][] grid = new int[Table3.ROWS][Table3.COLUMNS];
        for (int r = 0; r < Table3.ROWS; r++) {
            for (int c = 0; c < Table3.COLUMNS; c++) {
                grid[r][c] = r * 10 + c;
            }
        }
        Table3 t = Table3.of(grid);
        String json = m.writeValueAsString(t);
        assertThat(m.readValue(json, Table3.class)).isEqualTo(t);
        Table3Row row = Table3Row.values()[2];
        assertThat(m.readTree(json).get(row.name()).get(Table3Column.NATURAL_PERSON.name()).asInt()).isEqualTo(20);
    }

    /**
     * Table 二 as printed: 规章 2 issued, 0 repealed, 15 in force; 行政规范性文件 12, 3, 148; 行政许可 1203 decisions;
     * 行政处罚 56; 行政强制 "/" (not applicable, not 0); fees 12.50 万元 (the scale as reported).
     */
    static Table2 table2() {
        return Table2.builder().documents(Table2Row.RULES, 2, 0, 15)
                .documents(Table2Row.NORMATIVE_DOCUMENTS, 12, 3, 148)
                .count(Table2Row.ADMINISTRATIVE_LICENSING, Table2Column.DECISIONS, 1203)
                .count(Table2Row.ADMINISTRATIVE_PENALTY, Table2Column.DECISIONS, 56)
                .fees(new BigDecimal("12.50")).build();
    }

    static final String TABLE2 = "{\"RULES\":{\"ISSUED\":2,\"REPEALED\":0,\"IN_FORCE\":15},"
            + "\"NORMATIVE_DOCUMENTS\":{\"ISSUED\":12,\"REPEALED\":3,\"IN_FORCE\":148},"
            + "\"ADMINISTRATIVE_LICENSING\":{\"DECISIONS\":1203},\"ADMINISTRATIVE_PENALTY\":{\"DECISIONS\":56},"
            + "\"ADMINISTRATIVE_COERCION\":{\"DECISIONS\":null},\"ADMINISTRATIVE_FEES\":{\"FEES\":12.50}}";

    @Test
    void table2IsWrittenByRowWithNullForNotApplicableAndReadBack() throws Exception {
        assertThat(m.writeValueAsString(table2())).isEqualTo(TABLE2);
        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(TABLE2)).isEqualTo(GoldenJsonTest.golden(plain, "golden-table2.json"));
        Table2 back = m.readValue(TABLE2, Table2.class);
        assertThat(back).isEqualTo(table2());
        assertThat(back.count(Table2Row.ADMINISTRATIVE_COERCION, Table2Column.DECISIONS)).isEmpty();
        assertThat(back.fees()).contains(new BigDecimal("12.50"));
        // the printed labels (行政强制, 本年收费金额（单位：万元）) are accepted on input
        String labels = TABLE2.replace("\"ADMINISTRATIVE_COERCION\"", "\"行政强制\"")
                .replace("\"FEES\"", "\"本年收费金额（单位：万元）\"").replace("\"RULES\"", "\"规章\"");
        assertThat(m.readValue(labels, Table2.class)).isEqualTo(table2());
    }

    @Test
    void table2ErrorsNameTheCell() {
        assertThatThrownBy(() -> m.readValue(TABLE2.replace("{\"DECISIONS\":56}", "{\"ISSUED\":56}"), Table2.class))
                .hasMessageContaining("the row ADMINISTRATIVE_PENALTY has no column ISSUED")
                .hasMessageContaining("/ADMINISTRATIVE_PENALTY/ISSUED");
        assertThatThrownBy(() -> m.readValue(TABLE2.replace("\"REPEALED\":0,", ""), Table2.class))
                .hasMessageContaining("the row RULES has no REPEALED (null when not applicable)");
        assertThatThrownBy(() -> m.readValue(TABLE2.replace(",\"ADMINISTRATIVE_FEES\":{\"FEES\":12.50}", ""),
                Table2.class)).hasMessageContaining("the row ADMINISTRATIVE_FEES is missing");
        assertThatThrownBy(() -> m.readValue(TABLE2.replace("12.50", "-1"), Table2.class))
                .hasMessageContaining("expected the fees in 万元");
        assertThatThrownBy(() -> m.readValue(TABLE2.replace("1203", "12.5"), Table2.class))
                .hasMessageContaining("expected a count");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    /** Random cells, some not applicable, negative counts kept (Table2 reports them, it does not refuse them). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedTable2SurvivesJsonObjectJsonUnchanged(long seed) throws Exception {
        Random r = new Random(seed);
        Table2.Builder b = Table2.builder();
        for (Table2Row row : Table2Row.values()) {
            for (Table2Column c : row.columns()) {
                if (r.nextInt(4) == 0) {
                    continue;
                }
                if (c == Table2Column.FEES) {
                    b.fees(BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(5)));
                } else {
                    b.count(row, c, r.nextInt(10) == 0 ? -r.nextInt(5) : r.nextInt(100_000));
                }
            }
        }
        Table2 t = b.build();
        String json = m.writeValueAsString(t);
        Table2 back = m.readValue(json, Table2.class);
        assertThat(back).isEqualTo(t);
        assertThat(m.writeValueAsString(back)).isEqualTo(json);
    }
}
