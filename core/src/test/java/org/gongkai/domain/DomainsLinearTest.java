package org.gongkai.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability audit D1 (Domains.lookup quadratic in the text) and the 征地补偿 names of 自然资源 catalogs.
 * The speed itself is measured with JMH (examples/benchmarks); these tests check the answers on the reproducer's
 * inputs, which before the fix took 16 s (200,000 characters) and now return in a few milliseconds.
 */
class DomainsLinearTest {

    private final Domains domains = Domains.standard();

    /**
     * Audit D1 reproducer: 就业 repeated 100,000 times names one domain (就业) over and over; every occurrence is
     * the same domain, so the answer is 就业, as for a single 就业.
     */
    @Test
    void theRepeatedNameOfTheAuditNamesItsDomain() {
        String text = "就业".repeat(100_000);
        assertThat(domains.lookup(text)).map(Domain::code).isEqualTo(domains.lookup("就业").map(Domain::code));
        assertThat(domains.lookup(text)).isPresent();
    }

    /** Two domains named many times (扶贫救灾 repeated) still name two domains: no answer, as for 扶贫救灾 once. */
    @Test
    void twoDomainsRepeatedStillNameTwo() {
        assertThat(domains.lookup("扶贫救灾".repeat(50_000))).isEmpty();
    }

    /** A long text naming no domain (the audit's control input, 字 × 1,000,000) names none. */
    @Test
    void aLongTextNamingNoDomainNamesNone() {
        assertThat(domains.lookup("字".repeat(1_000_000))).isEmpty();
    }

    /**
     * 自然资源 catalogs head the 征地补偿 domain as 征地, 土地征收 or 征收土地 (reference domains.md, row 6 and the
     * 农村集体土地征收 alias; issue 14). Each names 征地补偿, also with a title word behind.
     *
     * @param text the heading as written
     */
    @ParameterizedTest
    @ValueSource(strings = {"征地", "土地征收", "征收土地", "征地领域", "土地征收领域基层政务公开标准目录", "徵地"})
    void landExpropriationHeadingsNameTheDomain(String text) {
        assertThat(domains.lookup(text)).map(Domain::code).contains("land-expropriation-compensation");
    }

    /**
     * 国有土地上房屋征收与补偿 is another domain; its name contains neither 征地 nor 土地征收, so the new names do not
     * take it over.
     */
    @Test
    void housingOnStateLandIsStillItsOwnDomain() {
        assertThat(domains.lookup("国有土地上房屋征收与补偿")).map(Domain::code)
                .contains("state-land-housing-expropriation");
    }
}
