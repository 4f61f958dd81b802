package org.gongkai.validation;

import java.util.ArrayList;
import java.util.List;

/** Opens the rule cases' inputs to the tests of other packages. */
public final class RuleCasesAccess {
    private RuleCasesAccess() {
    }

    /** @return every failing and passing input of the rule cases */
    public static List<Object> inputs() {
        List<Object> out = new ArrayList<>();
        for (RuleCases.Case c : RuleCases.all()) {
            out.add(c.failing());
            out.add(c.passing());
        }
        return out;
    }
}
