package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.gongkai.domain.Domains;
import org.gongkai.validation.internal.RuleContext;

/** The rule context of the Jakarta path: standard domains, bundled guides, the date of the validator's clock. */
final class JakartaContext {
    private static final RuleContext STANDARD = RuleContext.standard();

    private JakartaContext() {
    }

    static RuleContext of(ConstraintValidatorContext context, boolean knownExtensions, boolean needsDate) {
        RuleContext base = of(knownExtensions);
        return needsDate ? base.withAsOf(LocalDate.now(context.getClockProvider().getClock())) : base;
    }

    static RuleContext of(boolean knownExtensions) {
        return knownExtensions ? Extended.CONTEXT : STANDARD;
    }

    /** The standard domains and the known extensions, built when first asked for. */
    private static final class Extended {
        static final RuleContext CONTEXT = new RuleContext(
                Domains.standard().withOverlay(Domains.knownExtensions()), null, null, null);
    }
}
