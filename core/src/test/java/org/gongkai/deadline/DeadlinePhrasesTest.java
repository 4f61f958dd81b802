package org.gongkai.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Normalisation, canonical format, the parse/format round trip over generated rules, and robustness. */
class DeadlinePhrasesTest {

    @Test
    void normalisesWhitespaceTraditionalAndFullWidthPunctuation() {
        // U+3000 and NBSP from PDF wraps, full-width digits and punctuation, Traditional 變/個/內.
        DeadlineRule rule = DeadlinePhrases.parse("信息形成或\u3000變更之日起\u00A0２０個工作日內。法律、法规另有规定的，从其规定；");
        assertThat(Describe.of(rule)).isEqualTo("WD 20 INFORMATION_FORMED_OR_CHANGED(信息形成或变更) +fallback");
        // Missing 个: 20工作日内.
        assertThat(Describe.of(DeadlinePhrases.parse("信息形成之日起20工作日内"))).isEqualTo("WD 20 INFORMATION_FORMED(信息形成)");
        // Chinese numerals: 二十个工作日.
        assertThat(Describe.of(DeadlinePhrases.parse("收到申请之日起二十个工作日内"))).isEqualTo("WD 20 REQUEST_RECEIVED(收到申请)");
        // 實時公開 (Traditional).
        assertThat(Describe.of(DeadlinePhrases.parse("實時公開"))).isEqualTo("IMM REAL_TIME UNSPECIFIED()");
    }

    @Test
    void readsTheClassesOfTheIssueThatTheReferenceFileLacks() {
        // Issue 4 names these: 本级政府财政部门批复后20日内, 半年至少更新1次, 每季度, 征求意见期限不少于N日, 颁布或印发.
        assertThat(Describe.of(DeadlinePhrases.parse("本级政府财政部门批复后 20 日内")))
                .isEqualTo("CD 20 DAY APPROVAL_REPLY_ISSUED(本级政府财政部门批复)");
        assertThat(Describe.of(DeadlinePhrases.parse("半年至少更新1次"))).isEqualTo("PERIODIC HALF_YEAR 1 atLeast");
        assertThat(Describe.of(DeadlinePhrases.parse("每季度"))).isEqualTo("PERIODIC QUARTER 1");
        assertThat(Describe.of(DeadlinePhrases.parse("征求意见期限不少于30日"))).isEqualTo("PUB CONSULTATION 30 DAY atLeast");
        assertThat(Describe.of(DeadlinePhrases.parse("颁布或印发之日起15个工作日内")))
                .isEqualTo("WD 15 PROMULGATED_OR_ISSUED(颁布或印发)");
        assertThat(Describe.of(DeadlinePhrases.parse("保持长期公开"))).isEqualTo("STANDING long");
    }

    @Test
    void formatWritesTheCanonicalPhrase() {
        assertThat(DeadlinePhrases.format(WorkingDayWindow.of(20, Trigger.of(TriggerKind.INFORMATION_FORMED_OR_CHANGED),
                true))).isEqualTo("信息形成或者变更之日起20个工作日内；法律、法规另有规定的，从其规定");
        assertThat(DeadlinePhrases.format(DeadlinePhrases.parse("信息形成(變更)20個工作日內")))
                .isEqualTo("信息形成(变更)之日起20个工作日内");
        assertThat(DeadlinePhrases.format(DeadlinePhrases.parse("1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。")))
                .isEqualTo("除处罚决定外其他内容：长期公开（动态调整）；处罚决定：20个工作日内");
        assertThat(DeadlinePhrases.format(FixedDate.of(1, 31, true))).isEqualTo("每年1月31日前");
        assertThat(DeadlinePhrases.format(FixedDate.endOf(6, false))).isEqualTo("6月底前");
        assertThat(DeadlinePhrases.format(Periodic.of(PeriodUnit.HALF_YEAR, 1, true))).isEqualTo("每半年至少更新1次");
        // Unrecognised text is written back unchanged.
        assertThat(DeadlinePhrases.format(DeadlinePhrases.parse("另行通知"))).isEqualTo("另行通知");
        // #24: a week before an event that the phrase does not name.
        assertThat(DeadlinePhrases.format(DeadlinePhrases.parse("提前一周發通知邀請"))).isEqualTo("提前1周");
    }

    @ParameterizedTest
    @EnumSource(value = TriggerKind.class, mode = EnumSource.Mode.EXCLUDE, names = {"OTHER", "UNSPECIFIED"})
    void everyCanonicalTriggerTextIsReadAsItsKind(TriggerKind kind) {
        assertThat(Trigger.parse(kind.canonicalText()).kind()).isEqualTo(kind);
    }

    @Test
    void equalityIncludesTheSourceAndEquivalenceIgnoresIt() {
        DeadlineRule a = DeadlinePhrases.parse("信息形成或变更之日起20个工作日内");
        DeadlineRule b = DeadlinePhrases.parse("信息形成或变更之日起 20 个工作日内公开");
        assertThat(a).isNotEqualTo(b);
        assertThat(a.equivalent(b)).isTrue();
        // A different trigger text is a different structure.
        assertThat(a.equivalent(DeadlinePhrases.parse("信息形成或者变更之日起20个工作日内"))).isFalse();
        assertThat(new Unrecognized("x", "r").equivalent(new Unrecognized("y", "r"))).isFalse();
    }

