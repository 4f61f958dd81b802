package org.gongkai.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.data.DataFormatException;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.ItemName;
import org.junit.jupiter.api.Test;

class StandardGuideTest {

    @Test
    void everyBundledGuideFileNamesAKnownDomainAndIsFiledUnderThatDomainsCode() {
        assertThat(StandardGuide.allBundled()).hasSize(26);
        StandardGuide.allBundled().forEach((code, guide) -> {
            assertThat(guide.domain().code()).isEqualTo(code);
            assertThat(guide.domain().standard()).isTrue();
            assertThat(guide.complete()).as("bundled guides are partial").isFalse();
            assertThat(guide.confidence()).isNotBlank();
        });
        for (StandardDomain d : StandardDomain.values()) {
            assertThat(StandardGuide.bundled(d.domain())).as(d.label()).isPresent();
        }
    }

    @Test
    void theFiscalGuideCarriesTheFourItemsAndTheirCalendarDayDeadlines() {
        // reference/standard-items/fiscal-budget.json (consensus of 4 catalogs): 政府预算, 政府决算, 部门预算, 部门决算
        StandardGuide g = StandardGuide.bundled(StandardDomain.FISCAL_BUDGET.domain()).orElseThrow();
        assertThat(g.confidence()).isEqualTo("consensus-of-4");
        assertThat(g.items()).extracting(i -> i.name().item()).containsExactly("政府预算", "政府决算", "部门预算", "部门决算");
        StandardGuide.GuideItem first = g.items().get(0);
        assertThat(first.name()).isEqualTo(ItemName.of("财政预决算", "政府预算"));
        assertThat(first.deadlineText()).isEqualTo("本级人民代表大会或其常务委员会批准后20日内");
        assertThat(first.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(first.methods()).containsExactly(DisclosureMethod.PROACTIVE);
        assertThat(first.levels()).containsExactly(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);
    }

    @Test
    void theLandExpropriationListWasNotRecoveredAndSaysSo() {
        StandardGuide g = StandardGuide.bundled(StandardDomain.LAND_EXPROPRIATION_COMPENSATION.domain())
                .orElseThrow();
        assertThat(g.confidence()).isEqualTo("not-recovered");
        assertThat(g.items()).isEmpty();
    }

    @Test
    void aProvincesCompleteGuideLoadsInTheSameFormat() {
        String json = """
                {"domain": "生态环境", "issuer": "某省生态环境厅", "complete": true, "confidence": "official",
                 "items": [{"level1": "环境监测", "level2": "空气质量", "deadline": "实时公开",
                            "audience": ["全社会"], "method": ["主动"], "levels": ["县级", "乡、村级"]}]}
                """;
        StandardGuide g = StandardGuide.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "province.json", Domains.standard());
        assertThat(g.domain()).isEqualTo(StandardDomain.ECOLOGY_ENVIRONMENT.domain());
        assertThat(g.complete()).isTrue();
        assertThat(g.items().get(0).levels()).containsExactly(AdministrativeLevel.COUNTY,
                AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE);
    }

    @Test
    void aGuideWithAnUnknownLabelIsRejectedWithTheSourceAndTheEntry() {
        String json = """
                {"domain": "救灾", "items": [{"level1": "a", "level2": "b", "audience": ["某些人"]}]}
                """;
        assertThatThrownBy(() -> StandardGuide.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "bad.json", Domains.standard()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("items[0]").hasMessageContaining("某些人");
    }
}
