package org.gongkai.item;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 政务公开事项标准目录: a body's list of disclosure items for one or more domains, at one or more administrative
 * levels, with the items in the catalog's order.
 *
 * @param title the catalog's title as published (e.g. 石羊镇义务教育领域基层政务公开标准目录), empty when unknown
 * @param publisher the publishing government or department, empty when unknown
 * @param levels the levels the catalog is for (县级, 乡级 …); empty when it does not say
 * @param domains the domains the catalog covers, as it names them
 * @param items the items in order
 * @param provenance where the catalog comes from
 */
public record Catalog(
        String title,
        String publisher,
        Set<AdministrativeLevel> levels,
        List<String> domains,
        List<DisclosureItem> items,
        Provenance provenance) {

    /**
     * Copies the collections; rejects null collections.
     *
     * @param title the catalog's title as published (e.g. 石羊镇义务教育领域基层政务公开标准目录), empty when unknown
     * @param publisher the publishing government or department, empty when unknown
     * @param levels the levels the catalog is for (县级, 乡级 …); empty when it does not say
     * @param domains the domains the catalog covers, as it names them
     * @param items the items in order
     * @param provenance where the catalog comes from
     */
    public Catalog {
        title = Objects.requireNonNullElse(title, "");
        publisher = Objects.requireNonNullElse(publisher, "");
        levels = Sets.immutableEnumSet(Objects.requireNonNull(levels, "levels"));
        domains = ImmutableList.copyOf(Objects.requireNonNull(domains, "domains"));
        items = ImmutableList.copyOf(Objects.requireNonNull(items, "items"));
        provenance = Objects.requireNonNullElse(provenance, Provenance.UNKNOWN);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this catalog */
    public Builder toBuilder() {
        Builder b = new Builder().title(title).publisher(publisher).provenance(provenance);
        b.levels.addAll(levels);
        b.domains.addAll(domains);
        b.items.addAll(items);
        return b;
    }

    /** Builds a {@link Catalog}. Not thread-safe. */
    public static final class Builder {
        private String title = "";
        private String publisher = "";
        private final EnumSet<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        private final List<String> domains = new ArrayList<>();
        private final List<DisclosureItem> items = new ArrayList<>();
        private Provenance provenance = Provenance.UNKNOWN;

        private Builder() {
        }

        /**
         * @param title the title as published
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param publisher the publishing body
         * @return this builder
         */
        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        /**
         * @param level a level the catalog is for
         * @return this builder
         */
        public Builder addLevel(AdministrativeLevel level) {
            this.levels.add(Objects.requireNonNull(level, "level"));
            return this;
        }

        /**
         * @param levels the levels the catalog is for, replacing any set before
         * @return this builder
         */
        public Builder levels(Collection<AdministrativeLevel> levels) {
            this.levels.clear();
            this.levels.addAll(levels);
            return this;
        }

        /**
         * @param domain a domain the catalog covers, as it names it
         * @return this builder
         */
        public Builder addDomain(String domain) {
            this.domains.add(Objects.requireNonNull(domain, "domain"));
            return this;
        }

        /**
         * @param item the next item
         * @return this builder
         */
        public Builder addItem(DisclosureItem item) {
            this.items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /**
         * @param items items to append in order
         * @return this builder
         */
        public Builder addItems(Collection<DisclosureItem> items) {
            items.forEach(this::addItem);
            return this;
        }

        /**
         * @param provenance where the catalog comes from
         * @return this builder
         */
        public Builder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        /** @return the catalog */
        public Catalog build() {
            return new Catalog(title, publisher, levels, domains, items, provenance);
        }
    }
}
