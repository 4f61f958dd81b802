package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw cells the Excel and Word readers yield for the real-shaped fixtures (one table per domain of the 125
 * reference rows): every cell's text as written, and every cell a merged region covers marked as a continuation
 * carrying the region's text (ECMA-376 Part 1 §18.3.1.55 mergeCell for .xlsx, the MERGEDCELLS record for .xls,
 * §17.4.85 vMerge and §17.4.17 gridSpan for .docx).
 */
class OfficeCellsTest {
    @TempDir
    Path dir;

    private static List<List<RawCell>> trimmed(List<List<RawCell>> rows) {
        List<List<RawCell>> out = new ArrayList<>();
        for (List<RawCell> r : rows) {
            List<RawCell> c = new ArrayList<>(r);
            while (!c.isEmpty() && c.get(c.size() - 1).equals(RawCell.EMPTY)) {
                c.remove(c.size() - 1);
            }
            out.add(c);
        }
        return out;
    }

    private static void assertSheets(Collect got, List<OfficeFixtures.Table> tables) {
        assertThat(got.tables).hasSize(tables.size());
        for (int k = 0; k < tables.size(); k++) {
            OfficeFixtures.Table t = tables.get(k);
            Collect.Read r = got.tables.get(k);
            assertThat(r.index()).isEqualTo(k + 1);
            assertThat(r.name()).isEqualTo(t.name());
            assertThat(trimmed(r.rows())).as(t.name()).isEqualTo(trimmed(t.expected()));
            List<Long> lines = new ArrayList<>();
            for (long i = 1; i <= t.grid().size(); i++) {
                lines.add(i);
            }
            assertThat(r.lines()).isEqualTo(lines);
        }
    }

    @Test
    void xlsxYieldsEveryCellOfEveryDomainSheetWithMergesMarked() throws IOException {
        List<JsonNode> all = OfficeFixtures.rows();
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(all);
        assertThat(tables).hasSize(31);
        Path f = dir.resolve("catalog.xlsx");
        Files.write(f, OfficeFixtures.xlsx(tables));
        Collect got = new Collect();
        XlsxCells.read(f.toFile(), Limits.defaults(), got);
        assertSheets(got, tables);
        // the title row: one region across the table, continuation cells on the right carry its text
        List<RawCell> title = got.tables.get(0).rows().get(0);
        assertThat(title.get(0)).isEqualTo(new RawCell("某县义务教育领域基层政务公开标准目录", false, false));
        assertThat(title.get(1)).isEqualTo(new RawCell("某县义务教育领域基层政务公开标准目录", false, true));
        // 序号 is merged over the two header rows: the second header row continues it from above
        assertThat(got.tables.get(0).rows().get(2).get(0)).isEqualTo(new RawCell("序号", true, false));
    }

    @Test
    void xlsYieldsTheSameCells() {
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(OfficeFixtures.rows());
        Collect got = new Collect();
        XlsCells.read(new ByteArrayInputStream(OfficeFixtures.xls(tables)), Limits.defaults(), got);
        assertSheets(got, tables);
    }

    @Test
    void docxYieldsEveryTableWithTheHeadingAboveIt() {
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(OfficeFixtures.rows());
        Collect got = new Collect();
        DocxCells.read(new ByteArrayInputStream(OfficeFixtures.docx(tables)), Limits.defaults(), got);
        assertThat(got.tables).hasSize(tables.size());
        for (int k = 0; k < tables.size(); k++) {
            OfficeFixtures.Table t = tables.get(k);
            Collect.Read r = got.tables.get(k);
            assertThat(r.headings()).containsExactly(t.title());
            List<List<RawCell>> expected = t.expected();
            assertThat(trimmed(r.rows())).as(t.name()).isEqualTo(trimmed(expected.subList(1, expected.size())));
        }
    }

    @Test
    void aDocxWithMoreColumnsThanTheLimitIsRefusedWithWhere() {
        List<OfficeFixtures.Table> tables = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        Collect got = new Collect();
        assertThatThrownBy(() -> DocxCells.read(new ByteArrayInputStream(OfficeFixtures.docx(tables)),
                new Limits(5, 1000, 10_000, 1000), got)).isInstanceOf(OfficeReadException.class)
                .hasMessageContaining("more than 5 columns");
    }

    @Test
    void mergeRefsAreReadAsExcelWritesThem() {
        // ECMA-376 §18.3.1.55: ref is an A1-style range; columns A..XFD (16,384), rows 1..1,048,576
        assertThat(XlsxCells.cell("A1")).containsExactly(0, 0);
        assertThat(XlsxCells.cell("AB12")).containsExactly(11, 27);
        assertThat(XlsxCells.cell("$XFD$1048576")).containsExactly(1_048_575, 16_383);
        assertThat(XlsxCells.cell("XFE1")).isNull();
        assertThat(XlsxCells.cell("A1048577")).isNull();
        assertThat(XlsxCells.cell("A0")).isNull();
        assertThat(XlsxCells.cell("1A")).isNull();
    }
}
