package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.ItemName;
import org.junit.jupiter.api.Test;

/**
 * Coverage of a domain's standard guide (CATALOG_MISSING_STANDARD_ITEMS) when the guide repeats a 二级事项 under
 * several 一级事项: the bundled 社会救助 guide (民政部, consensus-of-4) lists 政策法规文件 under 综合业务,
 * 最低生活保障 and 特困人员救助供养, and 办事指南 / 审核信息 under the last two.
 */
class GuideCoverageTest {
    private static final DisclosureValidator VALIDATOR = DisclosureValidator.builder()
            .only(java.util.EnumSet.of(RuleCode.CATALOG_MISSING_STANDARD_ITEMS)).build();

    private static Catalog catalogOf(ItemName... names) {
        Catalog.Builder b = Catalog.builder().addDomain("社会救助");
        for (ItemName n : names) {
            b.addItem(DisclosureItem.builder().domain("社会救助").name(n).build());
        }
        return b.build();
    }

    private static List<String> missing(Catalog c) {
        return VALIDATOR.validate(c).violations().stream()
                .flatMap(v -> List.of(v.offendingValue().split("；")).stream()).toList();
    }

    @Test
    void aRepeatedItemNameCountsOnlyUnderItsOwnCategory() {
        List<String> missing = missing(catalogOf(ItemName.of("最低生活保障", "政策法规文件")));
        // 9 guide items, 1 present: the other two 政策法规文件 are still missing
        assertThat(missing).hasSize(8)
                .contains("综合业务 / 政策法规文件", "特困人员救助供养 / 政策法规文件")
                .doesNotContain("最低生活保障 / 政策法规文件");
    }

    @Test
    void anItemNameTheGuideUsesOnceIsFoundWhateverTheCatalogCallsItsCategory() {
        // 监督检查 appears once in the guide (综合业务); a catalog filing it under 综合 still covers it
        List<String> missing = missing(catalogOf(ItemName.of("综合", "监督检查")));
        assertThat(missing).hasSize(8).doesNotContain("综合业务 / 监督检查");
    }
}
