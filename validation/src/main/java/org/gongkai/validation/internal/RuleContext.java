package org.gongkai.validation.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    private final Period withholdingReviewPeriod;
    private final Set<String> statutoryTitles;
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
        this(domains, calendar, asOf, guides, null);
    }

    /**
     * @param domains the registry, or null for the standard one
     * @param calendar the working-day calendar, or null for the official one
     * @param asOf the date of the validation, or null
     * @param guides the standard guides, or null for the bundled ones
     * @param withholdingReviewPeriod the policy period of the review of withheld information (Art. 18 says
     *     "定期", no period), or null for {@link #DEFAULT_WITHHOLDING_REVIEW_PERIOD}
     */
    public RuleContext(Domains domains, WorkingDayCalendar calendar, LocalDate asOf,
            Function<Domain, Optional<StandardGuide>> guides, Period withholdingReviewPeriod) {
        this.domains = domains;
        this.calendar = calendar;
        this.asOf = asOf;
        this.guides = guides == null ? BUNDLED_GUIDES : guides;
        this.withholdingReviewPeriod = withholdingReviewPeriod == null ? DEFAULT_WITHHOLDING_REVIEW_PERIOD
                : withholdingReviewPeriod;
        this.statutoryTitles = Set.of();
    }

    private RuleContext(RuleContext base, LocalDate asOf, Set<String> statutoryTitles) {
        this.domains = base.domains;
        this.calendar = base.calendar;
        this.asOf = asOf;
        this.guides = base.guides;
        this.withholdingReviewPeriod = base.withholdingReviewPeriod;
        this.statutoryTitles = statutoryTitles;
    }

    /**
     * @param titles titles of laws and administrative regulations (法律、行政法规) that the caller states, for those
     *     whose name does not end in …法 or …条例 (e.g. a 行政法规 named …办法 or …规定); without 《》
     * @return this context with those titles
     */
    public RuleContext withStatutoryTitles(Set<String> titles) {
        return new RuleContext(this, asOf, Set.copyOf(titles));
    }

    /** @return the titles the caller stated to be laws or administrative regulations */
    public Set<String> statutoryTitles() {
        return statutoryTitles;
    }

    /**
     * The default period of the review of withheld information: one year. A policy, not law: Art. 18 requires
     * "定期评估审查" (periodic review) and sets no period.
     */
    public static final Period DEFAULT_WITHHOLDING_REVIEW_PERIOD = Period.ofYears(1);

    /** @return the policy period within which withheld information must have been reviewed */
    public Period withholdingReviewPeriod() {
        return withholdingReviewPeriod;
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
        return new RuleContext(this, date, statutoryTitles);
    }

    /** The bundled guides (a class, not a method reference: no lambda bootstrap on the first validation). */
    private static final class BundledGuides implements Function<Domain, Optional<StandardGuide>> {
        @Override
        public Optional<StandardGuide> apply(Domain d) {
            return StandardGuide.bundled(d);
        }
    }
}
