package org.gongkai.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.domain.Domain;
import org.gongkai.domain.StandardGuide;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.gongkai.item.NegativeList;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.validation.RuleCode;

/**
 * The rules on a whole catalog (each item's rules, then duplicates, serial numbers, domains and coverage of the
 * standard guide), on a negative list, and the township-village comparison. Each written once.
 */
public final class CatalogRules {
    private CatalogRules() {
    }

    /**
     * @param catalog the catalog
     * @param ctx the context
     * @param sink where findings go (paths {@code items[i].…} and {@code domains[k]})
     */
    public static void check(Catalog catalog, RuleContext ctx, Sink sink) {
        DomainResolver resolver = new DomainResolver(ctx, true);
        List<String> names = catalog.domains();
        Map<String, Integer> covered = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            String d = resolver.code(names.get(k));
            if (d != null) {
                covered.putIfAbsent(d, k);
            } else {
                sink.report(RuleCode.DOMAIN_UNKNOWN, "domains", k, "", names.get(k));
            }
        }
        boolean domainFromCatalog = !names.isEmpty();
        boolean checkOutside = !covered.isEmpty() && sink.wants(RuleCode.CATALOG_ITEM_OUTSIDE_DOMAINS);
        boolean checkDuplicates = sink.wants(RuleCode.CATALOG_DUPLICATE_ITEM);
        boolean checkCoverage = !covered.isEmpty() && sink.wants(RuleCode.CATALOG_MISSING_STANDARD_ITEMS);
        Map<String, Integer> firstByName = checkDuplicates ? new HashMap<>() : null;
        Map<String, Set<String>> itemNamesPresent = checkCoverage ? new HashMap<>() : null;
        SerialCheck serials = new SerialCheck(sink);

