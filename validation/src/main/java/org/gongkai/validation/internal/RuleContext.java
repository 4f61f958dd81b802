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
 * validation and the standard guides. Immutable. The official calendar is the default, loaded on first use.
 *
 * <p>The standard registry is used unless another is given, and is loaded only when a rule needs more than the
 * canonical names of the 26 domains (which {@link DomainResolver} knows without loading it): a first validation of
 * an item named by its canonical domain does not pay for reading {@code domains.json}.
 */
public final class RuleContext {
    private static final Function<Domain, Optional<StandardGuide>> BUNDLED_GUIDES = new BundledGuides();

    private final Domains domains;
    private final WorkingDayCalendar calendar;
    private final LocalDate asOf;
    private final Function<Domain, Optional<StandardGuide>> guides;

    /**
     * @param domains the registry domains are resolved in, or null for {@link Domains#standard()} (loaded when
     *     first needed)
     * @param calendar the working-day calendar, or null for {@link WorkingDayCalendar#official()} (loaded when first
     *     needed)
     * @param asOf the date of the validation, or null when none is given (the rules that depend on it are skipped)
     * @param guides the standard guide of a domain, or null for the bundled guides
     */
    public RuleContext(Domains domains, WorkingDayCalendar calendar, LocalDate asOf,
            Function<Domain, Optional<StandardGuide>> guides) {
        this.domains = domains;
        this.calendar = calendar;
        this.asOf = asOf;
        this.guides = guides == null ? BUNDLED_GUIDES : guides;
    }

    /** @return the standard registry, the bundled guides, no calendar and no date */
    public static RuleContext standard() {
        return new RuleContext(null, null, null, null);
    }

    /** @return the registry domains are resolved in */
    public Domains domains() {
        return domains != null ? domains : Domains.standard();
    }

    /** @return true when the registry is the standard one (canonical names resolve without loading it) */
    boolean standardRegistry() {
        return domains == null;
    }

    /** @return the working-day calendar (the official one unless another was given) */
    public WorkingDayCalendar calendar() {
        return calendar != null ? calendar : WorkingDayCalendar.official();
    }

    /** @return the date of the validation, or null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the standard guide of a domain */
    public Function<Domain, Optional<StandardGuide>> guides() {
        return guides;
    }

    /**
     * @param date the date of the validation
     * @return a copy with that date
     */
    public RuleContext withAsOf(LocalDate date) {
        return new RuleContext(domains, calendar, date, guides);
    }

    /** The bundled guides (a class, not a method reference: no lambda bootstrap on the first validation). */
    private static final class BundledGuides implements Function<Domain, Optional<StandardGuide>> {
        @Override
        public Optional<StandardGuide> apply(Domain d) {
            return StandardGuide.bundled(d);
        }
    }
}
