package org.gongkai.validation.constraints;

import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.InformationRecord;
import org.gongkai.validation.Strictness;

/** Beans as a business system would write them. */
final class Beans {
    private Beans() {
    }

    /** An item checked with every rule, warnings included (to compare with the facade). */
    static final class AllItem {
        @ValidDisclosureItem(warnings = true)
        final DisclosureItem item;

        AllItem(DisclosureItem item) {
            this.item = item;
        }
    }

    /** A catalog checked with every rule, warnings included. */
    static final class AllCatalog {
        @ValidCatalog(warnings = true)
        final Catalog catalog;

        AllCatalog(Catalog catalog) {
            this.catalog = catalog;
        }
    }

    /** A record checked with every rule, warnings included. */
    static final class AllRecord {
        @ValidInformationRecord(warnings = true)
        final InformationRecord record;

        AllRecord(InformationRecord record) {
            this.record = record;
        }
    }

    /** An item with draft and publish strictness in two groups; ERRORs only (the default). */
    static final class Staged {
        @ValidDisclosureItem(groups = Draft.class, strictness = Strictness.DRAFT)
        @ValidDisclosureItem(groups = Publish.class)
        final DisclosureItem item;

        Staged(DisclosureItem item) {
            this.item = item;
        }
    }

    /** A list of items, each checked (container element constraint). */
    static final class ItemList {
        final java.util.List<@ValidDisclosureItem DisclosureItem> items;

        ItemList(java.util.List<DisclosureItem> items) {
            this.items = items;
        }
    }

    /** A business system's DTO of plain strings. */
    static final class ItemForm {
        @KnownDomain
        final String domain;
        @KnownDomain(knownExtensions = true)
        final String localDomain;
        @DisclosureAttributeLabel
        final String attribute;

        @CreditCode
        final String creditCode;
        @DocumentNumber
        final String documentNumber;
        @IndexNumber
        final String indexNumber;
        @DeadlinePhrase
        String deadline;

        ItemForm(String domain, String localDomain, String attribute) {
            this(domain, localDomain, attribute, null, null, null);
        }

        ItemForm(String domain, String localDomain, String attribute, String creditCode, String documentNumber,
                String indexNumber) {
            this.domain = domain;
            this.localDomain = localDomain;
            this.attribute = attribute;
            this.creditCode = creditCode;
            this.documentNumber = documentNumber;
            this.indexNumber = indexNumber;
        }
    }
}