        List<DisclosureItem> items = catalog.items();
        for (int i = 0; i < items.size(); i++) {
            DisclosureItem item = items.get(i);
            String d = ItemRules.check(item, catalog.levels(), domainFromCatalog, resolver, ctx, "items", i, sink);
            if (checkOutside && d != null && !covered.containsKey(d)) {
                sink.report(RuleCode.CATALOG_ITEM_OUTSIDE_DOMAINS, "items", i, "domain", item.domain());
            }
            String domainKey = d != null ? d : item.domain();
            if (checkDuplicates && !item.name().isEmpty()) {
                Integer first = firstByName.putIfAbsent(domainKey + '\u0000' + nameKey(item.name()), i);
                if (first != null) {
                    sink.report(RuleCode.CATALOG_DUPLICATE_ITEM, "items", i, "name",
                            item.name() + " (as items[" + first + "])");
                }
            }
            if (checkCoverage) {
                Set<String> seen = itemNamesPresent.computeIfAbsent(d != null ? d : "", k -> new HashSet<>());
                String category = Texts.comparable(item.name().category());
                String name = Texts.comparable(item.name().item());
                seen.add(ITEM + name);
                seen.add(CATEGORY + category);
                seen.add(PAIR + category + '\u0000' + name);
            }
            serials.next(item, i);
        }
        if (checkCoverage) {
            coverage(catalog, covered, itemNamesPresent, resolver, ctx, sink);
        }
    }

    // keys of the names present in a catalog, for the coverage of the guides
    private static final String ITEM = "I:";
    private static final String CATEGORY = "C:";
    private static final String PAIR = "P:";

    private static String nameKey(ItemName n) {
        return Texts.comparable(n.category()) + '\u0000' + Texts.comparable(n.item()) + '\u0000'
                + Texts.comparable(n.subItem());
    }

    /** 序号: numbers count up by one; numbering may restart at 1 (per category); none repeats within a run. */
    private static final class SerialCheck {
        private final Sink sink;
        private final Set<Integer> seen = new HashSet<>();
        private int previous = -1;

        SerialCheck(Sink sink) {
            this.sink = sink;
        }

        void next(DisclosureItem item, int i) {
            if (item.inherited().contains(ItemElement.SERIAL_NUMBER)) {
                return;
            }
            String s = Texts.compact(item.serialNumber());
            if (!Texts.isSmallNumber(s)) {
                return;
            }
            int n = Integer.parseInt(s);
            if (n == 1 && previous >= 1) {
                seen.clear();
            } else if (!seen.add(n)) {
                sink.report(RuleCode.CATALOG_SERIAL_REPEAT, "items", i, "serialNumber", item.serialNumber());
            } else if (previous >= 0 && n > previous + 1) {
                sink.report(RuleCode.CATALOG_SERIAL_GAP, "items", i, "serialNumber",
                        item.serialNumber() + " after " + previous);
            }
            seen.add(n);
            previous = n;
        }
    }

    /** Items of each covered domain's standard guide (at the catalog's levels) that no item of the catalog names. */
    private static void coverage(Catalog catalog, Map<String, Integer> covered, Map<String, Set<String>> present,
            DomainResolver resolver, RuleContext ctx, Sink sink) {
        for (Map.Entry<String, Integer> e : covered.entrySet()) {
            Optional<Domain> domain = resolver.domain(e.getKey());
            Optional<StandardGuide> guide = domain.isPresent() ? ctx.guides().apply(domain.get()) : Optional.empty();
            if (guide.isEmpty()) {
                continue;
            }
            Set<String> ofDomain = present.getOrDefault(e.getKey(), Set.of());
            // Items of a catalog that names no domain per row belong to the catalog's domain.
            Set<String> ofCatalog = present.getOrDefault("", Set.of());
            // A guide may repeat a 二级事项 under several 一级事项 (社会救助: 政策法规文件 under each kind of
            // assistance); such an item is matched with its 一级事项, a name the guide uses once by itself.
            Map<String, Integer> uses = new HashMap<>();
            for (StandardGuide.GuideItem g : guide.get().items()) {
                uses.merge(Texts.comparable(g.name().item()), 1, Integer::sum);
            }
            List<String> missing = new ArrayList<>();
            for (StandardGuide.GuideItem g : guide.get().items()) {
                if (!catalog.levels().isEmpty() && !g.levels().isEmpty()
                        && Collections.disjoint(catalog.levels(), g.levels())) {
                    continue;
                }
                String item = Texts.comparable(g.name().item());
                String category = Texts.comparable(g.name().category());
                List<String> keys;
                if (item.isEmpty()) {
                    keys = List.of(CATEGORY + category);
                } else if (uses.get(item) > 1 && !category.isEmpty()) {
                    keys = List.of(PAIR + category + '\u0000' + item);
                } else {
                    keys = List.of(ITEM + item, CATEGORY + item);
                }
                boolean found = false;
                for (String k : keys) {
                    found |= ofDomain.contains(k) || ofCatalog.contains(k);
                }
                if (!found) {
                    missing.add(g.name().toString());
                }
            }
            if (!missing.isEmpty()) {
                sink.report(RuleCode.CATALOG_MISSING_STANDARD_ITEMS, "domains", e.getValue(), "",
                        String.join("；", missing));
            }
        }
    }

    /**
     * 相同事项的公开内容对应一致: items of the same domain and name must publish the same content in the township's
     * and the village's lists.
     *
     * @param township the township's catalog
     * @param village the village's catalog
     * @param ctx the context
     * @param sink where findings go (paths {@code items[i].content} of the village catalog)
     */
    public static void compare(Catalog township, Catalog village, RuleContext ctx, Sink sink) {
        if (!sink.wants(RuleCode.TOWNSHIP_VILLAGE_CONTENT_DIFFERS)) {
            return;
        }
        DomainResolver resolver = new DomainResolver(ctx, true);
        Map<String, DisclosureItem> byName = new HashMap<>();
        for (DisclosureItem t : township.items()) {
            if (!t.name().isEmpty()) {
                byName.putIfAbsent(key(t, township, resolver), t);
            }
        }
        List<DisclosureItem> items = village.items();
        for (int i = 0; i < items.size(); i++) {
            DisclosureItem v = items.get(i);
            DisclosureItem t = v.name().isEmpty() ? null : byName.get(key(v, village, resolver));
            if (t != null && !Texts.comparable(t.content()).equals(Texts.comparable(v.content()))) {
                sink.report(RuleCode.TOWNSHIP_VILLAGE_CONTENT_DIFFERS, "items", i, "content",
                        "乡级: " + t.content() + " | 村级: " + v.content());
            }
        }
    }

    private static String key(DisclosureItem item, Catalog catalog, DomainResolver resolver) {
        String name = item.domain().isBlank() && catalog.domains().size() == 1 ? catalog.domains().get(0)
                : item.domain();
        String code = resolver.code(name);
        return (code != null ? code : Texts.comparable(name)) + '\u0000' + nameKey(item.name());
    }

    /**
     * @param list the negative list
     * @param sink where findings go (paths {@code entries[i].grounds})
     */
    public static void check(NegativeList list, Sink sink) {
        List<NegativeList.Entry> entries = list.entries();
        for (int i = 0; i < entries.size(); i++) {
            NegativeList.Entry e = entries.get(i);
            Set<NonDisclosureGround> grounds = e.grounds();
            if (grounds.isEmpty()) {
                if (e.groundText().isBlank()) {
                    sink.report(RuleCode.NEGATIVE_LIST_ENTRY_WITHOUT_GROUND, "entries", i, "grounds",
                            e.information());
                    continue;
                }
                Optional<NonDisclosureGround> named = NonDisclosureGround.find(e.groundText().strip());
                if (named.isEmpty()) {
                    sink.report(RuleCode.NEGATIVE_LIST_GROUND_UNRECOGNIZED, "entries", i, "groundText",
                            e.groundText());
                    continue;
                }
                grounds = Set.of(named.get());
            }
            for (NonDisclosureGround g : grounds) {
                if (!g.statutory()) {
                    sink.report(RuleCode.NEGATIVE_LIST_GROUND_NOT_STATUTORY, "entries", i, "grounds", g.label());
                }
            }
        }
    }
}
