package org.gongkai.validation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.domain.Domain;
import org.gongkai.domain.StandardDomain;

/**
 * Resolves domain names to domain codes in the context's registry, remembering the answers for the duration of one
 * validation when asked to (a catalog names the same domain on every row). Not thread-safe: one per validation call.
 */
final class DomainResolver {
    /** The canonical names of the 26: the same names and codes as in the standard registry (a test checks it). */
    private static final Map<String, String> CANONICAL = canonical();

    private final RuleContext ctx;
    private final Map<String, String> cache;

    DomainResolver(RuleContext ctx, boolean cached) {
        this.ctx = ctx;
        this.cache = cached ? new HashMap<>() : null;
    }

    private static Map<String, String> canonical() {
        Map<String, String> m = new HashMap<>();
        for (StandardDomain d : StandardDomain.values()) {
            m.put(d.label(), d.code());
        }
        return Map.copyOf(m);
    }

    /**
     * @param name a domain name as written
     * @return the domain's code, or null when the registry knows no such domain
     */
    String code(String name) {
        if (name.isBlank()) {
            return null;
        }
        if (ctx.standardRegistry()) {
            String c = CANONICAL.get(name);
            if (c != null) {
                return c;
            }
        }
        if (cache == null) {
            return lookup(name);
        }
        String c = cache.get(name);
        if (c == null && !cache.containsKey(name)) {
            c = lookup(name);
            cache.put(name, c);
        }
        return c;
    }

    private String lookup(String name) {
        Optional<Domain> d = ctx.domains().lookup(name);
        return d.isPresent() ? d.get().code() : null;
    }

    /**
     * @param code a code returned by {@link #code}
     * @return the domain of the registry
     */
    Optional<Domain> domain(String code) {
        return ctx.domains().byCode(code);
    }
}
