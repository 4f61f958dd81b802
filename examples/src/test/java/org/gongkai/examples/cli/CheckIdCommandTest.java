package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check-id TEXT}: kind, then valid or invalid: REASON; exit 0 or 1. Examples from reference/identifiers.md. */
class CheckIdCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // real credit codes of 索引号 prefixes; both check characters recomputed by hand in identifiers.md
        "11500382774856013D | credit-code",
        "113701000041890665 | credit-code",
        "11370300MB28347540 | credit-code",
        // GB/T 9704 document numbers; [] and 號 are accepted spellings
        "国办发〔2019〕54号 | document-number",
        "国办公开办函〔2021〕30号 | document-number",
        "鄂康政办发[2020]30号 | document-number",
        "穗府規〔2018〕2號 | document-number",
        // index numbers of the families seen in directories
        "11500382774856013D/2024-00016 | index-number",
        "11341702486344515H/202110-00013 | index-number",
        "014560025/2023-06702 | index-number",
        "01527918X-2020-153077 | index-number",
    })
    void valid(String text, String kind) {
        Cli.Result r = Cli.run("check-id", text);
        assertThat(r.line()).isEqualTo(kind + " valid");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // GB 32100 check: Σ value·3^(i-1) mod 31 over the first 17 of 11500382774856013? gives 'D', not 'E'
        "11500382774856013E | credit-code invalid: check character mismatch at position 17 ('E'): expected 'D'",
        // 17 characters: one short
        "11500382774856013 | credit-code invalid: wrong length",
        // the letter O is not among the 31 symbols (I, O, S, V, Z are excluded)
        "1150038277485601OD | credit-code invalid: invalid character at position 16 ('O')",
        // the HTML sanitiser ate 〕: readable, but damage to fix at the source (DOCUMENT_NUMBER_INVALID)
        "税总发〔201744号 | document-number invalid: closing bracket after the year lost (read as 税总发〔2017〕44号)",
        // 发文字号 without its 号
        "国办发〔2019〕54 | document-number invalid: missing 号",
        // the zbjkq.gov.cn index numbers render their sequence as None
        "11370300MB28347540/2021-None | index-number invalid: sequence is not a number ('None')",
    })
    void invalid(String text, String expected) {
        Cli.Result r = Cli.run("check-id", text);
        assertThat(r.line()).startsWith(expected);
        assertThat(r.status()).isEqualTo(1);
    }
}
