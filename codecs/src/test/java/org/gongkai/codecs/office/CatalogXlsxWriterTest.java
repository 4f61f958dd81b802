package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.codecs.Generators;
import org.gongkai.codecs.table.CatalogTableReader;
import org.gongkai.codecs.table.TableFormats;
import org.gongkai.codecs.table.TableInput;
import org.gongkai.codecs.table.TableReadResult;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.ItemName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The .xlsx writer: generated catalogs (see {@link Generators}) written and read back unchanged, in one sheet or one
 * sheet per domain; the written workbook has the national layout (title row merged across the table, the two-row
 * header with its group headers merged over their sub-headers and single headers over both rows).
 */
class CatalogXlsxWriterTest {
    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.range(0, 30).mapToObj(i -> 0x0FF1_CE00L + i);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(DisclosureItem item, boolean withoutInherited) {
        com.fasterxml.jackson.databind.node.ObjectNode n = org.gongkai.codecs.json.GongkaiJson.mapper()
                .valueToTree(item);
        if (withoutInherited) {
            n.remove("inherited");
        }
        return n;
    }

    private static byte[] write(Catalog c, CatalogXlsxWriter.Options o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogXlsxWriter.write(c, out, o);
        return out.toByteArray();
    }

    private static TableReadResult read(byte[] xlsx) {
        return CatalogTableReader.read(TableFormats.open(TableInput.of(new ByteArrayInputStream(xlsx), "c.xlsx"),
                null), CatalogTableReader.Options.defaults());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedCatalogsRoundTripThroughXlsxUnchanged(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Catalog c = Generators.catalog(r, 1 + r.nextInt(12), true);
        boolean perDomain = seed % 2 == 1;
        TableReadResult back = read(write(c, CatalogXlsxWriter.Options.defaults().withSheetPerDomain(perDomain)));
        List<DisclosureItem> expected = new ArrayList<>();
        List<Boolean> samePredecessor = new ArrayList<>();
        if (perDomain) {
            Map<String, List<Integer>> byDomain = new LinkedHashMap<>();
            for (int i = 0; i < c.items().size(); i++) {
                byDomain.computeIfAbsent(c.items().get(i).domain(), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> g : byDomain.values()) {
                for (int k = 0; k < g.size(); k++) {
                    expected.add(c.items().get(g.get(k)));
                    // the item above it in its sheet is the one above it in the catalog (or it was first in both)
                    samePredecessor.add(k == 0 ? g.get(k) == 0 : g.get(k - 1) == g.get(k) - 1);
                }
            }
        } else {
            expected.addAll(c.items());
            c.items().forEach(i -> samePredecessor.add(true));
            assertThat(back.catalog().title()).isEqualTo(c.title());
        }
        back.tables().forEach(t -> assertThat(t.problems()).as(t.toString()).isEmpty());
        assertThat(back.catalog().items()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            DisclosureItem got = back.catalog().items().get(i);
            DisclosureItem want = expected.get(i);
            if (samePredecessor.get(i)) {
                assertThat(got).as("item %d", i).isEqualTo(want);
            } else {
                // regrouped by domain, the item follows another row than in the catalog: what it took from the row
                // above (同上) is written out as its own value, so every value is equal but not the inherited marks
                assertThat(tree(got, true)).as("item %d", i).isEqualTo(tree(want, true));
            }
        }
    }

    @Test
    void theWorkbookHasTheNationalLayout() throws IOException {
        Catalog c = Catalog.builder().title("某县义务教育领域基层政务公开标准目录").publisher("某县")
                .addItems(List.of(DisclosureItem.builder().name(ItemName.of("招生管理", "招生政策"))
                        .content("●随迁子女入学办法").build()))
                .build();
        byte[] xlsx = write(c, CatalogXlsxWriter.Options.defaults());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("目录");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("某县义务教育领域基层政务公开标准目录");
            List<String> merged = new ArrayList<>();
            for (CellRangeAddress a : s.getMergedRegions()) {
                merged.add(a.formatAsString());
            }
            int width = s.getRow(1).getLastCellNum();
            // L1 of the national guides (catalog-layouts.md): 序号 | 公开事项{一级事项, 二级事项} | 公开内容（要素） |
            // 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 | 公开对象{全社会, 特定群体} | 公开方式{主动, 依申请} |
            // 公开层级{县级, 乡级}: 1 + 2 + 5 + 2 + 2 + 2 = 14 columns, A..N
            assertThat(width).isEqualTo(14);
            assertThat(merged).contains("A1:N1", "A2:A3", "B2:C2", "D2:D3", "H2:H3", "I2:J2", "K2:L2", "M2:N2");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("公开事项");
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("一级事项");
            assertThat(s.getRow(3).getCell(7).getStringCellValue()).isEmpty(); // no channel selected
        }
    }

    @Test
    void aWrittenFileReadsAsAFileToo() throws IOException {
        Catalog c = Generators.catalog(new SplittableRandom(7), 5, true);
        Path f = dir.resolve("out.xlsx");
        Files.write(f, write(c, CatalogXlsxWriter.Options.defaults()));
        TableReadResult back = CatalogTableReader.read(f, CatalogTableReader.Options.defaults());
        assertThat(back.catalog().items()).isEqualTo(c.items());
    }

    @Test
    void aCellLongerThanExcelHoldsIsRefusedNamingTheItem() {
        Catalog c = Catalog.builder().title("t").publisher("")
                .addItems(List.of(DisclosureItem.builder().name(ItemName.of("财政", "预算"))
                        .content("长".repeat(CatalogXlsxWriter.MAX_CELL_CHARS + 1)).build()))
                .build();
        assertThatThrownBy(() -> write(c, CatalogXlsxWriter.Options.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32767")
                .hasMessageContaining("预算");
    }
}
