package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.gongkai.report.ReportedRequest.Origin;
import org.junit.jupiter.api.Test;

/**
 * Table 三 of the annual report format 国办公开办函〔2021〕30号 (reference/regulation.md, "Annual report").
 *
 * <p>The hand-filled table has the shape of 深圳市龙岗区's published 2024 report (lg.gov.cn): rows 一 (58, 7, 0, 0,
 * 1, 0, 66), 二 (2, 0, …, 2), （一） (2, 1, …, 3), （二） (16, 1, …, 17) and （三）5 (1, …, 1) are the published numbers;
 * the other rows, cut from the excerpt at hand, are filled by hand so that the table balances:
 * <pre>
 * 自然人:     一 58 + 二 2 = 60 = （一）2 + （二）16 + （三）5 1 + （四）1 30 + （四）2 1 + （五）2 2 + （六）1 3 + （六）3 1
 *             → （七）56, 四 4 (56 + 4 = 60)
 * 商业企业:   一 7 = 7 = （一）1 + （二）1 + （四）1 4 → （七）6, 四 1
 * 法律服务机构: 一 1 = 1 = （四）1 1 → （七）1, 四 0
 * 总计:       一 66 + 二 2 = 68 = （七）63 + 四 5
 * </pre>
 */
class Table3Test {

