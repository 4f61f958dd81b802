package org.gongkai.item;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 政府信息: one concrete piece of government information (a document, a notice, a list), with the attribute
 * determined at its source (源头认定) and the dates the lifecycle rules work on: when it was formed or changed (the
 * start of Art. 26's 20 working days), published, repealed, and when its withholding was last reviewed (withheld
 * information is assessed every year).
 *
 * <p>Immutable; build with {@link #builder()}. Identifiers are kept as written; parse them with
 * {@code org.gongkai.ident}.
 */
public final class InformationRecord {
    private final String title;
    private final String documentNumber;
    private final String indexNumber;
    private final String domain;
    private final ItemName item;
    private final DisclosureAttribute attribute;
    private final Set<NonDisclosureGround> grounds;
    private final String groundText;
    private final LocalDate formedOn;
    private final LocalDate changedOn;
    private final LocalDate publishedOn;
    private final LocalDate withholdingReviewedOn;
    private final LocalDate repealedOn;
    private final boolean listedAsCurrent;
    private final boolean containsWithheldParts;
    private final String lawRequiringDisclosure;
    private final boolean thirdPartyConsented;
    private final boolean publicInterestOverride;
    private final String statutoryDeadline;

    private InformationRecord(Builder b) {
        this.title = b.title;
        this.documentNumber = b.documentNumber;
        this.indexNumber = b.indexNumber;
        this.domain = b.domain;
        this.item = b.item;
        this.attribute = b.attribute;
        this.grounds = Sets.immutableEnumSet(b.grounds);
        this.groundText = b.groundText;
        this.formedOn = b.formedOn;
        this.changedOn = b.changedOn;
        this.publishedOn = b.publishedOn;
        this.withholdingReviewedOn = b.withholdingReviewedOn;
        this.repealedOn = b.repealedOn;
        this.listedAsCurrent = b.listedAsCurrent;
        this.containsWithheldParts = b.containsWithheldParts;
        this.lawRequiringDisclosure = b.lawRequiringDisclosure;
        this.thirdPartyConsented = b.thirdPartyConsented;
        this.publicInterestOverride = b.publicInterestOverride;
        this.statutoryDeadline = b.statutoryDeadline;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.documentNumber = documentNumber;
        b.indexNumber = indexNumber;
        b.domain = domain;
        b.item = item;
        b.attribute = attribute;
        b.grounds.addAll(grounds);
        b.groundText = groundText;
        b.formedOn = formedOn;
        b.changedOn = changedOn;
        b.publishedOn = publishedOn;
        b.withholdingReviewedOn = withholdingReviewedOn;
        b.repealedOn = repealedOn;
        b.listedAsCurrent = listedAsCurrent;
        b.containsWithheldParts = containsWithheldParts;
        b.lawRequiringDisclosure = lawRequiringDisclosure;
        b.thirdPartyConsented = thirdPartyConsented;
        b.publicInterestOverride = publicInterestOverride;
        b.statutoryDeadline = statutoryDeadline;
        return b;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return 发文字号 as written, empty when none */
    public String documentNumber() {
        return documentNumber;
    }

    /** @return 索引号 as written, empty when none */
    public String indexNumber() {
        return indexNumber;
    }

    /** @return the domain as named, empty when none */
    public String domain() {
        return domain;
    }

    /** @return the catalog item the record belongs to (by name) */
    public ItemName item() {
        return item;
    }

    /** @return the attribute determined at source, when determined */
    public Optional<DisclosureAttribute> attribute() {
        return Optional.ofNullable(attribute);
    }

    /** @return the legal grounds given for withholding or on-request disclosure */
    public Set<NonDisclosureGround> grounds() {
        return grounds;
    }

    /** @return the ground as written, empty when none */
    public String groundText() {
        return groundText;
    }

    /** @return the date the information was formed (形成) */
    public Optional<LocalDate> formedOn() {
        return Optional.ofNullable(formedOn);
    }

    /** @return the date it last changed (变更), when it did */
    public Optional<LocalDate> changedOn() {
        return Optional.ofNullable(changedOn);
    }

    /** @return the later of formed and changed: the start of Art. 26's window */
    public Optional<LocalDate> formedOrChangedOn() {
        if (changedOn != null && (formedOn == null || changedOn.isAfter(formedOn))) {
            return Optional.of(changedOn);
        }
        return Optional.ofNullable(formedOn);
    }

    /** @return the date it was published, when it was */
    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    /**
     * Checks this record's publication against its item's deadline rule, from the later of its formed and changed
     * dates (Art. 26: 自该政府信息形成或者变更之日起).
     *
     * @param rule the deadline rule of the item the record belongs to
     * @param calendar the working-day calendar
     * @return the result; NOT_CHECKABLE with the reason when the formed/changed or published date is missing
     * @throws org.gongkai.calendar.CalendarCoverageException when a date is outside the calendar's strict coverage
     */
    public org.gongkai.deadline.PublicationCheck publicationCheck(org.gongkai.deadline.DeadlineRule rule,
            org.gongkai.calendar.WorkingDayCalendar calendar) {
        return org.gongkai.deadline.PublicationCheck.check(rule, formedOrChangedOn(), publishedOn(), calendar);
    }

    /** @return the date its withholding was last reviewed (评估), when it was */
    public Optional<LocalDate> withholdingReviewedOn() {
        return Optional.ofNullable(withholdingReviewedOn);
    }

    /** @return the date it was repealed (废止) or ceased to be in force, when it was */
    public Optional<LocalDate> repealedOn() {
        return Optional.ofNullable(repealedOn);
    }

    /** @return true when the publishing system lists it as current (现行有效) */
    public boolean listedAsCurrent() {
        return listedAsCurrent;
    }

    /** @return true when the record has parts determined 依申请公开 or 不予公开 */
    public boolean containsWithheldParts() {
        return containsWithheldParts;
    }

    /** @return a law, regulation or rule that requires disclosure of this information, empty when none is cited */
    public String lawRequiringDisclosure() {
        return lawRequiringDisclosure;
    }

    /** @return true when the third party consented to disclosure (Art. 15) */
    public boolean thirdPartyConsented() {
        return thirdPartyConsented;
    }

    /** @return true when the agency found that withholding would seriously affect the public interest (Art. 15) */
    public boolean publicInterestOverride() {
        return publicInterestOverride;
    }

    /**
     * @return the period a law or regulation sets for publishing this record, as a deadline phrase (e.g.
     *     {@code 自作出决定之日起7个工作日内}), which replaces Art. 26's 20 working days (Art. 26 "法律、法规对政府信息
     *     公开的期限另有规定的，从其规定"); empty when none is stated
     */
    public String statutoryDeadline() {
        return statutoryDeadline;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InformationRecord r)) {
            return false;
        }
        return title.equals(r.title) && documentNumber.equals(r.documentNumber) && indexNumber.equals(r.indexNumber)
                && domain.equals(r.domain) && item.equals(r.item) && attribute == r.attribute
                && grounds.equals(r.grounds) && groundText.equals(r.groundText)
                && Objects.equals(formedOn, r.formedOn) && Objects.equals(changedOn, r.changedOn)
                && Objects.equals(publishedOn, r.publishedOn)
                && Objects.equals(withholdingReviewedOn, r.withholdingReviewedOn)
                && Objects.equals(repealedOn, r.repealedOn) && listedAsCurrent == r.listedAsCurrent
                && containsWithheldParts == r.containsWithheldParts
                && lawRequiringDisclosure.equals(r.lawRequiringDisclosure)
                && thirdPartyConsented == r.thirdPartyConsented && publicInterestOverride == r.publicInterestOverride
                && statutoryDeadline.equals(r.statutoryDeadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, documentNumber, indexNumber, domain, item, attribute, grounds, groundText, formedOn,
                changedOn, publishedOn, withholdingReviewedOn, repealedOn, listedAsCurrent, containsWithheldParts,
                lawRequiringDisclosure, thirdPartyConsented, publicInterestOverride, statutoryDeadline);
    }

    @Override
    public String toString() {
        return "InformationRecord[" + title + (documentNumber.isEmpty() ? "" : " " + documentNumber) + ", "
                + (attribute == null ? "undetermined" : attribute.label()) + "]";
    }

    /** Builds an {@link InformationRecord}. Not thread-safe. */
    public static final class Builder {
        private String title = "";
        private String documentNumber = "";
        private String indexNumber = "";
        private String domain = "";
        private ItemName item = new ItemName("", "", "");
        private DisclosureAttribute attribute;
        private final EnumSet<NonDisclosureGround> grounds = EnumSet.noneOf(NonDisclosureGround.class);
        private String groundText = "";
        private LocalDate formedOn;
        private LocalDate changedOn;
        private LocalDate publishedOn;
        private LocalDate withholdingReviewedOn;
        private LocalDate repealedOn;
        private boolean listedAsCurrent;
        private boolean containsWithheldParts;
        private String lawRequiringDisclosure = "";
        private boolean thirdPartyConsented;
        private boolean publicInterestOverride;
        private String statutoryDeadline = "";

        private Builder() {
        }

        /**
         * @param phrase the period a law or regulation sets for publishing the record, as a deadline phrase; it
         *     replaces Art. 26's 20 working days ("从其规定"); null or blank for none
         * @return this builder
         */
        public Builder statutoryDeadline(String phrase) {
            this.statutoryDeadline = Objects.requireNonNullElse(phrase, "");
            return this;
        }

        /**
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNullElse(title, "");
            return this;
        }

        /**
         * @param documentNumber 发文字号 as written
         * @return this builder
         */
        public Builder documentNumber(String documentNumber) {
            this.documentNumber = Objects.requireNonNullElse(documentNumber, "");
            return this;
        }

        /**
         * @param indexNumber 索引号 as written
         * @return this builder
         */
        public Builder indexNumber(String indexNumber) {
            this.indexNumber = Objects.requireNonNullElse(indexNumber, "");
            return this;
        }

        /**
         * @param domain the domain as named
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = Objects.requireNonNullElse(domain, "");
            return this;
        }

        /**
         * @param item the catalog item it belongs to
         * @return this builder
         */
        public Builder item(ItemName item) {
            this.item = Objects.requireNonNull(item, "item");
            return this;
        }

        /**
         * @param attribute the attribute determined at source (null: undetermined)
         * @return this builder
         */
        public Builder attribute(DisclosureAttribute attribute) {
            this.attribute = attribute;
            return this;
        }

        /**
         * @param grounds the grounds, replacing any set before
         * @return this builder
         */
        public Builder grounds(Collection<NonDisclosureGround> grounds) {
            this.grounds.clear();
            this.grounds.addAll(grounds);
            return this;
        }

        /**
         * @param ground a ground
         * @return this builder
         */
        public Builder addGround(NonDisclosureGround ground) {
            this.grounds.add(Objects.requireNonNull(ground, "ground"));
            return this;
        }

        /**
         * @param groundText the ground as written
         * @return this builder
         */
        public Builder groundText(String groundText) {
            this.groundText = Objects.requireNonNullElse(groundText, "");
            return this;
        }

        /**
         * @param date formed on
         * @return this builder
         */
        public Builder formedOn(LocalDate date) {
            this.formedOn = date;
            return this;
        }

        /**
         * @param date changed on
         * @return this builder
         */
        public Builder changedOn(LocalDate date) {
            this.changedOn = date;
            return this;
        }

        /**
         * @param date published on
         * @return this builder
         */
        public Builder publishedOn(LocalDate date) {
            this.publishedOn = date;
            return this;
        }

        /**
         * @param date withholding last reviewed on
         * @return this builder
         */
        public Builder withholdingReviewedOn(LocalDate date) {
            this.withholdingReviewedOn = date;
            return this;
        }

        /**
         * @param date repealed on
         * @return this builder
         */
        public Builder repealedOn(LocalDate date) {
            this.repealedOn = date;
            return this;
        }

        /**
         * @param current whether the publishing system lists it as current
         * @return this builder
         */
        public Builder listedAsCurrent(boolean current) {
            this.listedAsCurrent = current;
            return this;
        }

        /**
         * @param value whether it has 依申请/不予公开 parts
         * @return this builder
         */
        public Builder containsWithheldParts(boolean value) {
            this.containsWithheldParts = value;
            return this;
        }

        /**
         * @param law a law, regulation or rule requiring disclosure
         * @return this builder
         */
        public Builder lawRequiringDisclosure(String law) {
            this.lawRequiringDisclosure = Objects.requireNonNullElse(law, "");
            return this;
        }

        /**
         * @param value whether the third party consented (Art. 15)
         * @return this builder
         */
        public Builder thirdPartyConsented(boolean value) {
            this.thirdPartyConsented = value;
            return this;
        }

        /**
         * @param value whether the public interest overrides withholding (Art. 15)
         * @return this builder
         */
        public Builder publicInterestOverride(boolean value) {
            this.publicInterestOverride = value;
            return this;
        }

        /**
         * @return the record (dates are not checked against each other here: a record with inconsistent dates
         *     still loads, and the validator reports it)
         */
        public InformationRecord build() {
            return new InformationRecord(this);
        }
    }
}
