package org.gongkai.validation.internal;

import org.gongkai.item.DisclosureItem;

/**
 * The rules on an item's deadline text: readable (DEADLINE_UNREADABLE) and, for proactive items, within Art. 26's
 * 20 working days unless a law is cited or the fallback clause is kept (DEADLINE_EXCEEDS_ART26). They need the
 * deadline phrase reader of {@code org.gongkai.deadline}; until it is in core they report nothing.
 */
final class DeadlineRules {
    private DeadlineRules() {
    }

    static void check(DisclosureItem item, String collection, int index, Sink sink) {
        // Wired to org.gongkai.deadline.DeadlinePhrases when that package lands in core.
    }
}