    /** Rows in Table3Row order; columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    static int[][] handFilled() {
        return new int[][] {
            {58, 7, 0, 0, 1, 0, 66}, // 一
            {2, 0, 0, 0, 0, 0, 2}, // 二
            {2, 1, 0, 0, 0, 0, 3}, // 三（一）
            {16, 1, 0, 0, 0, 0, 17}, // 三（二）
            {0, 0, 0, 0, 0, 0, 0}, // 三（三）1
            {0, 0, 0, 0, 0, 0, 0}, // 三（三）2
            {0, 0, 0, 0, 0, 0, 0}, // 三（三）3
            {0, 0, 0, 0, 0, 0, 0}, // 三（三）4
            {1, 0, 0, 0, 0, 0, 1}, // 三（三）5
            {0, 0, 0, 0, 0, 0, 0}, // 三（三）6
            {0, 0, 0, 0, 0, 0, 0}, // 三（三）7
            {0, 0, 0, 0, 0, 0, 0}, // 三（三）8
            {30, 4, 0, 0, 1, 0, 35}, // 三（四）1
            {1, 0, 0, 0, 0, 0, 1}, // 三（四）2
            {0, 0, 0, 0, 0, 0, 0}, // 三（四）3
            {0, 0, 0, 0, 0, 0, 0}, // 三（五）1
            {2, 0, 0, 0, 0, 0, 2}, // 三（五）2
            {0, 0, 0, 0, 0, 0, 0}, // 三（五）3
            {0, 0, 0, 0, 0, 0, 0}, // 三（五）4
            {0, 0, 0, 0, 0, 0, 0}, // 三（五）5
            {3, 0, 0, 0, 0, 0, 3}, // 三（六）1
            {0, 0, 0, 0, 0, 0, 0}, // 三（六）2
            {1, 0, 0, 0, 0, 0, 1}, // 三（六）3
            {56, 6, 0, 0, 1, 0, 63}, // 三（七）
            {4, 1, 0, 0, 0, 0, 5}, // 四
        };
    }

    @Test
    void theFormatHas25RowsOf7ColumnsWithTheirPrintedLabels() {
        assertThat(Table3.ROWS).isEqualTo(25);
        assertThat(Table3.COLUMNS).isEqualTo(7);
        assertThat(Table3Row.NEW_THIS_YEAR.label()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(Table3Row.CARRIED_OVER_FROM_LAST_YEAR.label()).isEqualTo("二、上年结转政府信息公开申请数量");
        assertThat(Table3Row.WITHHELD_SECURITY_AND_STABILITY.label()).isEqualTo("3.危及“三安全一稳定”");
        assertThat(Table3Row.CARRIED_TO_NEXT_YEAR.label()).isEqualTo("四、结转下年度继续办理");
        // 8 grounds of （三）, 3 of （四）, 5 of （五）, 3 of （六）, plus （一） and （二）: 21 result rows
        assertThat(List.of(Table3Row.values())).filteredOn(Table3Row::isResult).hasSize(21);
        assertThat(List.of(Table3Row.values())).filteredOn(r -> r.category().orElse(null) == ResultCategory.WITHHELD)
                .hasSize(8);
        assertThat(List.of(Table3Column.values())).extracting(Table3Column::label)
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(Table3Column.OTHER_ORGANIZATION.reference()).isEqualTo("法人或其他组织/其他");
    }

    @Test
    void labelsAreFoundAsPrintedOnRealPagesWithAsciiOrFullWidthPunctuation() {
        // lg.gov.cn as extracted: "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"
        assertThat(Table3Row.fromLabel("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"))
                .contains(Table3Row.PARTIALLY_DISCLOSED);
        assertThat(Table3Row.fromLabel("（七）总计")).contains(Table3Row.RESULT_TOTAL);
        assertThat(Table3Row.fromLabel("三（三）1")).contains(Table3Row.WITHHELD_STATE_SECRET);
        assertThat(Table3Row.fromLabel("5.属于三类内部事务信息")).contains(Table3Row.WITHHELD_INTERNAL_AFFAIRS);
        assertThat(Table3Row.fromLabel("not a row")).isEmpty();
    }

    @Test
    void theHandFilledTableIsConsistent() {
        Table3 table = Table3.of(handFilled());
        assertThat(table.checkConsistency()).isEmpty();
        assertThat(table.isConsistent()).isTrue();
        assertThat(table.count(Table3Row.NEW_THIS_YEAR, Table3Column.TOTAL)).isEqualTo(66);
        assertThat(table.row(Table3Row.RESULT_TOTAL)).containsExactly(56, 6, 0, 0, 1, 0, 63);
        assertThat(Table3.of(table.toGrid())).isEqualTo(table);
    }

    @Test
    void buildingFromTheRequestsGivesTheHandFilledTable() {
        List<ReportedRequest> requests = new ArrayList<>();
        // 自然人: 58 new + 2 carried over; their 60 dispositions, the first 2 being the carried-over ones
        addRequests(requests, ApplicantType.NATURAL_PERSON, 58, 2,
                Table3Row.DISCLOSED, 2, Table3Row.PARTIALLY_DISCLOSED, 16, Table3Row.WITHHELD_INTERNAL_AFFAIRS, 1,
                Table3Row.UNABLE_NOT_HELD, 30, Table3Row.UNABLE_WOULD_NEED_CREATION, 1,
                Table3Row.NOT_PROCESSED_REPEATED, 2, Table3Row.OTHER_NOT_SUPPLEMENTED, 3, Table3Row.OTHER, 1,
                Table3Row.CARRIED_TO_NEXT_YEAR, 4);
        addRequests(requests, ApplicantType.COMMERCIAL_ENTERPRISE, 7, 0,
                Table3Row.DISCLOSED, 1, Table3Row.PARTIALLY_DISCLOSED, 1, Table3Row.UNABLE_NOT_HELD, 4,
                Table3Row.CARRIED_TO_NEXT_YEAR, 1);
        addRequests(requests, ApplicantType.LEGAL_SERVICE_INSTITUTION, 1, 0, Table3Row.UNABLE_NOT_HELD, 1);
        Collections.shuffle(requests, new java.util.Random(42));
        Table3 built = Table3.builder().addAll(requests).build();
        assertThat(built).isEqualTo(Table3.of(handFilled()));
        assertThat(built.checkConsistency()).isEmpty();
    }

    /** Adds requests of one applicant type: {@code fresh} new, {@code carried} carried over, then dispositions. */
    private static void addRequests(List<ReportedRequest> out, ApplicantType applicant, int fresh, int carried,
            Object... dispositionsAndCounts) {
        int made = 0;
        for (int k = 0; k < dispositionsAndCounts.length; k += 2) {
            Table3Row row = (Table3Row) dispositionsAndCounts[k];
            int n = (Integer) dispositionsAndCounts[k + 1];
            for (int i = 0; i < n; i++, made++) {
                Origin origin = made < carried ? Origin.CARRIED_OVER_FROM_LAST_YEAR : Origin.RECEIVED_THIS_YEAR;
                out.add(new ReportedRequest(applicant, origin, row));
            }
        }
        assertThat(made).as("dispositions of " + applicant).isEqualTo(fresh + carried);
    }

