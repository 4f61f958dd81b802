package org.gongkai.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.report.AnnualReportDeadline;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.domain.StandardGuide;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.NegativeList;
import org.gongkai.validation.internal.CatalogRules;
import org.gongkai.validation.internal.ItemRules;
import org.gongkai.validation.internal.RecordRules;
import org.gongkai.validation.internal.RuleContext;
import org.gongkai.validation.internal.Sink;

/**
 * Checks disclosure items, catalogs, records and negative lists against the standard (国办发〔2019〕54号) and the
 * Regulation, and returns a {@link ValidationReport} a clerk can act on. The same rules run behind the Jakarta
 * constraints of {@code org.gongkai.validation.constraints}.
 *
 * <p>Immutable, thread-safe and reusable: build one and share it. No reflection, no regular expression, no Bean
 * Validation bootstrap.
 *
 * <pre>{@code
 * DisclosureValidator validator = DisclosureValidator.builder()
 *         .locale(Locale.ENGLISH)
 *         .severity(RuleCode.ITEM_AUDIENCE_MISSING, Severity.ERROR)
 *         .asOf(LocalDate.of(2025, 3, 1))
 *         .build();
 * ValidationReport report = validator.validate(catalog);
 * }</pre>
 */
public final class DisclosureValidator {
    private static final DisclosureValidator DEFAULT = builder().build();

    private final Locale locale;
    private final Strictness strictness;
    private final boolean[] enabled;
    private final Severity[] severities;
    private final RuleContext context;
    private final Clock clock;

    private DisclosureValidator(Builder b) {
        this.locale = b.locale;
        this.strictness = b.strictness;
        RuleCode[] codes = RuleCode.values();
        this.enabled = new boolean[codes.length];
        this.severities = new Severity[codes.length];
        for (RuleCode c : codes) {
            enabled[c.ordinal()] = b.enabled.contains(c) && strictness.includes(c);
            severities[c.ordinal()] = b.severities[c.ordinal()] != null ? b.severities[c.ordinal()] : c.severity();
        }
        this.context = new RuleContext(b.domains, b.calendar, b.asOf, b.guides, b.withholdingReviewPeriod)
                .withStatutoryTitles(b.statutoryTitles);
        this.clock = b.clock;
    }

    /** @return a validator with every rule, default severities, Chinese messages first, the standard domains */
    public static DisclosureValidator standard() {
        return DEFAULT;
    }

    /** @return a builder with the defaults of {@link #standard()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the locale of {@link ValidationReport#messages()} */
    public Locale locale() {
        return locale;
    }

    /** @return the strictness */
    public Strictness strictness() {
        return strictness;
    }

    /**
     * @param code a rule code
     * @return true when this validator runs the rule
     */
    public boolean isEnabled(RuleCode code) {
        return enabled[code.ordinal()];
    }

    /**
     * @param code a rule code
     * @return the severity this validator reports it with
     */
    public Severity severityOf(RuleCode code) {
        return severities[code.ordinal()];
    }

    /**
     * Checks one item on its own: its elements, its domain, its deadline. Paths are the item's properties
     * ({@code basis}, {@code channels}).
     *
     * @param item the item
     * @return the report
     */
    public ValidationReport validate(DisclosureItem item) {
        Objects.requireNonNull(item, "item");
        Collector sink = new Collector();
        ItemRules.check(item, context(), sink);
        return sink.report();
    }

    /**
     * Checks a catalog: every item (paths {@code items[i].…}), then duplicates, serial numbers, items outside the
     * catalog's domains, and the items of each domain's standard guide that the catalog lacks ({@code domains[k]}).
     *
     * @param catalog the catalog
     * @return the report
     */
    public ValidationReport validate(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        Collector sink = new Collector();
        CatalogRules.check(catalog, context(), sink);
        return sink.report();
    }

