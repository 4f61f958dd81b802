package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.gongkai.domain.Domains;
import org.gongkai.validation.internal.RuleContext;

/** The rule context of the Jakarta path: standard domains, bundled guides, the date of the validator's clock. */
final class JakartaContext {
    private static final RuleContext STANDARD = RuleContext.standard();
    private static final RuleContext EXTENDED = new RuleContext(
            Domains.standard().withOverlay(Domains.knownExtensions()), null, null, STANDARD.guides());

    private JakartaContext() {
    }

    static RuleContext of(ConstraintValidatorContext context, boolean knownExtensions, boolean needsDate) {
        RuleContext base = knownExtensions ? EXTENDED : STANDARD;
        return needsDate ? base.withAsOf(LocalDate.now(context.getClockProvider().getClock())) : base;
    }

    static Domains domains(boolean knownExtensions) {
        return knownExtensions ? EXTENDED.domains() : STANDARD.domains();
    }
}
