package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gongkai.item.Catalog;
import org.gongkai.validation.testing.RealRows;
import org.junit.jupiter.api.Test;

/**
 * Every real row of reference/catalog-rows.jsonl through the facade (default options: the 26 standard domains).
 * The bar: no ERROR on a well-formed row. Each row that does raise an ERROR is listed here with the reason,
 * checked by hand against the row and its transcriber's note.
 */
class RealRowsTest {
    static final List<RealRows.Row> ROWS = RealRows.load();

    /** Rows with an ERROR, by line: the codes, and why each is a defect of the row as we have it. */
    static final Map<Integer, Set<RuleCode>> EXPECTED_ERRORS = Map.of(
            // basis cell null in the transcription of a PDF whose cells are line-broken (mdx.gov.cn): not captured
            10, Set.of(RuleCode.ITEM_BASIS_MISSING),
            // "truncated in excerpt": basis, deadline, subject and channels were not transcribed
            44, Set.of(RuleCode.ITEM_BASIS_MISSING, RuleCode.ITEM_DEADLINE_MISSING, RuleCode.ITEM_BODY_MISSING),
            // "truncated in excerpt": subject and channels not transcribed
            50, Set.of(RuleCode.ITEM_BODY_MISSING),
            // "xlsx flattened": subject and channels lost in the flattening
            89, Set.of(RuleCode.ITEM_BODY_MISSING),
            // 嵩明县 卫生健康 公共事业单位 list: not a 54号 catalog; its rows carry no 公开依据 at all
            96, Set.of(RuleCode.ITEM_BASIS_MISSING),
            97, Set.of(RuleCode.ITEM_BASIS_MISSING),
            // 合肥 mirror: subject and channels columns not transcribed
            104, Set.of(RuleCode.ITEM_BODY_MISSING),
            // 济南市统计局 主动公开基本目录: no domain at all (the "domain" is the transcriber's remark)
            124, Set.of(RuleCode.DOMAIN_UNKNOWN));

    @Test
    void noErrorOnAWellFormedRowAndEveryErrorIsAKnownDefectOfItsRow() {
        DisclosureValidator v = DisclosureValidator.standard();
        Map<Integer, Set<RuleCode>> errors = new TreeMap<>();
        for (RealRows.Row r : ROWS) {
            ValidationReport rep = v.validate(r.item());
            if (!rep.isValid()) {
                errors.put(r.line(), rep.errors().stream().map(Violation::code).collect(Collectors.toSet()));
            }
        }
        assertThat(errors).isEqualTo(EXPECTED_ERRORS);
        assertThat(ROWS).hasSize(125).allSatisfy(r -> assertThat(r.levelProblem()).isNull());
    }

    @Test
    void tableOfCodesByRowAndByCatalog() {
        DisclosureValidator v = DisclosureValidator.standard();
        Map<RuleCode, Integer> byRow = new EnumMap<>(RuleCode.class);
        for (RealRows.Row r : ROWS) {
            v.validate(r.item()).countsByCode().keySet().forEach(c -> byRow.merge(c, 1, Integer::sum));
        }
        // the rows of one source page form one (partial) catalog of the row's domain
        Map<String, Catalog.Builder> catalogs = new LinkedHashMap<>();
        for (RealRows.Row r : ROWS) {
            catalogs.computeIfAbsent(r.source(), s -> Catalog.builder().title(r.publisher()).addDomain(r.item().domain()))
                    .addItem(r.item());
        }
        Map<RuleCode, Integer> byCatalog = new EnumMap<>(RuleCode.class);
        for (Catalog.Builder b : catalogs.values()) {
            v.validate(b.build()).countsByCode().keySet().forEach(c -> byCatalog.merge(c, 1, Integer::sum));
        }
        System.out.println("rows " + ROWS.size() + ", catalogs " + catalogs.size());
        System.out.println("| code | severity | rows | catalogs |");
        for (RuleCode c : RuleCode.values()) {
            if (byRow.containsKey(c) || byCatalog.containsKey(c)) {
                System.out.println("| " + c + " | " + c.severity() + " | " + byRow.getOrDefault(c, 0) + " | "
                        + byCatalog.getOrDefault(c, 0) + " |");
            }
        }
        // tick columns are what the transcriptions lose most: most rows lack audience and method ticks
        assertThat(byRow.get(RuleCode.ITEM_AUDIENCE_MISSING)).isGreaterThan(ROWS.size() / 2);
        assertThat(byRow).doesNotContainKey(RuleCode.PROACTIVE_WITHOUT_CHANNEL);
    }
}
