package org.gongkai.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage on real text: every distinct phrase of the reference catalogs (deadline-phrases.md, 69 phrases, which
 * include all 56 distinct deadlines of catalog-rows.jsonl) and every one of the 124 deadlines of catalog-rows.jsonl
 * is parsed and its structure compared with the one worked out by hand in reference-deadline-phrases.tsv.
 */
class ReferencePhrasesTest {

    /** The phrases left unrecognised on purpose, with the reason (nothing else may be unrecognised). */
    private static final Map<String, String> UNRECOGNIZED = Map.of();
    // #24 安全生产 "提前一周發通知邀請" (send the invitation a week in advance) was the one left unrecognised before
    // windows had a direction; it is now a window of 1 week BEFORE the (unnamed) event.

    static Stream<Arguments> referencePhrases() {
        return Describe.lines("reference-deadline-phrases.tsv").stream().map(line -> {
            String[] cols = line.split("\t", -1);
            return Arguments.of(cols[0], cols[1], cols[2]);
        });
    }

    @ParameterizedTest(name = "#{0} {1}")
    @MethodSource("referencePhrases")
    void everyReferencePhraseHasTheStructureWorkedOutByHand(String number, String phrase, String expected) {
        DeadlineRule rule = DeadlinePhrases.parse(phrase);
        assertThat(Describe.of(rule)).as("#%s %s", number, phrase).isEqualTo(expected);
        assertThat(rule.source()).isEqualTo(phrase);
        if (rule instanceof Unrecognized u) {
            assertThat(UNRECOGNIZED).containsKey(number);
            assertThat(u.reason()).contains(UNRECOGNIZED.get(number));
        }
    }

    @Test
    void atLeast95PercentOfTheDistinctRealPhrasesAreStructured() {
        List<String> unrecognized = new ArrayList<>();
        List<String[]> rows = Describe.lines("reference-deadline-phrases.tsv").stream()
                .map(l -> l.split("\t", -1)).toList();
        for (String[] row : rows) {
            if (DeadlinePhrases.parse(row[1]).kind() == DeadlineKind.UNRECOGNIZED) {
                unrecognized.add(row[0]);
            }
        }
        assertThat(rows).hasSize(69);
        // 69 of 69: none is left unrecognised.
        assertThat(unrecognized).containsExactlyInAnyOrderElementsOf(UNRECOGNIZED.keySet());
        assertThat((rows.size() - unrecognized.size()) * 100.0 / rows.size()).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void everyDeadlineOfTheCatalogRowsIsReadAsItsReferencePhrase() {
        Map<String, String> expected = new HashMap<>();
        for (String line : Describe.lines("reference-deadline-phrases.tsv")) {
            String[] cols = line.split("\t", -1);
            expected.put(cols[1], cols[2]);
        }
        List<String> deadlines = Describe.lines("catalog-row-deadlines.txt");
        assertThat(deadlines).hasSize(124);
        int structured = 0;
        for (String d : deadlines) {
            assertThat(expected).as("catalog deadline %s is a reference phrase", d).containsKey(d);
            DeadlineRule rule = DeadlinePhrases.parse(d);
            assertThat(Describe.of(rule)).as(d).isEqualTo(expected.get(d));
            if (rule.kind() != DeadlineKind.UNRECOGNIZED) {
                structured++;
            }
        }
        // Every row, 提前一周發通知邀請 (安全生产) included, is structured: 124 of 124.
        assertThat(structured).isEqualTo(124);
    }

    @Test
    void sameAsAboveResolvesAgainstThePreviousRow() {
        // 重大建设项目 catalog (hbxq.suqian.gov.cn): a row 同上 after a row 信息形成之日起20个工作日内.
        DeadlineRule previous = DeadlinePhrases.parse("信息形成之日起20个工作日内");
        DeadlineRule same = DeadlinePhrases.parse("同上");
        assertThat(same).isInstanceOf(SameAsAbove.class);
        assertThat(((SameAsAbove) same).resolve(previous)).isSameAs(previous);
        assertThat(((SameAsAbove) same).resolve(null)).isInstanceOf(Unrecognized.class);
    }

    @Test
    void compoundPartsKeepTheirExactSourceText() {
        // #67 城市综合执法 (abg.gov.cn)
        Compound c = (Compound) DeadlinePhrases.parse("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。");
        assertThat(c.parts()).extracting(p -> p.rule().source())
                .containsExactly("1.除处罚决定外其他内容:长期公开(动态调整)", "2.处罚决定:20个工作日内");
        // #32: the part source keeps the PDF-wrap spaces of the raw text.
        Compound d = (Compound) DeadlinePhrases.parse("信息形成或 者变更之日 起20个工作 日内予以公 开;征求意 见期限不得 少于30…");
        assertThat(d.parts().get(1).rule().source()).isEqualTo("征求意 见期限不得 少于30");
    }
}
