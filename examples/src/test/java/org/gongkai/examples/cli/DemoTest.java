package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code demo}: the bundled sample of 25 real rows (NOTICE.md beside it). What the report must say follows from the
 * rows themselves: rows 20-21 (嵩明县, a 公共事业单位 list) publish no 公开依据; row 12's 公开时限 提前一周發通知邀請
 * is not a deadline; and the due dates for information formed on Fri 2025-09-26, counted by hand on the 2025 notice
 * (Sun 09-28 worked, 10-01..10-08 off, Sat 10-11 worked).
 */
class DemoTest {

    @Test
    void chineseReport() {
        Cli.Result r = Cli.run("demo");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("25 个事项，15 个领域", "一、各领域事项数", "二、问题：错误 2 个",
                "三、对照标准指引", "四、信息于 2025-09-26 形成");
        // the two 嵩明县 rows without basis, with their serial numbers and paths
        assertThat(r.out()).contains("错误 ITEM_BASIS_MISSING  序号 20 机构概况  [items[19].basis]",
                "错误 ITEM_BASIS_MISSING  序号 21 项目建设 / 招标采购信息  [items[20].basis]");
        // 序号 12, 提前一周發通知邀請, is read since windows have a direction: a week BEFORE the (unnamed) event
        assertThat(r.out()).doesNotContain("DEADLINE_UNREADABLE  序号 12");
        // 3 working days from Fri 09-26: Sun 09-28 (1), 09-29 (2), 09-30 (3)
        assertThat(r.out()).contains("2025-09-30  序号 8 ");
        // 20 working days: 09-28, 09-29, 09-30, 10-09, 10-10, Sat 10-11 (6), 10-13..17 (11), 10-20..24 (16),
        // 10-27..30 (20)
        assertThat(r.out()).contains("2025-10-30  序号 1 ");
        // 预算法 Art. 14, 20 calendar days after approval: 09-26 + 20 = Thu 10-16, a working day
        assertThat(r.out()).contains("2025-10-16  序号 25");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonReportHasTheSameContent() {
        Cli.Result r = Cli.run("demo", "--json");
        assertThat(r.status()).isZero();
        Map<String, Object> json = (Map<String, Object>) r.json();
        assertThat(json).containsEntry("valid", false);
        assertThat((List<Object>) json.get("itemsPerDomain")).hasSize(15);
        Map<String, Object> counts = (Map<String, Object>) json.get("counts");
        assertThat(counts).containsEntry("errors", new BigDecimal(2));
        Map<String, Object> deadlines = (Map<String, Object>) json.get("deadlines");
        assertThat(deadlines).containsEntry("trigger", "2025-09-26");
        List<Map<String, Object>> items = (List<Map<String, Object>>) deadlines.get("items");
        assertThat(items).anySatisfy(i -> assertThat(i).containsEntry("serialNumber", "25")
                .containsEntry("kind", "CALENDAR_DAYS_AFTER").containsEntry("due", "2025-10-16"));
        // 长期/及时/compound-with-branches rows set no date and are not listed
        assertThat(items).noneSatisfy(i -> assertThat(i).containsEntry("serialNumber", "11"));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) json.get("violations");
        assertThat(violations).filteredOn(v -> v.get("severity").equals("ERROR"))
                .extracting(v -> v.get("code") + " " + v.get("path"))
                .containsExactly("ITEM_BASIS_MISSING items[19].basis", "ITEM_BASIS_MISSING items[20].basis");
    }

    @Test
    void englishReport() {
        Cli.Result r = Cli.run("demo", "--lang", "en");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("25 items in 15 domains", "1. Items per domain", "2. Violations: 2 errors",
                "ERROR   ITEM_BASIS_MISSING  No. 20", "The item cites no legal basis");
    }

    @Test
    void badOptions() {
        Cli.Result r = Cli.run("demo", "--lang", "fr");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--lang 'fr' is neither zh nor en");
        assertThat(Cli.run("demo", "extra").status()).isEqualTo(2);
    }
}
