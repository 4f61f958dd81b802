package org.gongkai.validation;

import java.util.EnumSet;
import java.util.Set;

/** Codes whose rule waits for a core package that is not merged yet (tests list them so none is forgotten). */
final class PendingRules {
    /** DEADLINE_*: need org.gongkai.deadline.DeadlinePhrases (the deadline branch). */
    static final Set<RuleCode> PENDING = EnumSet.of(RuleCode.DEADLINE_UNREADABLE, RuleCode.DEADLINE_EXCEEDS_ART26);

    private PendingRules() {
    }
}