    @Test
    void constructorsRejectImpossibleValues() {
        Trigger t = Trigger.of(TriggerKind.INFORMATION_FORMED);
        assertThatThrownBy(() -> new WorkingDayWindow(0, t, false, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedDate(2, 30, false, false, false, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new Compound(List.of(Compound.Part.general(Standing.of(false, false))), false, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Immediate(Immediacy.AT_EVENT, Trigger.UNSPECIFIED, false, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trigger(TriggerKind.OTHER, "")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- property: parse(format(r)) is equivalent to r, over rules generated from a seeded generator ----

    private static final String[] TRIGGER_TEXTS = {
        "信息形成或者变更", "信息形成或变更", "该政府信息形成或者变更", "该信息形成或者变更", "信息形成", "信息形成(变更)",
        "公开事项信息形成或变更", "制定或获取信息", "制定或获取扶持补贴政策", "制作或获取该信息", "收到申请",
        "收到征地批准文件", "分配结果确定", "拟征收土地现状调查结束", "本级人民代表大会或其常务委员会批准",
        "本级政府财政部门批复", "作出行政决定", "决定作出", "颁布或印发", "下发至本单位",
    };
    private static final String[] SCOPES = {"执法决定信息", "处罚决定", "行政许可、行政处罚事项", "其他相关信息", "除处罚决定外其他内容"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void parseOfFormatIsEquivalentToTheRule(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        DeadlineRule rule = rnd.nextInt(5) == 0 ? compound(rnd) : simple(rnd, rnd.nextBoolean());
        String phrase = DeadlinePhrases.format(rule);
        DeadlineRule back = DeadlinePhrases.parse(phrase);
        assertThat(back.equivalent(rule)).as("seed %s: %s → %s", seed, phrase, Describe.of(back)).isTrue();
        assertThat(back.source()).isEqualTo(phrase);
        // The canonical phrase is a fixed point.
        assertThat(DeadlinePhrases.format(back)).isEqualTo(phrase);
    }

    private static Trigger trigger(SplittableRandom rnd, boolean allowUnspecified) {
        int k = rnd.nextInt(TRIGGER_TEXTS.length + (allowUnspecified ? 3 : 0));
        if (k >= TRIGGER_TEXTS.length) {
            return Trigger.UNSPECIFIED;
        }
        return Trigger.parse(TRIGGER_TEXTS[k]);
    }

    private static DeadlineRule simple(SplittableRandom rnd, boolean fallback) {
        int amount = 1 + rnd.nextInt(60);
        return switch (rnd.nextInt(8)) {
            case 0, 1 -> new WorkingDayWindow(amount, trigger(rnd, true), fallback, "");
            case 2 -> new CalendarWindow(amount, new PeriodUnit[] {PeriodUnit.DAY, PeriodUnit.WEEK, PeriodUnit.MONTH,
                PeriodUnit.QUARTER, PeriodUnit.YEAR}[rnd.nextInt(5)], trigger(rnd, true), fallback, "");
            case 3 -> {
                Immediacy im = Immediacy.values()[rnd.nextInt(Immediacy.values().length)];
                Trigger t = switch (im) {
                    case TIMELY -> trigger(rnd, true);
                    case AT_EVENT -> trigger(rnd, false);
                    default -> Trigger.UNSPECIFIED;
                };
                yield new Immediate(im, t, fallback, "");
            }
            case 4 -> new Standing(rnd.nextBoolean(), rnd.nextBoolean(), fallback, "");
            case 5 -> new PublicityPeriod(PublicityPurpose.values()[rnd.nextInt(2)], amount,
                    rnd.nextBoolean() ? PeriodUnit.WORKING_DAY : PeriodUnit.DAY, rnd.nextBoolean(), fallback, "");
            case 6 -> {
                int month = 1 + rnd.nextInt(12);
                boolean end = rnd.nextBoolean();
                int day = end ? 0 : 1 + rnd.nextInt(java.time.Month.of(month).maxLength());
                yield new FixedDate(month, day, end, rnd.nextBoolean(), fallback, "");
            }
            default -> new Periodic(new PeriodUnit[] {PeriodUnit.DAY, PeriodUnit.WEEK, PeriodUnit.MONTH,
                PeriodUnit.QUARTER, PeriodUnit.HALF_YEAR, PeriodUnit.YEAR}[rnd.nextInt(6)], 1 + rnd.nextInt(4),
                    rnd.nextBoolean(), fallback, "");
        };
    }

    private static DeadlineRule compound(SplittableRandom rnd) {
        int n = 2 + rnd.nextInt(2);
        List<Compound.Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String scope = rnd.nextBoolean() ? "" : SCOPES[rnd.nextInt(SCOPES.length)];
            parts.add(new Compound.Part(scope, simple(rnd, false)));
        }
        return new Compound(parts, rnd.nextBoolean(), "");
    }

    // ---- robustness: parsing never throws on text ----

    @ParameterizedTest
    @MethodSource("seeds")
    void parseNeverThrowsAndNeverHitsTheSafetyNet(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String alphabet = "信息形成或者变更之日起个工作日内公开予以及时实时长期永久同上每年月底前半季度次至少更新公示征求意见"
                + "自在其中应后时,;:。.()…、1234567890一二十 \u3000變個內：；，（）法律法规另有规定的从其提前小时第";
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(40);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        DeadlineRule rule = DeadlinePhrases.parse(text);
        assertThat(rule).isNotNull();
        assertThat(rule.source()).isEqualTo(text);
        if (rule instanceof Unrecognized u) {
            assertThat(u.reason()).as(text).doesNotStartWith("parser error");
        }
    }

    @Test
    void nullAndEmptyTextAreUnrecognisedNotExceptions() {
        assertThat(DeadlinePhrases.parse(null)).isInstanceOf(Unrecognized.class);
        assertThat(((Unrecognized) DeadlinePhrases.parse(" \u3000 ")).reason()).isEqualTo("empty text");
        assertThat(((Unrecognized) DeadlinePhrases.parse("法律、法规另有规定的，从其规定")).reason())
                .contains("only the statutory fallback clause");
    }
}
