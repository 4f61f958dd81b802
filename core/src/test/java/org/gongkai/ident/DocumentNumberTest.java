package org.gongkai.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gongkai.ident.DocumentNumber.Normalization;
import org.gongkai.ident.IdentifierFormatException.Kind;
import org.gongkai.ident.IdentifierFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 发文字号 (GB/T 9704-2012: 机关代字 + 〔年份〕 + 序号 + 号), on every real spelling of reference/identifiers.md §3.
 */
class DocumentNumberTest {

    static Stream<Arguments> realNumbers() {
        Set<Normalization> none = EnumSet.noneOf(Normalization.class);
        return Stream.of(
                Arguments.of("国办发〔2019〕54号", "国办发", 2019, 54, none),
                Arguments.of("国办公开办函〔2021〕30号", "国办公开办函", 2021, 30, none),
                Arguments.of("镇政发〔2024〕7号", "镇政发", 2024, 7, none),
                Arguments.of("汉政办发〔2021〕88号", "汉政办发", 2021, 88, none),
                Arguments.of("泸江府办函〔2023〕33号", "泸江府办函", 2023, 33, none),
                Arguments.of("遂府函〔2019〕55 号", "遂府函", 2019, 55, EnumSet.of(Normalization.SPACES_REMOVED)),
                Arguments.of("闽公办〔2020〕14号", "闽公办", 2020, 14, none),
                Arguments.of("建办厅〔2019〕71号", "建办厅", 2019, 71, none),
                Arguments.of("环办厅函〔2019〕672号", "环办厅函", 2019, 672, none),
                Arguments.of("民办函〔2019〕52号", "民办函", 2019, 52, none),
                Arguments.of("财办发〔2019〕77号", "财办发", 2019, 77, none),
                Arguments.of("鄂康政办发[2020]30号", "鄂康政办发", 2020, 30,
                        EnumSet.of(Normalization.NON_STANDARD_BRACKETS)),
                Arguments.of("国发﹝2015﹞2号", "国发", 2015, 2, EnumSet.of(Normalization.NON_STANDARD_BRACKETS)),
                Arguments.of("辽政办发(2014)74号", "辽政办发", 2014, 74, EnumSet.of(Normalization.NON_STANDARD_BRACKETS)),
                Arguments.of("国人口发(2007)78号", "国人口发", 2007, 78, EnumSet.of(Normalization.NON_STANDARD_BRACKETS)),
                Arguments.of("国人口发（2007）78号", "国人口发", 2007, 78,
                        EnumSet.of(Normalization.NON_STANDARD_BRACKETS)),
                Arguments.of("文财务发[2011]5号", "文财务发", 2011, 5, EnumSet.of(Normalization.NON_STANDARD_BRACKETS)),
                Arguments.of("文财务发［2011］5号", "文财务发", 2011, 5, EnumSet.of(Normalization.NON_STANDARD_BRACKETS)),
                Arguments.of("穗府規〔2018〕2號", "穗府規", 2018, 2, EnumSet.of(Normalization.TRADITIONAL_HAO)),
                // the "lost 〕" damage: the first 4 digits are the year, the rest the serial
                Arguments.of("税总发〔201744号", "税总发", 2017, 44, EnumSet.of(Normalization.LOST_CLOSING_BRACKET)),
                Arguments.of("国办发〔201680号", "国办发", 2016, 80, EnumSet.of(Normalization.LOST_CLOSING_BRACKET)),
                Arguments.of("建村〔2017192号", "建村", 2017, 192, EnumSet.of(Normalization.LOST_CLOSING_BRACKET)));
    }

    @ParameterizedTest
    @MethodSource("realNumbers")
    void readsRealSpellings(String text, String agency, int year, int serial, Set<Normalization> normalizations) {
        DocumentNumber number = DocumentNumber.parse(text);
        assertThat(number.agencyCode()).isEqualTo(agency);
        assertThat(number.year()).isEqualTo(year);
        assertThat(number.serial()).isEqualTo(serial);
        assertThat(number.normalizations()).isEqualTo(normalizations);
        assertThat(number.original()).isEqualTo(text);
        assertThat(number.isRepaired()).isEqualTo(normalizations.contains(Normalization.LOST_CLOSING_BRACKET));
        assertThat(number.isCanonical()).isEqualTo(normalizations.isEmpty());
        assertThat(number.canonical()).isEqualTo(agency + "〔" + year + "〕" + serial + "号");
        // a repaired number reads, but is not valid for a form field: the damage must be fixed at the source
        assertThat(DocumentNumber.isValid(text)).isEqualTo(!number.isRepaired());
        // round trip: the canonical form reads back to an equal, canonical value
        DocumentNumber again = DocumentNumber.parse(number.toString());
        assertThat(again).isEqualTo(number);
        assertThat(again.isCanonical()).isTrue();
    }

    @Test
    void twoSpellingsOfOneNumberAreEqual() {
        assertThat(DocumentNumber.parse("国发﹝2015﹞2号")).isEqualTo(DocumentNumber.parse("国发〔2015〕2号"))
                .hasSameHashCodeAs(DocumentNumber.parse("国发〔2015〕2号"));
        assertThat(DocumentNumber.parse("税总发〔201744号")).isEqualTo(DocumentNumber.of("税总发", 2017, 44));
    }

