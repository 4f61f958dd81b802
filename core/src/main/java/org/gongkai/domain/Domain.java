package org.gongkai.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A disclosure domain (领域): one of the 26 pilot domains of 国办发〔2019〕54号, or a domain added later by a
 * national guide or a local catalog (统计, 自然资源 …).
 *
 * <p>Immutable. Two domains are equal when their codes are equal.
 *
 * @param code stable identifier, lower-case words joined by hyphens (e.g. {@code fiscal-budget})
 * @param name canonical Chinese name (the name in 国办发〔2019〕54号 for the 26)
 * @param englishName English name
 * @param issuer the national department that issued the domain's standard guide (编制部门), if known
 * @param issuerConfirmed true when the issuer is confirmed by a published guide; false when it is inferred from
 *     the catalogs' 公开主体 and should be verified
 * @param guideDocumentNumber the guide's document number (发文字号) where known
 * @param aliases other names seen for the same domain in real catalogs (renames, long and short forms)
 * @param standard true for the 26 pilot domains
 */
public record Domain(
        String code,
        String name,
        String englishName,
        Optional<String> issuer,
        boolean issuerConfirmed,
        Optional<String> guideDocumentNumber,
        List<String> aliases,
        boolean standard) {

    /**
     * Validates the structure and copies the aliases.
     *
     * @param code stable identifier, lower-case words joined by hyphens (e.g. {@code fiscal-budget})
     * @param name canonical Chinese name (the name in 国办发〔2019〕54号 for the 26)
     * @param englishName English name
     * @param issuer the national department that issued the domain's standard guide (编制部门), if known
     * @param issuerConfirmed true when the issuer is confirmed by a published guide; false when it is inferred from
     *     the catalogs' 公开主体 and should be verified
     * @param guideDocumentNumber the guide's document number (发文字号) where known
     * @param aliases other names seen for the same domain in real catalogs (renames, long and short forms)
     * @param standard true for the 26 pilot domains
     */
    public Domain {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(guideDocumentNumber, "guideDocumentNumber");
        aliases = List.copyOf(aliases);
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a domain needs a code and a name: " + code + "/" + name);
        }
    }

    /**
     * A local domain with no issuer and no aliases, for an embedding system's own overlay.
     *
     * @param code stable identifier
     * @param name Chinese name
     * @param englishName English name
     * @return the domain, not standard
     */
    public static Domain local(String code, String name, String englishName) {
        return new Domain(code, name, englishName, Optional.empty(), false, Optional.empty(), List.of(), false);
    }

    /**
     * @param moreAliases further names
     * @return a copy of this domain with the further aliases appended
     */
    public Domain withAliases(List<String> moreAliases) {
        List<String> all = new java.util.ArrayList<>(aliases);
        all.addAll(moreAliases);
        return new Domain(code, name, englishName, issuer, issuerConfirmed, guideDocumentNumber, all, standard);
    }

    /**
     * @return the standard domain this is, if it is one of the 26
     */
    public Optional<StandardDomain> asStandard() {
        return standard ? StandardDomain.ofCode(code) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Domain d && d.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
