package org.gongkai.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.data.DataFormatException;
import org.gongkai.data.UnknownLabelException;
import org.gongkai.internal.MiniJson;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.ItemName;

/**
 * 标准指引: a national department's reference list of items for one domain, which local catalogs copy and refine.
 *
 * <p>The bundled guides ({@link #bundled(Domain)}) are PARTIAL lists recovered from published local catalogs; each
 * says how sure it is in {@link #confidence()} ({@code consensus-of-N}, {@code single-local}, {@code not-recovered})
 * and lists its {@link #sources()}. A province's complete guide is loaded with {@link #load(InputStream, String,
 * Domains)} in the same JSON format and used in place of the bundled one.
 *
 * @param domain the domain
 * @param issuer the issuing department as the source names it, empty when unknown
 * @param sources where the list comes from (URLs)
 * @param confidence how complete and sure the list is
 * @param complete true for a complete official guide, false for a partial recovered list
 * @param items the standard items
 */
public record StandardGuide(
        Domain domain,
        String issuer,
        List<String> sources,
        String confidence,
        boolean complete,
        List<GuideItem> items) {

    /**
     * Copies the lists.
     *
     * @param domain the domain
     * @param issuer the issuing department as the source names it, empty when unknown
     * @param sources where the list comes from (URLs)
     * @param confidence how complete and sure the list is
     * @param complete true for a complete official guide, false for a partial recovered list
     * @param items the standard items
     */
    public StandardGuide {
        Objects.requireNonNull(domain, "domain");
        issuer = Objects.requireNonNullElse(issuer, "");
        sources = ImmutableList.copyOf(sources);
        confidence = Objects.requireNonNullElse(confidence, "");
        items = ImmutableList.copyOf(items);
    }

    /**
     * One item of a guide.
     *
     * @param name 一级/二级事项
     * @param deadlineText 公开时限 as the guide writes it
     * @param audiences 公开对象
     * @param methods 公开方式
     * @param levels 公开层级
     */
    public record GuideItem(
            ItemName name,
            String deadlineText,
            Set<Audience> audiences,
            Set<DisclosureMethod> methods,
            Set<AdministrativeLevel> levels) {
        /**
         * Copies the sets.
         *
         * @param name 一级/二级事项
         * @param deadlineText 公开时限 as the guide writes it
         * @param audiences 公开对象
         * @param methods 公开方式
         * @param levels 公开层级
         */
        public GuideItem {
            Objects.requireNonNull(name, "name");
            deadlineText = Objects.requireNonNullElse(deadlineText, "");
            audiences = Sets.immutableEnumSet(audiences);
            methods = Sets.immutableEnumSet(methods);
            levels = Sets.immutableEnumSet(levels);
        }
    }

    /**
     * @param domain a domain of {@link Domains#standard()}
     * @return the bundled (partial) guide of the domain, if one is bundled
     */
    public static Optional<StandardGuide> bundled(Domain domain) {
        return Optional.ofNullable(Bundled.GUIDES.get(domain.code()));
    }

    /** @return every bundled guide, by domain code */
    public static Map<String, StandardGuide> allBundled() {
        return Bundled.GUIDES;
    }

    /**
     * Reads a guide in the bundled JSON format: {@code {"domain", "issuer", "sources": [], "confidence",
     * "complete", "items": [{"level1", "level2", "level3", "deadline", "audience": [], "method": [], "levels": []}]}}.
     *
     * @param in the UTF-8 stream (closed on return)
     * @param sourceName a name for error messages
     * @param domains the registry the domain name is resolved in
     * @return the guide
     * @throws DataFormatException naming the source and the entry when the file is malformed or its domain or a
     *     label is unknown
     */
    public static StandardGuide load(InputStream in, String sourceName, Domains domains) {
        Object root = MiniJson.parse(in, sourceName);
        if (!(root instanceof Map<?, ?> m)) {
            throw new DataFormatException(sourceName, 0, 0, "expected an object");
        }
        String domainName = String.valueOf(m.get("domain"));
        Domain domain = domains.lookup(domainName).orElseThrow(() ->
                new DataFormatException(sourceName, 0, 0, "unknown domain \"" + domainName + "\""));
        List<String> sources = new ArrayList<>();
        if (m.get("sources") instanceof List<?> l) {
            l.forEach(o -> sources.add(String.valueOf(o)));
        }
        List<GuideItem> items = new ArrayList<>();
        if (m.get("items") instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                if (!(l.get(i) instanceof Map<?, ?> e)) {
                    throw new DataFormatException(sourceName, 0, 0, "items[" + i + "]: expected an object");
                }
                String where = "items[" + i + "]";
                try {
                    items.add(new GuideItem(
                            new ItemName(str(e.get("level1")), str(e.get("level2")), str(e.get("level3"))),
                            str(e.get("deadline")),
                            labels(e.get("audience"), Audience.class, Audience::fromLabel),
                            labels(e.get("method"), DisclosureMethod.class, DisclosureMethod::fromLabel),
                            levels(e.get("levels"))));
                } catch (UnknownLabelException ex) {
                    throw new DataFormatException(sourceName, 0, 0, where + ": " + ex.getMessage());
                }
            }
        }
        return new StandardGuide(domain, str(m.get("issuer")), sources, str(m.get("confidence")),
                Boolean.TRUE.equals(m.get("complete")), items);
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static <E extends Enum<E>> Set<E> labels(Object o, Class<E> type,
            java.util.function.Function<String, E> parse) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (o instanceof List<?> l) {
            for (Object x : l) {
                out.add(parse.apply(String.valueOf(x)));
            }
        }
        return out;
    }

    private static Set<AdministrativeLevel> levels(Object o) {
        EnumSet<AdministrativeLevel> out = EnumSet.noneOf(AdministrativeLevel.class);
        if (o instanceof List<?> l) {
            for (Object x : l) {
                out.addAll(AdministrativeLevel.parseAll(String.valueOf(x)));
            }
        }
        return out;
    }

    private static final class Bundled {
        static final String[] FILES = {
            "affordable-housing", "agricultural-subsidies", "compulsory-education", "disaster-relief",
            "ecology-environment", "elderly-care", "employment", "fiscal-budget", "food-drug-regulation", "health",
            "household-registration", "land-expropriation-compensation", "major-construction-projects",
            "municipal-services", "poverty-alleviation", "public-cultural-services", "public-legal-services",
            "public-resource-trading", "rural-dilapidated-housing", "social-assistance", "social-insurance",
            "state-land-housing-expropriation", "tax-administration", "urban-comprehensive-enforcement",
            "urban-rural-planning", "work-safety",
        };
        static final Map<String, StandardGuide> GUIDES = loadAll();

        private static Map<String, StandardGuide> loadAll() {
            Map<String, StandardGuide> out = new LinkedHashMap<>();
            for (String f : FILES) {
                String name = "guides/" + f + ".json";
                InputStream in = StandardGuide.class.getResourceAsStream(name);
                if (in == null) {
                    throw new UncheckedIOException(new IOException("bundled resource missing: " + name));
                }
                StandardGuide g = load(in, "org/gongkai/domain/" + name, Domains.standard());
                out.put(g.domain().code(), g);
            }
            return ImmutableMap.copyOf(out);
        }
    }
}
