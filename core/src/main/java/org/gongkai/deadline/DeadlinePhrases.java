package org.gongkai.deadline;

import java.util.Objects;

/**
 * Deadline phrases (公开时限) both ways: Chinese text → {@link DeadlineRule} and back.
 *
 * <p>{@link #parse(CharSequence)} reads what real catalogs contain. Before matching it normalises the text:
 * whitespace inside words from PDF line wraps (ASCII, U+3000, no-break spaces), Traditional characters from mirror
 * hosts (變更, 個, 內, 實時公開 …), full-width and half-width punctuation and digits, a missing 个 (20工作日内), the
 * typo 形式 for 形成, a duplicated tail (…内公开内公开), a truncated tail (…日内予以公, 不得少于30…) and trailing
 * punctuation, and the artefacts of converters (a reading in parentheses after a character, 个(gè)工作日内(nèi);
 * doubled punctuation ,, or ,。). It never throws on text: what it cannot read becomes an {@link Unrecognized} rule
 * with the reason. The parser is a hand-written scanner over the normalised characters with precomputed tables: no
 * regular expressions. It is linear in the length of the text (a 1 MB cell costs about ten times a 100 KB one).
 *
 * <p>{@link #read(CharSequence)} gives the rule together with what of the cell it does not express: the caveats
 * after it (its note) and any unconsumed text that carries a number, a time word or a trigger (then the reading is
 * partial). Nothing of a cell is dropped silently.
 *
 * <p>Kinds beyond the windows after a trigger: windows before an event (在召开听证会5个工作日前公开, 会议召开3日前公告,
 * 提前一周: {@link Direction#BEFORE}); two rules in one cell with or without a separator ({@link Compound});
 * 依申请公开 ({@link OnRequest}, Regulation Art. 33).
 *
 * <p>{@link #format(DeadlineRule)} writes the canonical simplified-Chinese phrase; for every rule {@code r},
 * {@code parse(format(r))} is {@linkplain DeadlineRule#equivalent(DeadlineRule) equivalent} to {@code r}. The
 * parser checks this for every rule whose shape is not known to survive it (an unusual trigger, a scope, a window
 * before an event) and returns such text as {@link Unrecognized} when the rule would be written back as text that
 * reads otherwise (reliability audit D3).
 */
public final class DeadlinePhrases {

    /** The canonical fallback clause written after a rule that defers to other laws (Regulation Art. 26). */
    public static final String FALLBACK_CLAUSE = "法律、法规另有规定的，从其规定";

    private DeadlinePhrases() {
    }

    /**
     * Reads a deadline phrase.
     *
     * @param text the phrase as found in a catalog; null is read as empty text
     * @return the rule, never null; {@link Unrecognized} with the reason when the text is not read
     */
    public static DeadlineRule parse(CharSequence text) {
        return PhraseParser.parse(text);
    }

    /**
     * Reads a deadline cell: the rule, its note (caveats after it) and the unread text that makes it partial.
     * {@code read(text).rule()} is {@code parse(text)}.
     *
     * @param text the cell as found in a catalog; null is read as empty text
     * @return the reading, never null
     */
    public static DeadlineReading read(CharSequence text) {
        return PhraseParser.read(text);
    }

