package org.gongkai.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.domain.Domains;
import org.gongkai.domain.StandardDomain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The resolver's shortcut for the 26 canonical names gives what the standard registry gives. */
class DomainResolverTest {
    @ParameterizedTest
    @EnumSource(StandardDomain.class)
    void canonicalNamesResolveAsInTheStandardRegistry(StandardDomain d) {
        String viaShortcut = new DomainResolver(RuleContext.standard(), false).code(d.label());
        String viaRegistry = new DomainResolver(new RuleContext(Domains.standard(), null, null, null), false)
                .code(d.label());
        assertThat(viaShortcut).isEqualTo(viaRegistry).isEqualTo(d.code());
    }
}
