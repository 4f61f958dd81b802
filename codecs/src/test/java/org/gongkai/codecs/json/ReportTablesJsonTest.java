package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Column;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.junit.jupiter.api.Test;

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
}