    /**
     * Writes the canonical phrase of a rule, e.g. 信息形成或者变更之日起20个工作日内；法律、法规另有规定的，从其规定.
     * An {@link Unrecognized} rule is written as its raw text.
     *
     * @param rule the rule
     * @return the canonical simplified-Chinese phrase
     */
    public static String format(DeadlineRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rule instanceof Unrecognized u) {
            return u.source();
        }
        StringBuilder sb = new StringBuilder(32);
        if (rule instanceof Compound c) {
            for (int i = 0; i < c.parts().size(); i++) {
                Compound.Part p = c.parts().get(i);
                if (i > 0) {
                    sb.append('；');
                }
                if (!p.scope().isEmpty()) {
                    sb.append(p.scope()).append('：');
                }
                body(p.rule(), sb);
            }
        } else {
            body(rule, sb);
        }
        if (rule.fallbackClause()) {
            sb.append('；').append(FALLBACK_CLAUSE);
        }
        return sb.toString();
    }

    private static void body(DeadlineRule rule, StringBuilder sb) {
        if (rule instanceof WorkingDayWindow w) {
            if (w.direction() == Direction.BEFORE) {
                before(w.trigger(), sb);
                sb.append(w.amount()).append("个工作日");
                sb.append(w.trigger().kind() == TriggerKind.UNSPECIFIED ? "" : "前");
            } else {
                trigger(w.trigger(), sb);
                sb.append(w.amount()).append("个工作日内");
            }
        } else if (rule instanceof CalendarWindow w) {
            if (w.direction() == Direction.BEFORE) {
                before(w.trigger(), sb);
                sb.append(w.amount()).append(w.unit() == PeriodUnit.DAY ? "日" : w.unit().label());
                sb.append(w.trigger().kind() == TriggerKind.UNSPECIFIED ? "" : "前");
            } else {
                trigger(w.trigger(), sb);
                sb.append(w.amount()).append(w.unit() == PeriodUnit.DAY ? "日" : w.unit().label()).append('内');
            }
        } else if (rule instanceof OnRequest) {
            sb.append("依申请公开");
        } else if (rule instanceof Immediate im) {
            switch (im.immediacy()) {
                case TIMELY -> {
                    if (im.trigger().kind() != TriggerKind.UNSPECIFIED) {
                        sb.append(im.trigger().text()).append('后');
                    }
                    sb.append("及时公开");
                }
                case REAL_TIME -> sb.append("实时公开");
                case AS_PROGRESS -> sb.append("按进展情况及时公开");
                case AT_EVENT -> sb.append(im.trigger().text()).append("时公开");
                default -> throw new IllegalStateException(String.valueOf(im.immediacy()));
            }
        } else if (rule instanceof Standing s) {
            sb.append(s.permanent() ? "永久公开" : "长期公开");
            if (s.dynamicallyAdjusted()) {
                sb.append("（动态调整）");
            }
        } else if (rule instanceof PublicityPeriod p) {
            sb.append(p.purpose().label());
            if (p.atLeast()) {
                sb.append("不少于");
            }
            sb.append(p.amount()).append(p.unit().label());
        } else if (rule instanceof FixedDate d) {
            if (d.everyYear()) {
                sb.append("每年");
            }
            sb.append(d.month()).append('月');
            if (d.monthEnd()) {
                sb.append("底前");
            } else {
                sb.append(d.day()).append("日前");
            }
        } else if (rule instanceof Periodic p) {
            sb.append('每').append(periodicLabel(p.unit()));
            if (p.times() != 1 || p.atLeast()) {
                if (p.atLeast()) {
                    sb.append("至少");
                }
                sb.append("更新").append(p.times()).append('次');
            }
        } else if (rule instanceof SameAsAbove) {
            sb.append("同上");
        } else {
            throw new IllegalStateException("no phrase for " + rule.kind());
        }
    }

    /** Before an event: 召开听证会5个工作日前 (the event, then the window, then 前), or 提前5个工作日 with no event. */
    private static void before(Trigger t, StringBuilder sb) {
        if (t.kind() == TriggerKind.UNSPECIFIED) {
            sb.append("提前");
        } else {
            sb.append(t.text());
        }
    }

    private static void trigger(Trigger t, StringBuilder sb) {
        if (t.kind() != TriggerKind.UNSPECIFIED) {
            sb.append(t.text()).append("之日起");
        }
    }

    private static String periodicLabel(PeriodUnit unit) {
        return switch (unit) {
            case DAY -> "日";
            case WEEK -> "周";
            case MONTH -> "月";
            case QUARTER -> "季度";
            case HALF_YEAR -> "半年";
            case YEAR -> "年";
            default -> throw new IllegalStateException(String.valueOf(unit));
        };
    }
}
