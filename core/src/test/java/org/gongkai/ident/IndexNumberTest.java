package org.gongkai.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.stream.Stream;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;
import org.gongkai.ident.IndexNumber.PrefixKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 索引号 families seen on real disclosure platforms (reference/identifiers.md §2). */
class IndexNumberTest {

    static Stream<Arguments> realIndexNumbers() {
        return Stream.of(
                // USCC/year-seq
                Arguments.of("11500382774856013D/2024-00016", PrefixKind.CREDIT_CODE, '/', 2024, 0, "00016"),
                Arguments.of("113701000041890665/2025-00051", PrefixKind.CREDIT_CODE, '/', 2025, 0, "00051"),
                // USCC/year+month-seq
                Arguments.of("11341702486344515H/202110-00013", PrefixKind.CREDIT_CODE, '/', 2021, 10, "00013"),
                // org-code/year-seq
                Arguments.of("014560025/2023-06702", PrefixKind.ORGANIZATION_CODE, '/', 2023, 0, "06702"),
                Arguments.of("005275134/2017-00180", PrefixKind.ORGANIZATION_CODE, '/', 2017, 0, "00180"),
                // org-code-year-seq, dashes only
                Arguments.of("01527918X-2020-153077", PrefixKind.ORGANIZATION_CODE, '-', 2020, 0, "153077"),
                // region/year-seq
                Arguments.of("6107280000/2024-001005", PrefixKind.REGION_CODE, '/', 2024, 0, "001005"),
                Arguments.of("370400/2022-00091", PrefixKind.REGION_CODE, '/', 2022, 0, "00091"),
                // local letters/year-seq
                Arguments.of("xzfgzbmzfb/2021-3740", PrefixKind.LOCAL_CODE, '/', 2021, 0, "3740"));
    }

    @ParameterizedTest
    @MethodSource("realIndexNumbers")
    void readsEachFamily(String text, PrefixKind kind, char separator, int year, int month, String sequence) {
        IndexNumber number = IndexNumber.parse(text);
        assertThat(number.prefixKind()).isEqualTo(kind);
        assertThat(number.separator()).isEqualTo(separator);
        assertThat(number.year()).isEqualTo(year);
        assertThat(number.month()).isEqualTo(month == 0 ? OptionalInt.empty() : OptionalInt.of(month));
        assertThat(number.sequence()).isEqualTo(sequence);
        assertThat(number.sequenceNumber()).hasValue(Long.parseLong(sequence));
        assertThat(number.isSequenceBroken()).isFalse();
        assertThat(IndexNumber.isValid(text)).isTrue();
        assertThat(number.creditCode().isPresent()).isEqualTo(kind == PrefixKind.CREDIT_CODE);
        assertThat(number.organizationCode().isPresent())
                .isEqualTo(kind == PrefixKind.CREDIT_CODE || kind == PrefixKind.ORGANIZATION_CODE);
        // round trip
        assertThat(number.toString()).isEqualTo(text);
        assertThat(IndexNumber.parse(number.toString())).isEqualTo(number);
    }

    @Test
    void creditCodePrefixExposesTheBodysCodes() {
        IndexNumber number = IndexNumber.parse("11500382774856013D/2024-00016");
        assertThat(number.prefix()).isEqualTo("11500382774856013D");
        assertThat(number.creditCode()).contains(CreditCode.parse("11500382774856013D"));
        assertThat(number.organizationCode()).contains(OrganizationCode.parse("774856013"));
    }

    @Test
    void theBrokenNoneSequenceIsReadAndFlagged() {
        // 淄博经济开发区工委组织人事部 (zbjkq.gov.cn): the platform printed Python's None as the sequence
        IndexNumber number = IndexNumber.parse("11370300MB28347540/2021-None");
        assertThat(number.isSequenceBroken()).isTrue();
        assertThat(number.sequence()).isEqualTo("None");
        assertThat(number.sequenceNumber()).isEmpty();
        assertThat(number.creditCode()).contains(CreditCode.parse("11370300MB28347540"));
        assertThat(IndexNumber.isValid("11370300MB28347540/2021-None")).isFalse();
        assertThat(IndexNumber.tryParse("11370300MB28347540/2021-None")).contains(number);
    }

    @Test
    void aNineDigitPrefixFailingTheOrganizationCheckIsATownshipRegionCode() {
        // 610728001: 6 1 0 7 2 8 0 0 × 3 7 9 10 5 8 4 2 = 18+7+0+70+10+64+0+0 = 169; 169 mod 11 = 4; 11-4 = 7 ≠ 1
        IndexNumber number = IndexNumber.parse("610728001/2024-000123");
        assertThat(number.prefixKind()).isEqualTo(PrefixKind.REGION_CODE);
        assertThat(number.organizationCode()).isEmpty();
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("", Reason.EMPTY, 0),
                Arguments.of("****", Reason.MASKED, 0),
                // credit code prefix whose check character is wrong (D → E): position inside the prefix
                Arguments.of("11500382774856013E/2024-00016", Reason.CHECK_CHARACTER_MISMATCH, 17),
                // organisation code prefix with a letter and a wrong check character
                Arguments.of("01527918A/2020-153077", Reason.INVALID_CHARACTER, 8),
                Arguments.of("01527918X2020153077", Reason.MISSING_SEPARATOR, 19),
                Arguments.of("12345/2024-00016", Reason.INVALID_PREFIX, 0),
                Arguments.of("370400/24-00091", Reason.INVALID_PERIOD, 7),
                Arguments.of("370400/202213-00091", Reason.INVALID_PERIOD, 11),
                Arguments.of("370400/1900-00091", Reason.YEAR_OUT_OF_RANGE, 7),
                Arguments.of("370400/2022", Reason.MISSING_SEPARATOR, 11),
                Arguments.of("370400/2022-", Reason.INVALID_SEQUENCE, 12),
                Arguments.of("370400/2022-00A91", Reason.INVALID_SEQUENCE, 14),
                Arguments.of("3704 00/2022-00091", Reason.INVALID_CHARACTER, 4));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsWithReasonAndPosition(String text, Reason reason, int position) {
        assertThat(IndexNumber.isValid(text)).isFalse();
        assertThat(IndexNumber.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> IndexNumber.parse(text))
                .isInstanceOfSatisfying(IdentifierFormatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INDEX_NUMBER);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.text()).isEqualTo(text);
                });
    }

    @Test
    void prefixErrorsSayWhatThePrefixWasReadAs() {
        assertThatThrownBy(() -> IndexNumber.parse("11500382774856013E/2024-00016"))
                .hasMessageContaining("the prefix is read as a credit code")
                .hasMessageContaining("expected 'D'");
    }
}
