package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages live in the enum and, for Jakarta, in ContributorValidationMessages: they must stay identical. */
class RuleCodeMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleCode.class.getResourceAsStream("/ContributorValidationMessages" + suffix
                + ".properties")) {
            assertThat(in).as("bundle " + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyCodeHasItsSourceAndBothMessagesInEveryBundle(RuleCode code) throws IOException {
        assertThat(code.source()).isNotBlank();
        assertThat(code.messageZh()).isNotBlank().doesNotContain("${");
        assertThat(code.messageEn()).isNotBlank().doesNotContain("${");
        assertThat(bundle("").getProperty(code.messageKey())).isEqualTo(code.messageZh());
        assertThat(bundle("_zh_CN").getProperty(code.messageKey())).isEqualTo(code.messageZh());
        assertThat(bundle("_en").getProperty(code.messageKey())).isEqualTo(code.messageEn());
        assertThat(RuleCode.fromMessageTemplate(code.messageTemplate())).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_en"})
    void noBundleUsesElAndEachHasEveryKeyOnce(String suffix) throws IOException {
        Properties p = bundle(suffix);
        assertThat(p.values()).allSatisfy(v -> assertThat((String) v).doesNotContain("${"));
        assertThat(p).hasSize(RuleCode.values().length + 3);
    }
}
