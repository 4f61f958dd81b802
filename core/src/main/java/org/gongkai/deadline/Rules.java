package org.gongkai.deadline;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the rule records. Package-private. */
final class Rules {

    private Rules() {
    }

    /** The rule with every source text blanked, for structural comparison (unrecognised text is its structure). */
    static DeadlineRule structure(DeadlineRule rule) {
        if (rule instanceof Unrecognized) {
            return rule;
        }
        if (rule instanceof Compound c) {
            List<Compound.Part> parts = new ArrayList<>(c.parts().size());
            for (Compound.Part p : c.parts()) {
                parts.add(new Compound.Part(p.scope(), structure(p.rule())));
            }
            return new Compound(parts, c.fallbackClause(), "");
        }
        return rule.withSource("");
    }

    static void requirePositive(int amount, String what) {
        if (amount <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + amount);
        }
    }
}