    @Test
    void aWrongRowTotalNamesTheTotalCellAndUnbalancesTheTotalColumn() {
        int[][] grid = handFilled();
        grid[0][6] = 67; // 一 总计 should be 58+7+0+0+1+0 = 66
        assertThat(Table3.of(grid).checkConsistency()).extracting(ConsistencyViolation::toString).containsExactly(
                "表三 一/总计: ROW_TOTAL (总计 must equal 自然人 plus the five 法人或其他组织 columns): "
                        + "expected 66, found 67",
                // total column: 一 67 + 二 2 − （七） 63 = 6, but 四 says 5
                "表三 四/总计: BALANCE (一 + 二 must equal 三（七） + 四): expected 6, found 5");
    }

    @Test
    void aWrongResultTotalIsNamedInItsColumn() {
        int[][] grid = handFilled();
        // （七）自然人 57 instead of 56 and 四 自然人 3 instead of 4, totals adjusted: rows add up, 一+二 = （七）+四
        // still holds (58+2 = 57+3), only （七） ≠ Σ results (56) in 自然人 and in 总计 (63 vs 64)
        grid[23][0] = 57;
        grid[23][6] = 64;
        grid[24][0] = 3;
        grid[24][6] = 4;
        List<ConsistencyViolation> violations = Table3.of(grid).checkConsistency();
        assertThat(violations).extracting(ConsistencyViolation::rule)
                .containsExactly(ConsistencyRule.RESULT_TOTAL, ConsistencyRule.RESULT_TOTAL);
        assertThat(violations).extracting(ConsistencyViolation::cell)
                .containsExactly("表三 三（七）/自然人", "表三 三（七）/总计");
        assertThat(violations.get(0).expected()).isEqualTo(56);
        assertThat(violations.get(0).actual()).isEqualTo(57);
        assertThat(violations.get(1).expected()).isEqualTo(63);
        assertThat(violations.get(1).actual()).isEqualTo(64);
    }

