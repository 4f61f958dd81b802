package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code domain TEXT}: the canonical domain name, or exit 1. Names from reference/domains.md. */
class DomainCommandTest {

    @ParameterizedTest
    @CsvSource({
        // the 26 pilot domains of 国办发〔2019〕54号 by their canonical names and the variants catalogs print
        "财政预决算, 财政预决算",
        "(八)財政預決算, 财政预决算",        // ordinal and Traditional characters, as on mirror hosts
        "救灾生产, 救灾",                    // 南海区, 康巴什区 … name the 救灾 domain 救灾生产 (domains.md)
        "南海区救灾生产领域基层政务公开标准目录, 救灾", // a catalog title with place prefix
        "义务教育, 义务教育",
    })
    void resolvesToTheCanonicalName(String text, String canonical) {
        Cli.Result r = Cli.run("domain", text);
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(canonical + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void unknownDomainExits1WithTheTextOnStderr() {
        Cli.Result r = Cli.run("domain", "火星开发");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("'火星开发' names no standard domain");
    }

    @Test
    void extensionDomainsOnlyWhenAskedFor() {
        // 统计 is a post-2019 guide (国家统计局), not one of the 26
        assertThat(Cli.run("domain", "统计").status()).isEqualTo(1);
        Cli.Result r = Cli.run("domain", "统计", "--extensions");
        assertThat(r.status()).isZero();
        assertThat(r.line()).isEqualTo("统计");
    }

    @Test
    void codeOnRequest() {
        assertThat(Cli.run("domain", "财政预决算", "--code").line()).isEqualTo("财政预决算\tfiscal-budget");
    }
}
