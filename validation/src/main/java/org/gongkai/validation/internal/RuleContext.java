package org.gongkai.validation.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.domain.StandardGuide;

/**
 * What the rules need besides the validated object: the domain registry, the working-day calendar, the date of the
 * validation and the standard guides. Immutable.
 *
 * @param domains the registry domains are resolved in
 * @param calendar the working-day calendar, or null when none is given (the deadline rules on records are then
 *     skipped)
 * @param asOf the date of the validation, or null when none is given (the rules that depend on today are then
 *     skipped)
 * @param guides the standard guide of a domain, if there is one
 */
public record RuleContext(
        Domains domains,
        WorkingDayCalendar calendar,
        LocalDate asOf,
        Function<Domain, Optional<StandardGuide>> guides) {

    /** Rejects a null registry or guide function. */
    public RuleContext {
        Objects.requireNonNull(domains, "domains");
        Objects.requireNonNull(guides, "guides");
    }

    /** @return the standard registry, the bundled guides, no calendar and no date */
    public static RuleContext standard() {
        return new RuleContext(Domains.standard(), null, null, StandardGuide::bundled);
    }

    /**
     * @param date the date of the validation
     * @return a copy with that date
     */
    public RuleContext withAsOf(LocalDate date) {
        return new RuleContext(domains, calendar, date, guides);
    }
}