    @Test
    void anUnbalancedColumnIsNamedAtRowFour() {
        int[][] grid = handFilled();
        // 四 商业企业 2 instead of 1 (total 6): rows add up, （七） is right, but 7 + 0 − 6 = 1 ≠ 2
        grid[24][1] = 2;
        grid[24][6] = 6;
        List<ConsistencyViolation> violations = Table3.of(grid).checkConsistency();
        assertThat(violations).extracting(ConsistencyViolation::rule)
                .containsOnly(ConsistencyRule.BALANCE);
        assertThat(violations).extracting(v -> v.row(), v -> v.column(), v -> v.expected(), v -> v.actual())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Table3Row.CARRIED_TO_NEXT_YEAR,
                                Table3Column.COMMERCIAL_ENTERPRISE, 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple(Table3Row.CARRIED_TO_NEXT_YEAR, Table3Column.TOTAL,
                                5L, 6L));
    }

    @Test
    void aNegativeCountIsNamed() {
        int[][] grid = handFilled();
        // 三（四）2 自然人 −1 and 三（四）1 自然人 32: every sum still holds, only the sign is wrong
        grid[13][0] = -1;
        grid[13][6] = -1;
        grid[12][0] = 32;
        grid[12][6] = 37;
        List<ConsistencyViolation> violations = Table3.of(grid).checkConsistency();
        assertThat(violations).extracting(ConsistencyViolation::cell)
                .containsExactly("表三 三（四）2/自然人", "表三 三（四）2/总计");
        assertThat(violations).extracting(ConsistencyViolation::rule).containsOnly(ConsistencyRule.NEGATIVE_COUNT);
    }

    @Test
    void carriedOverMustMatchLastYearsCarriedToNextYear() {
        Table3 thisYear = Table3.of(handFilled());
        int[][] last = new int[Table3.ROWS][Table3.COLUMNS];
        // last year: 2 自然人 requests received and carried to next year, nothing else
        last[0] = new int[] {2, 0, 0, 0, 0, 0, 2};
        last[24] = new int[] {2, 0, 0, 0, 0, 0, 2};
        assertThat(Table3.of(last).checkConsistency()).isEmpty();
        assertThat(thisYear.checkContinuity(Table3.of(last))).isEmpty();
        last[0] = new int[] {3, 0, 0, 0, 0, 0, 3};
        last[24] = new int[] {3, 0, 0, 0, 0, 0, 3};
        assertThat(thisYear.checkContinuity(Table3.of(last))).extracting(ConsistencyViolation::toString)
                .containsExactly(
                        "表三 二/自然人: CARRIED_OVER_MISMATCH (二 must equal last year's 四): expected 3, found 2",
                        "表三 二/总计: CARRIED_OVER_MISMATCH (二 must equal last year's 四): expected 3, found 2");
    }

    @Test
    void aGridOfTheWrongShapeIsRejectedNamingTheRow() {
        int[][] grid = handFilled();
        grid[4] = new int[] {0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> Table3.of(grid)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table 三 row 三（三）1 (1.属于国家秘密) has 7 numbers, found 6");
        assertThatThrownBy(() -> Table3.of(new int[24][7])).hasMessage("table 三 has 25 rows of numbers, found 24");
    }

    @Test
    void aRequestCannotEndInARowThatIsNotAResult() {
        assertThatThrownBy(() -> new ReportedRequest(ApplicantType.NATURAL_PERSON, Origin.RECEIVED_THIS_YEAR,
                Table3Row.RESULT_TOTAL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("（七）总计");
        assertThatThrownBy(() -> new ReportedRequest(ApplicantType.NATURAL_PERSON, Origin.RECEIVED_THIS_YEAR,
                Table3Row.NEW_THIS_YEAR)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: any collection of requests builds a consistent table whose counts are those of the requests. */
    @Test
    void randomRequestCollectionsBuildConsistentTables() {
        SplittableRandom random = new SplittableRandom(2021_09_26L);
        Table3Row[] dispositions = java.util.Arrays.stream(Table3Row.values())
                .filter(r -> r.isResult() || r == Table3Row.CARRIED_TO_NEXT_YEAR).toArray(Table3Row[]::new);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(300);
            Table3.Builder builder = Table3.builder();
            int newCount = 0;
            int carriedForward = 0;
            for (int i = 0; i < n; i++) {
                ReportedRequest r = new ReportedRequest(
                        ApplicantType.values()[random.nextInt(ApplicantType.values().length)],
                        random.nextInt(5) == 0 ? Origin.CARRIED_OVER_FROM_LAST_YEAR : Origin.RECEIVED_THIS_YEAR,
                        dispositions[random.nextInt(dispositions.length)]);
                newCount += r.origin() == Origin.RECEIVED_THIS_YEAR ? 1 : 0;
                carriedForward += r.isCarriedToNextYear() ? 1 : 0;
                builder.add(r);
            }
            Table3 table = builder.build();
            assertThat(table.checkConsistency()).isEmpty();
            assertThat(table.count(Table3Row.NEW_THIS_YEAR, Table3Column.TOTAL)).isEqualTo(newCount);
            assertThat(table.count(Table3Row.CARRIED_TO_NEXT_YEAR, Table3Column.TOTAL)).isEqualTo(carriedForward);
            assertThat(table.count(Table3Row.RESULT_TOTAL, Table3Column.TOTAL)).isEqualTo(n - carriedForward);
        }
    }
}