    /**
     * Checks one record's lifecycle: its identifiers, attribute and grounds, publication within Art. 26's deadline
     * (on the {@linkplain Builder#calendar calendar}), the yearly review of withheld information and repealed
     * records listed as current (need the {@linkplain Builder#asOf date}).
     *
     * @param record the record
     * @return the report
     */
    public ValidationReport validate(InformationRecord record) {
        Objects.requireNonNull(record, "record");
        Collector sink = new Collector();
        RecordRules.check(record, context(), sink);
        return sink.report();
    }

    /**
     * Checks the publication date of an annual report on disclosure against Art. 49: "县级以上人民政府部门应当在每年
     * 1月31日前 … 向社会公布"; local governments' reports "在每年3月31日前" (ANNUAL_REPORT_LATE, path
     * {@code publishedOn}). The named day itself is in time.
     *
     * @param publisher a department or a local government
     * @param reportYear the year the report covers
     * @param publishedOn the day it was published
     * @return the report; ANNUAL_REPORT_LATE also when the due day is beyond the last representable date (it is
     *     then reported with that reason, never thrown)
     */
    public ValidationReport validateAnnualReport(AnnualReportDeadline publisher, int reportYear,
            LocalDate publishedOn) {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Collector sink = new Collector();
        try {
            if (publisher.late(reportYear, publishedOn)) {
                sink.report(RuleCode.ANNUAL_REPORT_LATE, null, -1, "publishedOn", publishedOn + " (report of "
                        + reportYear + ", due by " + publisher.lastDay(reportYear) + ", Art. 49)");
            }
        } catch (java.time.DateTimeException e) {
            sink.report(RuleCode.ANNUAL_REPORT_LATE, null, -1, "publishedOn", publishedOn + " (report of "
                    + reportYear + ": " + e.getMessage() + ")");
        }
        return sink.report();
    }

    /**
     * Checks that every entry of a negative list (负面清单) gives a ground of Art. 14–16 (paths
     * {@code entries[i].grounds}).
     *
     * @param list the list
     * @return the report
     */
    public ValidationReport validate(NegativeList list) {
        Objects.requireNonNull(list, "list");
        Collector sink = new Collector();
        CatalogRules.check(list, sink);
        return sink.report();
    }

    /**
     * Compares a township's list with a village's: the same item must publish the same content (相同事项的公开内容
     * 对应一致). Paths are those of the village catalog ({@code items[i].content}).
     *
     * @param township the township's catalog
     * @param village the village's catalog
     * @return the report
     */
    public ValidationReport compareTownshipAndVillage(Catalog township, Catalog village) {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(village, "village");
        Collector sink = new Collector();
        CatalogRules.compare(township, village, context(), sink);
        return sink.report();
    }

    private RuleContext context() {
        return clock == null || context.asOf() != null ? context : context.withAsOf(LocalDate.now(clock));
    }

    /** Collects violations with this validator's switches and severities. */
    private final class Collector implements Sink {
        private List<Violation> found;

        @Override
        public boolean wants(RuleCode code) {
            return enabled[code.ordinal()];
        }

        @Override
        public void report(RuleCode code, String collection, int index, String property, String value) {
            if (!enabled[code.ordinal()]) {
                return;
            }
            if (found == null) {
                found = new ArrayList<>(4);
            }
            found.add(new Violation(code, severities[code.ordinal()], Sink.path(collection, index, property), value,
                    code.messageZh(), code.messageEn()));
        }

        ValidationReport report() {
            return found == null ? ValidationReport.empty(locale) : ValidationReport.of(found, locale);
        }
    }

    /** Builds a {@link DisclosureValidator}. Not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private Strictness strictness = Strictness.PUBLISH;
        private final EnumSet<RuleCode> enabled = EnumSet.allOf(RuleCode.class);
        private final Severity[] severities = new Severity[RuleCode.values().length];
        private Domains domains;
        private WorkingDayCalendar calendar;
        private LocalDate asOf;
        private Period withholdingReviewPeriod;
        private final Set<String> statutoryTitles = new HashSet<>();
        private Clock clock;
        private Function<Domain, Optional<StandardGuide>> guides;

        private Builder() {
        }

        /**
         * @param locale the language of {@link ValidationReport#messages()} (Chinese unless English); both
         *     languages are always in each {@link Violation}
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * @param strictness {@link Strictness#DRAFT} runs only the rules that apply to drafts
         * @return this builder
         */
        public Builder strictness(Strictness strictness) {
            this.strictness = Objects.requireNonNull(strictness, "strictness");
            return this;
        }

