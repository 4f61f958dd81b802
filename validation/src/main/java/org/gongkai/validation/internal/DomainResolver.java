package org.gongkai.validation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;

/**
 * Resolves domain names in a registry, remembering the answers for the duration of one validation (a catalog
 * names the same domain on every row). Not thread-safe: one per validation call.
 */
final class DomainResolver {
    private final Domains domains;
    private final Map<String, Optional<Domain>> cache;

    DomainResolver(Domains domains, boolean cached) {
        this.domains = domains;
        this.cache = cached ? new HashMap<>() : null;
    }

    Optional<Domain> resolve(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (cache == null) {
            return domains.lookup(name);
        }
        Optional<Domain> d = cache.get(name);
        if (d == null) {
            d = domains.lookup(name);
            cache.put(name, d);
        }
        return d;
    }
}
