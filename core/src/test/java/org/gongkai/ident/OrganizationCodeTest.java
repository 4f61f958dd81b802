package org.gongkai.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11714 组织机构代码, on the old index-number prefixes of reference/identifiers.md §1. */
class OrganizationCodeTest {

    /** 浮梁县三龙镇, 怒江州/云南民政厅, 郑州管城区. */
    @ParameterizedTest
    @ValueSource(strings = {"014560025", "01527918X", "005275134"})
    void realCodesPass(String text) {
        assertThat(OrganizationCode.isValid(text)).isTrue();
        assertThat(OrganizationCode.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void handComputedCheckCharacters() {
        // 014560025: 0 1 4 5 6 0 0 2 × 3 7 9 10 5 8 4 2 = 0+7+36+50+30+0+0+4 = 127; 127 mod 11 = 6; 11 - 6 = 5.
        assertThat(OrganizationCode.checkCharacterOf("01456002")).isEqualTo('5');
        // 01527918X: 0 1 5 2 7 9 1 8 × weights = 0+7+45+20+35+72+4+16 = 199; 199 mod 11 = 1; 11 - 1 = 10 → 'X'.
        assertThat(OrganizationCode.checkCharacterOf("01527918")).isEqualTo('X');
        // 005275134: 0 0 5 2 7 5 1 3 × weights = 0+0+45+20+35+40+4+6 = 150; 150 mod 11 = 7; 11 - 7 = 4.
        assertThat(OrganizationCode.checkCharacterOf("00527513")).isEqualTo('4');
        // A sum that is a multiple of 11 gives 11, written '0': 00000000 → sum 0 → 11 → '0'.
        assertThat(OrganizationCode.checkCharacterOf("00000000")).isEqualTo('0');
    }

    @Test
    void acceptsTheHyphenatedCertificateForm() {
        OrganizationCode code = OrganizationCode.parse("01527918-X");
        assertThat(code).isEqualTo(OrganizationCode.parse("01527918X"));
        assertThat(code.toHyphenated()).isEqualTo("01527918-X");
        assertThat(code.body()).isEqualTo("01527918");
        assertThat(code.checkCharacter()).isEqualTo('X');
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("", Reason.EMPTY, 0),
                Arguments.of("01456002", Reason.WRONG_LENGTH, 8),
                Arguments.of("014560026", Reason.ORGANIZATION_CODE_CHECK_MISMATCH, 8),
                Arguments.of("01527918x", Reason.INVALID_CHARACTER, 8),
                Arguments.of("0152791a8", Reason.INVALID_CHARACTER, 7),
                Arguments.of("01527918-9", Reason.ORGANIZATION_CODE_CHECK_MISMATCH, 9));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsWithReasonAndPosition(String text, Reason reason, int position) {
        assertThat(OrganizationCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> OrganizationCode.parse(text))
                .isInstanceOfSatisfying(IdentifierFormatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.ORGANIZATION_CODE);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.position()).isEqualTo(position);
                });
    }
}