        /**
         * @param codes the only rules to run
         * @return this builder
         */
        public Builder only(Collection<RuleCode> codes) {
            enabled.clear();
            enabled.addAll(codes);
            return this;
        }

        /**
         * @param codes rules to run (all run by default)
         * @return this builder
         */
        public Builder enable(RuleCode... codes) {
            enabled.addAll(Arrays.asList(codes));
            return this;
        }

        /**
         * @param codes rules not to run
         * @return this builder
         */
        public Builder disable(RuleCode... codes) {
            for (RuleCode c : codes) {
                enabled.remove(c);
            }
            return this;
        }

        /**
         * @param code a rule
         * @param severity the severity to report it with, raised or lowered from its default
         * @return this builder
         */
        public Builder severity(RuleCode code, Severity severity) {
            severities[code.ordinal()] = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * @param domains the registry domains are resolved in (default {@link Domains#standard()}; a province adds
         *     its own with {@link Domains#withOverlay})
         * @return this builder
         */
        public Builder domains(Domains domains) {
            this.domains = Objects.requireNonNull(domains, "domains");
            return this;
        }

        /**
         * States that the titles are laws or administrative regulations (法律、行政法规), so that an item citing one may
         * keep a deadline longer than Art. 26's 20 working days ("法律、法规对政府信息公开的期限另有规定的，从其规定").
         * Titles ending in …法 or …条例 are recognized without this; use it for a 行政法规 named otherwise (e.g.
         * 全国年节及纪念日放假办法).
         *
         * @param titles the titles, without 《》
         * @return this builder
         */
        public Builder statutoryTitles(Collection<String> titles) {
            for (String t : Objects.requireNonNull(titles, "titles")) {
                statutoryTitles.add(Objects.requireNonNull(t, "title").strip());
            }
            return this;
        }

        /**
         * @param period how often withheld information must be reviewed (default one year). A policy, not law:
         *     Art. 18 requires "对本行政机关不予公开的政府信息进行定期评估审查" and sets no period
         * @return this builder
         * @throws IllegalArgumentException when the period is zero or negative
         */
        public Builder withholdingReviewPeriod(Period period) {
            Objects.requireNonNull(period, "period");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a review period must be positive: " + period);
            }
            this.withholdingReviewPeriod = period;
            return this;
        }

        /**
         * @param calendar the working-day calendar for Art. 26's 20 working days on records (default
         *     {@link WorkingDayCalendar#official()}, loaded on first use; a year it does not cover is reported as
         *     RECORD_DEADLINE_NOT_COMPUTABLE)
         * @return this builder
         */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * @param date the date of the validation (for overdue publication, the yearly review of withheld
         *     information, repealed records); without a date or a clock those rules do not run
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * @param clock the clock giving the date of each validation, when no fixed {@link #asOf} is given
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param guides the standard guide of a domain (default: the bundled partial guides,
         *     {@link StandardGuide#bundled}); a province passes its complete guides
         * @return this builder
         */
        public Builder guides(Function<Domain, Optional<StandardGuide>> guides) {
            this.guides = Objects.requireNonNull(guides, "guides");
            return this;
        }

        /** @return the validator */
        public DisclosureValidator build() {
            return new DisclosureValidator(this);
        }
    }

    /** @return the codes this validator runs */
    public Set<RuleCode> enabledCodes() {
        EnumSet<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        for (RuleCode c : RuleCode.values()) {
            if (enabled[c.ordinal()]) {
                out.add(c);
            }
        }
        return out;
    }
}
