package org.gongkai.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 统一社会信用代码, on the real codes of reference/identifiers.md §1. */
class CreditCodeTest {

    /** The five codes seen as 索引号 prefixes on government pages (identifiers.md §1). */
    @ParameterizedTest
    @ValueSource(strings = {"11500382774856013D", "113701000041890665", "11370300MB28347540",
            "11341702486344515H", "11371082004230911E"})
    void realCodesPassBothChecks(String text) {
        assertThat(CreditCode.isValid(text)).isTrue();
        CreditCode code = CreditCode.parse(text);
        assertThat(code.toString()).isEqualTo(text);
        // all five are government bodies: 1 = 机构编制, 1 = 机关
        assertThat(code.registrationDepartment()).contains(RegistrationDepartment.ORGANIZATION_ESTABLISHMENT);
        assertThat(code.organizationCategory()).contains(OrganizationCategory.AGENCY);
        assertThat(OrganizationCode.isValid(text.substring(8, 17))).isTrue();
        // round trip of the canonical form
        assertThat(CreditCode.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void handComputedCheckCharacterOfHechuanShuanghuai() {
        // 11500382774856013D (重庆市合川区双槐镇人民政府). Values (index in 0123456789ABCDEFGHJKLMNPQRTUWXY):
        // 1 1 5 0 0 3 8 2 7 7 4 8 5 6 0 1 3 × weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
        // = 1+3+45+0+0+78+128+34+140+203+100+104+40+144+0+30+84 = 1134; 1134 mod 31 = 18 (31·36 = 1116);
        // 31 - 18 = 13 → 'D' (A=10, B=11, C=12, D=13).
        assertThat(CreditCode.checkCharacterOf("11500382774856013")).isEqualTo('D');
        // Embedded GB 11714 code 774856013: 7 7 4 8 5 6 0 1 × 3 7 9 10 5 8 4 2
        // = 21+49+36+80+25+48+0+2 = 261; 261 mod 11 = 8; 11 - 8 = 3 → '3', the 17th character.
        assertThat(OrganizationCode.checkCharacterOf("77485601")).isEqualTo('3');
    }

    @Test
    void handComputedCheckCharacterWhereTheSumIsAMultipleOf31() {
        // 11370300MB28347540 (淄博经济开发区工委组织人事部). In the 31 symbols I and O are skipped, so
        // A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21: M = 21, B = 11.
        // 1 1 3 7 0 3 0 0 21 11 2 8 3 4 7 5 4 × 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
        // = 1+3+27+189+0+78+0+0+420+319+50+104+24+96+70+150+112 = 1643 = 31·53, remainder 0;
        // 31 - 0 = 31, which is written 0 → '0'.
        assertThat(CreditCode.checkCharacterOf("11370300MB2834754")).isEqualTo('0');
        // Embedded 组织机构代码 MB2834754: GB 11714 values run over all 26 letters, M = 22, B = 11:
        // 22·3 + 11·7 + 2·9 + 8·10 + 3·5 + 4·8 + 7·4 + 5·2 = 66+77+18+80+15+32+28+10 = 326; 326 mod 11 = 7
        // (11·29 = 319); 11 - 7 = 4 → '4', the 17th character.
        assertThat(OrganizationCode.checkCharacterOf("MB283475")).isEqualTo('4');
    }

    @Test
    void handComputedOrganizationCheckOfRongcheng() {
        // 11371082004230911E: embedded 004230911 → 0 0 4 2 3 0 9 1 × 3 7 9 10 5 8 4 2
        // = 0+0+36+20+15+0+36+2 = 109; 109 mod 11 = 10; 11 - 10 = 1 → '1'.
        assertThat(OrganizationCode.checkCharacterOf("00423091")).isEqualTo('1');
        // Whole code: 1 1 3 7 1 0 8 2 0 0 4 2 3 0 9 1 1 × weights
        // = 1+3+27+189+19+0+128+34+0+0+100+26+24+0+90+30+28 = 699; 699 mod 31 = 17 (31·22 = 682);
        // 31 - 17 = 14 → 'E'.
        assertThat(CreditCode.checkCharacterOf("11371082004230911")).isEqualTo('E');
    }

    @Test
    void accessorsSplitTheCode() {
        CreditCode code = CreditCode.parse("11341702486344515H");
        assertThat(code.registrationDepartmentCode()).isEqualTo('1');
        assertThat(code.organizationCategoryCode()).isEqualTo('1');
        assertThat(code.regionCode()).isEqualTo("341702");
        assertThat(code.organizationCode()).isEqualTo(OrganizationCode.parse("486344515"));
        assertThat(code.checkCharacter()).isEqualTo('H');
    }

    @Test
    void aDepartmentNotListedIsKeptRaw() {
        // '3' as first character, a department Gongkai's reference does not list; the rest of the code is made
        // valid by computing its check character, and only the accessors are asserted.
        String first17 = "31110000774856013";
        CreditCode code = CreditCode.parse(first17 + CreditCode.checkCharacterOf(first17));
        assertThat(code.registrationDepartment()).isEmpty();
        assertThat(code.organizationCategory()).isEmpty();
        assertThat(code.registrationDepartmentCode()).isEqualTo('3');
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, Reason.EMPTY, 0),
                Arguments.of("", Reason.EMPTY, 0),
                Arguments.of("11500382774856013", Reason.WRONG_LENGTH, 17),
                Arguments.of("11500382774856013DD", Reason.WRONG_LENGTH, 18),
                // last character changed D → E
                Arguments.of("11500382774856013E", Reason.CHECK_CHARACTER_MISMATCH, 17),
                // lower case
                Arguments.of("11500382774856013d", Reason.INVALID_CHARACTER, 17),
                // I, O, S, V, Z are not in the 31 symbols
                Arguments.of("1I500382774856013D", Reason.INVALID_CHARACTER, 1),
                Arguments.of("11500382774856O13D", Reason.INVALID_CHARACTER, 14),
                // letter in the region code (positions 3-8)
                Arguments.of("115A0382774856013D", Reason.INVALID_CHARACTER, 3),
                // the organization code's check character must be 0-9 or X
                Arguments.of("1150038277485601AD", Reason.INVALID_CHARACTER, 16),
                // full-width digit
                Arguments.of("１1500382774856013D", Reason.INVALID_CHARACTER, 0));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsWithReasonAndPosition(String text, Reason reason, int position) {
        assertThat(CreditCode.isValid(text)).isFalse();
        assertThat(CreditCode.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> CreditCode.parse(text))
                .isInstanceOfSatisfying(IdentifierFormatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CREDIT_CODE);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.text()).isEqualTo(text == null ? "" : text);
                });
    }

    @Test
    void messageNamesTheTextThePositionAndTheExpectedCharacter() {
        assertThatThrownBy(() -> CreditCode.parse("11500382774856013E"))
                .hasMessage("统一社会信用代码 \"11500382774856013E\": check character mismatch at position 17 ('E'): "
                        + "expected 'D'");
    }

    @Test
    void organizationCheckIsVerifiedEvenWhenTheOuterCheckPasses() {
        // Change the embedded code's check character 3 → 4 (position 16) and recompute the outer check character
        // so that only the GB 11714 check fails.
        String first17 = "11500382774856014";
        String text = first17 + CreditCode.checkCharacterOf(first17);
        assertThatThrownBy(() -> CreditCode.parse(text))
                .isInstanceOfSatisfying(IdentifierFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ORGANIZATION_CODE_CHECK_MISMATCH);
                    assertThat(e.position()).isEqualTo(16);
                    assertThat(e.detail()).contains("'3'");
                });
    }

    /**
     * GB 32100's mod-31 check: weights 3^(i-1) mod 31 are all non-zero mod the prime 31, so every substitution of
     * one character by another of the 31 symbols changes the weighted sum mod 31 and is detected. Seeded cases over
     * the five real codes; each substitutes one position with every other symbol.
     */
    static Stream<Arguments> singleSubstitutions() {
        String[] real = {"11500382774856013D", "113701000041890665", "11370300MB28347540",
            "11341702486344515H", "11371082004230911E"};
        SplittableRandom random = new SplittableRandom(20240917L);
        List<Arguments> cases = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            cases.add(Arguments.of(real[random.nextInt(real.length)], random.nextInt(CreditCode.LENGTH)));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("singleSubstitutions")
    void everySingleSubstitutionIsDetected(String code, int position) {
        int detected = 0;
        for (char c : CreditCode.CHARACTERS.toCharArray()) {
            if (c == code.charAt(position)) {
                continue;
            }
            String mutated = code.substring(0, position) + c + code.substring(position + 1);
            assertThat(CreditCode.isValid(mutated)).as(mutated).isFalse();
            detected++;
        }
        assertThat(detected).isEqualTo(30);
    }

    @Test
    void everySubstitutionOfEveryPositionOfEveryRealCodeIsDetected() {
        // Exhaustive complement of the seeded property: 5 codes × 18 positions × 30 other symbols = 2700 mutants.
        int mutants = 0;
        for (String code : new String[] {"11500382774856013D", "113701000041890665", "11370300MB28347540",
            "11341702486344515H", "11371082004230911E"}) {
            for (int p = 0; p < CreditCode.LENGTH; p++) {
                for (char c : CreditCode.CHARACTERS.toCharArray()) {
                    if (c != code.charAt(p)) {
                        String mutated = code.substring(0, p) + c + code.substring(p + 1);
                        assertThat(CreditCode.isValid(mutated)).as(mutated).isFalse();
                        mutants++;
                    }
                }
            }
        }
        assertThat(mutants).isEqualTo(2700);
    }

    @Test
    void randomValidCodesRoundTrip() {
        // Generated codes, valid by construction from both check formulas computed here independently of CreditCode.
        SplittableRandom random = new SplittableRandom(7L);
        String symbols = CreditCode.CHARACTERS;
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int[] orgWeights = {3, 7, 9, 10, 5, 8, 4, 2};
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            sb.append(symbols.charAt(random.nextInt(31))).append(symbols.charAt(random.nextInt(31)));
            for (int k = 0; k < 6; k++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            int orgSum = 0;
            for (int k = 0; k < 8; k++) {
                char c = symbols.charAt(random.nextInt(31));
                sb.append(c);
                int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
                orgSum += v * orgWeights[k];
            }
            int oc = 11 - orgSum % 11;
            sb.append(oc == 11 ? '0' : oc == 10 ? 'X' : (char) ('0' + oc));
            int sum = 0;
            for (int k = 0; k < 17; k++) {
                sum += symbols.indexOf(sb.charAt(k)) * weights[k];
            }
            sb.append(symbols.charAt((31 - sum % 31) % 31));
            String text = sb.toString();
            assertThat(CreditCode.isValid(text)).as(text).isTrue();
            assertThat(CreditCode.parse(text).toString()).isEqualTo(text);
        }
    }
}
