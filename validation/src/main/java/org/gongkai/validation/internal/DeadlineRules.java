package org.gongkai.validation.internal;

import java.util.Set;
import org.gongkai.deadline.DeadlineKind;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineReading;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.RuleCode;

/**
 * The rules on an item's deadline text, read by {@code org.gongkai.deadline} ({@link DisclosureItem#deadline()}):
 * readable (DEADLINE_UNREADABLE), and for proactive items within Art. 26's 20 working days unless the phrase keeps
 * the fallback clause (法律、法规另有规定的，从其规定) or the basis cites a law or regulation besides the Regulation,
 * which may set the longer period (DEADLINE_EXCEEDS_ART26); read whole, nothing carrying a number, a time word or a
 * trigger left unread (DEADLINE_PARTLY_READ, whose value is the unread text).
 */
final class DeadlineRules {
    private DeadlineRules() {
    }

    static void check(DisclosureItem item, RuleContext ctx, String collection, int index, Sink sink) {
        if (sink.wants(RuleCode.DEADLINE_PARTLY_READ) && !item.deadlineText().isEmpty()) {
            DeadlineReading reading = DeadlinePhrases.read(item.deadlineText());
            if (reading.partial()) {
                sink.report(RuleCode.DEADLINE_PARTLY_READ, collection, index, "deadline",
                        String.join("；", reading.unread()));
            }
        }
        boolean unreadable = sink.wants(RuleCode.DEADLINE_UNREADABLE);
        boolean exceeds = sink.wants(RuleCode.DEADLINE_EXCEEDS_ART26) && item.isProactive();
        if (!unreadable && !exceeds) {
            return;
        }
        DeadlineRule rule = item.deadline();
        if (rule.kind() == DeadlineKind.UNRECOGNIZED) {
            sink.report(RuleCode.DEADLINE_UNREADABLE, collection, index, "deadline", item.deadlineText());
        } else if (exceeds && rule.exceedsStatutoryProactiveWindow()
                && !citesAnotherLaw(item, ctx.statutoryTitles())) {
            sink.report(RuleCode.DEADLINE_EXCEEDS_ART26, collection, index, "deadline", item.deadlineText());
        }
    }

    /**
     * Art. 26: 法律、法规对政府信息公开的期限另有规定的，从其规定 — only a law or a regulation other than the Regulation
     * itself may set another period. Recognized: a title ending in …法 (not …办法) or …条例, and any title the caller
     * stated to be a law or administrative regulation (a 行政法规 may be named …办法 or …规定, e.g.
     * 《全国年节及纪念日放假办法》); other rules (…办法, …规定) and normative documents (…意见, …通知) may not.
     */
    static boolean citesAnotherLaw(DisclosureItem item, Set<String> statutoryTitles) {
        for (String title : item.basis().citations()) {
            String t = title.strip();
            if (t.contains("政府信息公开条例")) {
                continue;
            }
            if (statutoryTitles.contains(t)) {
                return true;
            }
            if (t.endsWith("条例") || (t.endsWith("法") && !t.endsWith("办法"))) {
                return true;
            }
        }
        return false;
    }
}
