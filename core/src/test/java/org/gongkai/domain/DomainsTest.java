package org.gongkai.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.data.UnknownLabelException;
import org.gongkai.internal.MiniJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DomainsTest {
    private final Domains domains = Domains.standard();

    @Test
    void theRegistryHoldsExactlyTheTwentySixPilotDomainsOf54() {
        // 国办发〔2019〕54号: "26个试点领域基层政务公开标准指引"
        assertThat(domains.all()).hasSize(26).allMatch(Domain::standard);
        assertThat(domains.all()).extracting(Domain::code)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(StandardDomain.values())
                        .map(StandardDomain::code).toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(StandardDomain.class)
    void everyStandardDomainResolvesFromItsCanonicalName(StandardDomain d) {
        assertThat(domains.lookup(d.label())).map(Domain::code).contains(d.code());
        assertThat(d.domain().name()).isEqualTo(d.label());
        assertThat(d.domain().asStandard()).contains(d);
    }

    @Test
    void issuersConfirmedByAPublishedGuideAreMarkedSoAndTheOthersAreNot() {
        // reference/domains.md: confirmed (C) for 财政预决算 (财办发〔2019〕77号), 环境保护 (环办厅函〔2019〕672号),
        // 社会救助 and 养老服务 (民办函〔2019〕52号); inferred (K) for 重大建设项目 and others.
        assertThat(StandardDomain.FISCAL_BUDGET.domain().issuerConfirmed()).isTrue();
        assertThat(StandardDomain.FISCAL_BUDGET.domain().guideDocumentNumber()).contains("财办发〔2019〕77号");
        assertThat(StandardDomain.ECOLOGY_ENVIRONMENT.domain().guideDocumentNumber()).contains("环办厅函〔2019〕672号");
        assertThat(StandardDomain.ELDERLY_CARE.domain().issuer()).contains("民政部");
        assertThat(StandardDomain.MAJOR_CONSTRUCTION_PROJECTS.domain().issuerConfirmed()).isFalse();
        // 涉农补贴: issuer NOT confirmed (财政部 and/or 农业农村部), so none is given.
        assertThat(StandardDomain.AGRICULTURAL_SUBSIDIES.domain().issuer()).isEmpty();
    }

    /** Every name variant of reference/domains.md §3, with the domain it names there. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            生态环境 | ecology-environment
            环境保护 | ecology-environment
            农村集体土地征收 | land-expropriation-compensation
            国有土地上房屋征收 | state-land-housing-expropriation
            国有土地上房屋征收与补偿 | state-land-housing-expropriation
            乡村振兴 | poverty-alleviation
            巩固拓展脱贫攻坚成果与推进乡村振兴 | poverty-alleviation
            就业创业 | employment
            卫生健康 | health
            卫生健康领域基层政务公开标准目录(试行) | health
            救灾生产 | disaster-relief
            社会救助及福利 | social-assistance
            涉农资金 | agricultural-subsidies
            财政预算决算 | fiscal-budget
            国土空间规划 | urban-rural-planning
            阿巴嘎旗城市综合执法领域基层政务公开标准 | urban-comprehensive-enforcement
            南海区救灾生产领域基层政务公开标准目录 | disaster-relief
            石羊镇义务教育领域基层政务公开标准目录 | compulsory-education
            大河口乡养老服务领域基层政务公开事项标准目录 | elderly-care
            重庆市长寿区救灾领域政务公开标准目录(2024年版) | disaster-relief
            养老服务领域基层政务公开标准目录(2024版) | elderly-care
            义务教育领域政务公开清单目录 | compulsory-education
            (八)财政预决算 | fiscal-budget
            (二十二)安全生产领域 | work-safety
            （十五）国有土地上房屋征收与补偿 | state-land-housing-expropriation
            三、义务教育 | compulsory-education
            税收管理领域基层政务公开标准目录（试行） | tax-administration
            財政預決算 | fiscal-budget
            國有土地上房屋徵收與補償 | state-land-housing-expropriation
            救災生產 | disaster-relief
            戶籍管理 | household-registration
            鄉村振興 | poverty-alleviation
            醫療衛生 | health
            就 业 创 业 | employment
            """)
    void resolvesTheVariantsSeenInRealCatalogs(String text, String code) {
        assertThat(domains.lookup(text)).map(Domain::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            扶贫救灾 | names two domains (the 2017 pilot 方面 before the split)
            就业和社会保险 | the title of the combined guide of two domains
            统计 | a later domain: only in the extension overlay
            政府文件信息 | a generic town catalog, not a domain
            '' | empty
            """)
    void doesNotGuessWhenTheTextNamesNoDomainOrTwo(String text, String why) {
        assertThat(domains.lookup(text)).as(why).isEmpty();
    }

    @Test
    void requireNamesTheTextItCannotResolve() {
        assertThatThrownBy(() -> domains.require("交通运输"))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("交通运输");
    }

    @Test
    void localDomainsAreAddedByBuildingANewRegistryNotByMutatingTheDefault() {
        Domains county = domains.withOverlay(Domains.knownExtensions())
                .withOverlay(List.of(Domain.local("county-water", "农村饮水安全", "Rural drinking water")));
        assertThat(county.lookup("统计领域基层政务公开标准目录")).map(Domain::code).contains("statistics");
        assertThat(county.lookup("统计").orElseThrow().standard()).isFalse();
        assertThat(county.lookup("农村饮水安全")).map(Domain::code).contains("county-water");
        assertThat(county.all()).hasSize(26 + Domains.knownExtensions().size() + 1);
        // the default is untouched
        assertThat(domains.lookup("统计")).isEmpty();
        assertThat(Domains.standard().all()).hasSize(26);
    }

    @Test
    void anOverlayThatClaimsANameOfAnotherDomainIsRejected() {
        Domain clash = new Domain("x", "某领域", "X", Optional.empty(), false, Optional.empty(), List.of("救灾生产"),
                false);
        assertThatThrownBy(() -> domains.withOverlay(List.of(clash)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("救灾生产").hasMessageContaining("disaster-relief");
    }

    @Test
    void noNameIsClaimedByTwoDomainsInTheBundledData() {
        Map<String, String> seen = new LinkedHashMap<>();
        List<Domain> all = new ArrayList<>(domains.all());
        all.addAll(Domains.knownExtensions());
        for (Domain d : all) {
            List<String> names = new ArrayList<>(d.aliases());
            names.add(d.name());
            for (String n : names) {
                String prev = seen.put(n, d.code());
                assertThat(prev).as("name %s", n).isNull();
            }
        }
    }

    /**
     * Every {@code domain} value of reference/catalog-rows.jsonl that names a real domain resolves. Those that name
     * none are listed here with the reason.
     */
    @Test
    void everyDomainNamedInTheRealCatalogRowsResolves() throws Exception {
        Map<String, String> notADomain = Map.of(
                "(主动公开基本目录, not a 26-domain catalog)", "a department's general proactive list, no domain");
        int rows = 0;
        int resolved = 0;
        List<String> failures = new ArrayList<>();
        for (Map<?, ?> row : catalogRows()) {
            String name = (String) row.get("domain");
            rows++;
            if (notADomain.containsKey(name)) {
                assertThat(domains.lookup(name)).as(notADomain.get(name)).isEmpty();
                continue;
            }
            if (domains.lookup(name).isPresent()) {
                resolved++;
            } else {
                failures.add(name);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rows).isEqualTo(125);
        assertThat(resolved).isEqualTo(124);
    }

    static List<Map<?, ?>> catalogRows() throws Exception {
        List<Map<?, ?>> out = new ArrayList<>();
        try (InputStream in = DomainsTest.class.getResourceAsStream("/org/gongkai/reference/catalog-rows.jsonl")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int line = 0;
            for (String l : all.split("\n")) {
                line++;
                if (!l.isBlank()) {
                    out.add((Map<?, ?>) MiniJson.parse(l, "catalog-rows.jsonl line " + line));
                }
            }
        }
        return out;
    }
}