    @Test
    void leadingZerosAndFullWidthDigitsAreNormalised() {
        // GB/T 9704: 不编虚位 (1 is not written 01)
        DocumentNumber number = DocumentNumber.parse("国办发〔２０１９〕054号");
        assertThat(number.serial()).isEqualTo(54);
        assertThat(number.normalizations())
                .containsExactlyInAnyOrder(Normalization.FULL_WIDTH_DIGITS, Normalization.LEADING_ZEROS_REMOVED);
        assertThat(number.toString()).isEqualTo("国办发〔2019〕54号");
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(null, Reason.EMPTY, 0),
                Arguments.of("  ", Reason.EMPTY, 0),
                // closing bracket AND 号 lost (haose21.com mirror): the end of the serial is unknown, no repair
                Arguments.of("国办公开办函〔202130", Reason.MISSING_CLOSING_BRACKET, 13),
                // OCR damage (tengchong.gov.cn): 〔 closed by )
                Arguments.of("建房〔2012 ) 8 4 号 )", Reason.MISMATCHED_BRACKET, 8),
                // lost 〕 but the first four digits are no plausible year: no repair
                Arguments.of("国办发〔123456号", Reason.MISSING_CLOSING_BRACKET, 8),
                // only 4 digits before 号: year or serial lost, cannot tell
                Arguments.of("国办发〔2019号", Reason.MISSING_CLOSING_BRACKET, 8),
                Arguments.of("〔2019〕54号", Reason.MISSING_AGENCY_CODE, 0),
                Arguments.of("国办发2019〕54号", Reason.MISSING_OPENING_BRACKET, 3),
                Arguments.of("国办发", Reason.MISSING_OPENING_BRACKET, 3),
                Arguments.of("国办发〔19〕54号", Reason.INVALID_YEAR, 4),
                Arguments.of("国办发〔〕54号", Reason.INVALID_YEAR, 4),
                Arguments.of("国办发〔1911〕54号", Reason.YEAR_OUT_OF_RANGE, 4),
                Arguments.of("国办发〔2019〕号", Reason.MISSING_SERIAL, 9),
                Arguments.of("国办发〔2019〕0号", Reason.INVALID_SERIAL, 9),
                Arguments.of("国办发〔2019〕54", Reason.MISSING_HAO, 11),
                Arguments.of("国办发〔2019〕54号文", Reason.TRAILING_TEXT, 12),
                Arguments.of("国办发〔2019〕第54号", Reason.MISSING_SERIAL, 9),
                Arguments.of("国办-发〔2019〕54号", Reason.INVALID_CHARACTER, 2));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsWithReasonAndPosition(String text, Reason reason, int position) {
        assertThat(DocumentNumber.isValid(text)).isFalse();
        assertThat(DocumentNumber.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isInstanceOfSatisfying(IdentifierFormatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.DOCUMENT_NUMBER);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    @Test
    void aCallerCanNarrowThePlausibleYears() {
        // With 2024 as the latest plausible year (the caller's clock), 〔202544号 is not repaired.
        assertThat(DocumentNumber.parse("税总发〔202544号").year()).isEqualTo(2025);
        assertThatThrownBy(() -> DocumentNumber.parse("税总发〔202544号", 2024))
                .isInstanceOfSatisfying(IdentifierFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_CLOSING_BRACKET));
        assertThatThrownBy(() -> DocumentNumber.parse("税总发〔2025〕44号", 2024))
                .isInstanceOfSatisfying(IdentifierFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.YEAR_OUT_OF_RANGE));
    }

    @Test
    void messageNamesTheTextAndPosition() {
        assertThatThrownBy(() -> DocumentNumber.parse("国办发〔2019〕54"))
                .hasMessage("发文字号 \"国办发〔2019〕54\": missing 号 at position 11 (end of text): the number ends with 号");
    }

    /** Generated numbers in every accepted spelling read back to the same value (seeded). */
    @Test
    void generatedSpellingsRoundTrip() {
        String[][] brackets = {{"〔", "〕"}, {"[", "]"}, {"［", "］"}, {"﹝", "﹞"}, {"(", ")"}, {"（", "）"}};
        String[] agencies = {"国办发", "国办公开办函", "镇政发", "鄂康政办发", "穗府規"};
        SplittableRandom random = new SplittableRandom(99L);
        for (int n = 0; n < 300; n++) {
            String agency = agencies[random.nextInt(agencies.length)];
            int year = 1949 + random.nextInt(2099 - 1949 + 1);
            int serial = 1 + random.nextInt(5000);
            String[] b = brackets[random.nextInt(brackets.length)];
            String hao = random.nextBoolean() ? "号" : "號";
            String space = random.nextBoolean() ? " " : "";
            String text = agency + b[0] + year + b[1] + serial + space + hao;
            DocumentNumber number = DocumentNumber.parse(text);
            assertThat(number).as(text).isEqualTo(DocumentNumber.of(agency, year, serial));
            assertThat(number.toString()).isEqualTo(agency + "〔" + year + "〕" + serial + "号");
            // the same number with its closing bracket lost is repaired to the same value
            String damaged = agency + "〔" + year + serial + "号";
            assertThat(DocumentNumber.parse(damaged)).as(damaged).isEqualTo(number);
            assertThat(DocumentNumber.parse(damaged).isRepaired()).isTrue();
        }
    }
}
