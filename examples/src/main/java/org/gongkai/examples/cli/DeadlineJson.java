package org.gongkai.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.deadline.CalendarWindow;
import org.gongkai.deadline.Compound;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineReading;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.deadline.FixedDate;
import org.gongkai.deadline.Immediate;
import org.gongkai.deadline.OnRequest;
import org.gongkai.deadline.Periodic;
import org.gongkai.deadline.PublicityPeriod;
import org.gongkai.deadline.Standing;
import org.gongkai.deadline.Trigger;
import org.gongkai.deadline.Unrecognized;
import org.gongkai.deadline.WorkingDayWindow;

/**
 * The JSON object of {@code deadline parse}: {@code kind}, then the fields of the kind ({@code amount}, {@code unit}
 * and {@code trigger} and {@code direction} for windows, {@code parts} for a compound rule, {@code article} for
 * ON_REQUEST …), then {@code fallbackClause}, {@code source} and {@code canonical}; for a whole cell
 * ({@link #of(DeadlineReading)}) also {@code note} (when there is one), {@code partial} and {@code unread}. A trigger
 * is an object {@code {"kind": …, "text": …}}; a part adds its {@code scope}.
 */
final class DeadlineJson {
    private DeadlineJson() {
    }

    /**
     * @param reading a cell read by {@link DeadlinePhrases#read(CharSequence)}
     * @return the rule's JSON object followed by {@code note} (when not empty), {@code partial} and {@code unread}
     */
    static Map<String, Object> of(DeadlineReading reading) {
        Map<String, Object> m = of(reading.rule());
        if (!reading.note().isEmpty()) {
            m.put("note", reading.note());
        }
        m.put("partial", reading.partial());
        m.put("unread", new ArrayList<Object>(reading.unread()));
        return m;
    }

    /**
     * @param rule a rule
     * @return its JSON object (a map in contract order)
     */
    static Map<String, Object> of(DeadlineRule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", rule.kind().name());
        if (rule instanceof WorkingDayWindow w) {
            m.put("amount", w.amount());
            m.put("unit", w.unit().name());
            m.put("trigger", trigger(w.trigger()));
            m.put("direction", w.direction().name());
        } else if (rule instanceof CalendarWindow w) {
            m.put("amount", w.amount());
            m.put("unit", w.unit().name());
            m.put("trigger", trigger(w.trigger()));
            m.put("direction", w.direction().name());
        } else if (rule instanceof OnRequest r) {
            m.put("article", r.article());
            m.put("workingDays", OnRequest.REPLY_WORKING_DAYS);
        } else if (rule instanceof Immediate im) {
            m.put("immediacy", im.immediacy().name());
            m.put("trigger", trigger(im.trigger()));
        } else if (rule instanceof Standing s) {
            m.put("permanent", s.permanent());
            m.put("dynamicallyAdjusted", s.dynamicallyAdjusted());
        } else if (rule instanceof PublicityPeriod p) {
            m.put("purpose", p.purpose().name());
            m.put("amount", p.amount());
            m.put("unit", p.unit().name());
            m.put("atLeast", p.atLeast());
        } else if (rule instanceof FixedDate d) {
            m.put("month", d.month());
            m.put("day", d.monthEnd() ? null : d.day());
            m.put("monthEnd", d.monthEnd());
            m.put("everyYear", d.everyYear());
        } else if (rule instanceof Periodic p) {
            m.put("unit", p.unit().name());
            m.put("times", p.times());
            m.put("atLeast", p.atLeast());
        } else if (rule instanceof Compound c) {
            List<Object> parts = new ArrayList<>();
            for (Compound.Part p : c.parts()) {
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("scope", p.scope());
                part.putAll(of(p.rule()));
                parts.add(part);
            }
            m.put("parts", parts);
        } else if (rule instanceof Unrecognized u) {
            m.put("reason", u.reason());
        }
        m.put("fallbackClause", rule.fallbackClause());
        m.put("source", rule.source());
        m.put("canonical", DeadlinePhrases.format(rule));
        return m;
    }

    private static Map<String, Object> trigger(Trigger t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", t.kind().name());
        m.put("text", t.text());
        return m;
    }
}
