package org.gongkai.validation.internal;

import java.util.Collections;
import java.util.Set;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.RuleCode;

/**
 * The rules on one disclosure item, each written once. Elements required by 国办发〔2019〕54号: name, content,
 * legal basis, deadline, responsible body, channel, audience, method, and the level where the catalog has levels;
 * proactive items need a channel (Regulation Art. 23) and a deadline (Art. 26); the domain must be known.
 */
public final class ItemRules {
    private ItemRules() {
    }

    /**
     * Checks one item on its own (no catalog around it).
     *
     * @param item the item
     * @param ctx the context
     * @param sink where findings go (paths relative to the item)
     */
    public static void check(DisclosureItem item, RuleContext ctx, Sink sink) {
        check(item, Collections.emptySet(), false, new DomainResolver(ctx, false), ctx, null, -1, sink);
    }

    /**
     * @param item the item
     * @param catalogLevels the levels of the catalog holding it (empty: none or standalone)
     * @param domainFromCatalog true when a blank domain is the catalog's (a single-domain catalog's rows name none)
     * @param resolver the domain resolver of this validation
     * @param ctx the context
     * @param collection the collection holding the item ({@code items}), or null
     * @param index its index, or -1
     * @param sink where findings go
     * @return the code of the item's domain, or null when unknown (the catalog rules reuse it)
     */
    static String check(DisclosureItem item, Set<AdministrativeLevel> catalogLevels,
            boolean domainFromCatalog, DomainResolver resolver, RuleContext ctx, String collection, int index,
            Sink sink) {
        // 领域: a standard domain or one registered in the registry in use.
        String domain = resolver.code(item.domain());
        if (item.domain().isBlank() && !domainFromCatalog) {
            sink.report(RuleCode.DOMAIN_MISSING, collection, index, "domain", item.domain());
        } else if (domain == null && !(domainFromCatalog && item.domain().isBlank())) {
            sink.report(RuleCode.DOMAIN_UNKNOWN, collection, index, "domain", item.domain());
        }
        if (item.name().isEmpty()) {
            sink.report(RuleCode.ITEM_NAME_MISSING, collection, index, "name", "");
        }
        if (item.content().isBlank()) {
            sink.report(RuleCode.ITEM_CONTENT_MISSING, collection, index, "content", item.content());
        }
        if (item.basis().isEmpty()) {
            sink.report(RuleCode.ITEM_BASIS_MISSING, collection, index, "basis", item.basis().text());
        }
        boolean proactive = item.isProactive();
        if (item.deadlineText().isBlank()) {
            sink.report(proactive ? RuleCode.PROACTIVE_WITHOUT_DEADLINE : RuleCode.ITEM_DEADLINE_MISSING,
                    collection, index, "deadline", item.deadlineText());
        } else {
            DeadlineRules.check(item, collection, index, sink);
        }
        if (item.responsibleBody().isEmpty()) {
            sink.report(RuleCode.ITEM_BODY_MISSING, collection, index, "responsibleBody",
                    item.responsibleBody().name());
        }
        if (item.channels().isEmpty()) {
            sink.report(proactive ? RuleCode.PROACTIVE_WITHOUT_CHANNEL : RuleCode.ITEM_CHANNEL_MISSING,
                    collection, index, "channels", "");
        }
        if (item.audiences().isEmpty()) {
            sink.report(RuleCode.ITEM_AUDIENCE_MISSING, collection, index, "audiences", "");
        }
        if (item.methods().isEmpty()) {
            sink.report(RuleCode.ITEM_METHOD_MISSING, collection, index, "methods", "");
        }
        if (!catalogLevels.isEmpty()) {
            Set<AdministrativeLevel> levels = item.levels();
            if (levels.isEmpty()) {
                sink.report(RuleCode.ITEM_LEVEL_MISSING, collection, index, "levels", "");
            } else if (Collections.disjoint(levels, catalogLevels)) {
                sink.report(RuleCode.LEVEL_NOT_IN_CATALOG, collection, index, "levels", labels(levels));
            }
        }
        return domain;
    }

    static String labels(Set<AdministrativeLevel> levels) {
        StringBuilder sb = new StringBuilder();
        for (AdministrativeLevel l : levels) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(l.label());
        }
        return sb.toString();
    }
}
