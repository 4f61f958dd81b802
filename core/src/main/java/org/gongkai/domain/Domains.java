package org.gongkai.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.data.DataFormatException;
import org.gongkai.data.UnknownLabelException;
import org.gongkai.internal.ChineseText;
import org.gongkai.internal.MiniJson;

/**
 * An immutable registry of domains with lookup by any name variant seen in real catalogs.
 *
 * <p>{@link #standard()} holds the 26 pilot domains of 国办发〔2019〕54号, loaded once from the bundled
 * {@code domains.json}. There is no global mutable registry: a province or county that adds its own domains builds
 * a new registry with {@link #withOverlay(Collection)}, e.g. {@code Domains.standard().withOverlay(
 * Domains.knownExtensions())} for the domains added by later national guides (统计 …).
 *
 * <p>{@link #lookup(CharSequence)} accepts what catalogs print: the canonical name or an alias (环境保护/生态环境,
 * 扶贫/乡村振兴, 救灾/救灾生产 …), Traditional characters, whitespace from line wraps, full-width punctuation, an
 * ordinal in front ("(八)财政预决算"), a place name in front ("石羊镇义务教育领域…"), and title words behind
 * ("…领域基层政务公开标准目录(试行)", "(2024年版)"). A name that contains the names of two different domains
 * equally well (扶贫救灾) does not resolve.
 */
public final class Domains {
    private static final String[] TITLE_WORDS = {
        "领域", "基层政务公开", "政务公开", "标准目录", "事项标准", "标准指引", "清单目录", "事项目录", "公开目录",
    };

    private final ImmutableList<Domain> domains;
    private final ImmutableMap<String, Domain> byCode;
    private final ImmutableMap<String, Domain> byName;
    private final TrieNode trie;

    private Domains(Collection<Domain> domains) {
        Map<String, Domain> codes = new LinkedHashMap<>();
        for (Domain d : domains) {
            codes.put(d.code(), d);
        }
        Map<String, Domain> names = new LinkedHashMap<>();
        for (Domain d : codes.values()) {
            List<String> all = new ArrayList<>();
            all.add(d.name());
            all.addAll(d.aliases());
            for (String n : all) {
                String key = ChineseText.normalize(n);
                Domain prev = names.putIfAbsent(key, d);
                if (prev != null && !prev.equals(d)) {
                    throw new IllegalArgumentException("the name \"" + n + "\" is claimed by two domains: "
                            + prev.code() + " and " + d.code());
                }
            }
        }
        this.domains = ImmutableList.copyOf(codes.values());
        this.byCode = ImmutableMap.copyOf(codes);
        this.byName = ImmutableMap.copyOf(names);
        this.trie = TrieNode.of(this.byName);
    }

    /**
     * @return the 26 pilot domains of 国办发〔2019〕54号 (loaded once from the bundled data)
     */
    public static Domains standard() {
        return Standard.INSTANCE;
    }

    /**
     * @return the domains added after the 26 by later national guides or seen in local catalogs (统计, 自然资源,
     *     旅游 …), bundled as an opt-in overlay; those not confirmed by a guide say so in their record
     */
    public static List<Domain> knownExtensions() {
        return Standard.EXTENSIONS;
    }

    /**
     * Builds a registry of exactly the given domains.
     *
     * @param domains the domains; a later one with the same code replaces an earlier one
     * @return the registry
     * @throws IllegalArgumentException when two domains claim the same name
     */
    public static Domains of(Collection<Domain> domains) {
        return new Domains(domains);
    }

    /**
     * @param overlay domains to add; one with the code of an existing domain replaces it
     * @return a new registry: this one plus the overlay
     * @throws IllegalArgumentException when a name of the overlay is already another domain's
     */
    public Domains withOverlay(Collection<Domain> overlay) {
        List<Domain> all = new ArrayList<>(domains);
        all.addAll(overlay);
        return new Domains(all);
    }

    /**
     * Reads domains from JSON in the bundled format:
     * {@code {"domains": [{"code", "name", "englishName", "issuer", "issuerConfirmed", "guideDocumentNumber",
     * "aliases", "standard"}]}}.
     *
     * @param in the UTF-8 stream (closed on return)
     * @param sourceName a name for error messages
     * @return the domains in file order
     * @throws DataFormatException naming the source and the entry when the file is malformed
     */
    public static List<Domain> load(InputStream in, String sourceName) {
        Object root = MiniJson.parse(in, sourceName);
        if (!(root instanceof Map<?, ?> map) || !(map.get("domains") instanceof List<?> list)) {
            throw new DataFormatException(sourceName, 0, 0, "expected an object with a \"domains\" array");
        }
        List<Domain> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "domains[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> e)) {
                throw new DataFormatException(sourceName, 0, 0, where + ": expected an object");
            }
            List<String> aliases = new ArrayList<>();
            if (e.get("aliases") instanceof List<?> al) {
                for (Object a : al) {
                    aliases.add(string(a, sourceName, where + ".aliases"));
                }
            }
            out.add(new Domain(
                    string(e.get("code"), sourceName, where + ".code"),
                    string(e.get("name"), sourceName, where + ".name"),
                    e.get("englishName") == null ? "" : string(e.get("englishName"), sourceName, where),
                    Optional.ofNullable(e.get("issuer")).map(o -> string(o, sourceName, where + ".issuer")),
                    Boolean.TRUE.equals(e.get("issuerConfirmed")),
                    Optional.ofNullable(e.get("guideDocumentNumber")).map(o -> string(o, sourceName, where)),
                    aliases,
                    !Boolean.FALSE.equals(e.get("standard"))));
        }
        return out;
    }

    private static String string(Object o, String source, String where) {
        if (o instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new DataFormatException(source, 0, 0, where + ": expected a non-empty string, found " + o);
    }

    /** @return every domain, in registration order */
    public List<Domain> all() {
        return domains;
    }

    /**
     * @param code a domain code
     * @return the domain with that code
     */
    public Optional<Domain> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds the domain a catalog's text names.
     *
     * @param text a domain name as written in a catalog (title, column, navigation)
     * @return the domain, or empty when the text names none, or two equally well
     */
    public Optional<Domain> lookup(CharSequence text) {
        String n = ChineseText.normalize(text);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Domain d = byName.get(n);
        if (d != null) {
            return Optional.of(d);
        }
        String stripped = stripNoise(n);
        d = byName.get(stripped);
        if (d != null) {
            return Optional.of(d);
        }
        return longestContained(stripped);
    }

    /**
     * @param text a domain name as written in a catalog
     * @return the domain
     * @throws UnknownLabelException when the text names no domain of this registry
     */
    public Domain require(CharSequence text) {
        return lookup(text).orElseThrow(() -> new UnknownLabelException("领域 (Domain)", String.valueOf(text)));
    }

    /**
     * The domain whose names occur in the text, ignoring an occurrence that lies inside a longer occurrence of
     * another name; empty when the remaining occurrences name more than one domain (扶贫救灾, 就业和社会保险).
     *
     * <p>Linear in the text (reliability audit D1): the names are matched with a trie from every position, so the
     * work per position is bounded by the longest name, and an occurrence [a, b) is inside a longer one exactly when
     * some occurrence starting in [a - longest, a) reaches b or one starting at a reaches beyond b; keeping the
     * furthest end per start position answers that in at most {@code longest} steps.
     */
    private Optional<Domain> longestContained(String n) {
        int len = n.length();
        int longest = trie.longest;
        // furthest[i]: the end of the longest name starting at i (0 when none).
        int[] furthest = new int[len];
        for (int i = 0; i < len; i++) {
            TrieNode node = trie;
            for (int j = i; j < len && node != null; j++) {
                node = node.next(n.charAt(j));
                if (node != null && node.owner != null) {
                    furthest[i] = j + 1;
                }
            }
        }
        Domain found = null;
        for (int a = 0; a < len; a++) {
            TrieNode node = trie;
            for (int j = a; j < len && node != null; j++) {
                node = node.next(n.charAt(j));
                if (node == null || node.owner == null) {
                    continue;
                }
                int b = j + 1;
                boolean inside = furthest[a] > b;
                for (int c = Math.max(0, a - longest); c < a && !inside; c++) {
                    inside = furthest[c] >= b;
                }
                if (inside) {
                    continue;
                }
                if (found != null && !found.equals(node.owner)) {
                    return Optional.empty();
                }
                found = node.owner;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A node of the name trie (names of two or more characters). Immutable once the registry is built. */
    private static final class TrieNode {
        private final Map<Character, TrieNode> children = new java.util.HashMap<>();
        private Domain owner;
        private int longest;

        TrieNode next(char c) {
            return children.get(c);
        }

        static TrieNode of(Map<String, Domain> names) {
            TrieNode root = new TrieNode();
            for (Map.Entry<String, Domain> e : names.entrySet()) {
                String key = e.getKey();
                if (key.length() < 2) {
                    continue;
                }
                TrieNode node = root;
                for (int i = 0; i < key.length(); i++) {
                    node = node.children.computeIfAbsent(key.charAt(i), c -> new TrieNode());
                }
                node.owner = e.getValue();
                root.longest = Math.max(root.longest, key.length());
            }
            return root;
        }
    }

    /** Removes ordinals in front, parenthesised notes and the title words of catalogs. */
    static String stripNoise(String n) {
        StringBuilder sb = new StringBuilder(n.length());
        int depth = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '(' || c == '〔' || c == '[' || c == '<' || c == '《' || c == '〈') {
                depth++;
            } else if (c == ')' || c == '〕' || c == ']' || c == '>' || c == '》' || c == '〉') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int cut = s.length();
        for (String w : TITLE_WORDS) {
            int at = s.indexOf(w);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        s = s.substring(0, cut);
        int start = 0;
        while (start < s.length() && isOrdinalChar(s.charAt(start))) {
            start++;
        }
        if (start > 0 && start < s.length()
                && (s.charAt(start) == '、' || s.charAt(start) == '.' || s.charAt(start) == ',')) {
            start++;
        } else {
            start = 0;
        }
        return s.substring(start);
    }

    private static boolean isOrdinalChar(char c) {
        return (c >= '0' && c <= '9') || "一二三四五六七八九十百零".indexOf(c) >= 0;
    }

    @Override
    public String toString() {
        return "Domains" + domains.stream().map(Domain::code).toList();
    }

    private static final class Standard {
        static final Domains INSTANCE = new Domains(loadResource("domains.json"));
        static final List<Domain> EXTENSIONS = List.copyOf(loadResource("extension-domains.json"));

        private static List<Domain> loadResource(String name) {
            InputStream in = Domains.class.getResourceAsStream(name);
            return load(Objects.requireNonNull(in, "bundled resource missing: " + name),
                    "org/gongkai/domain/" + name);
        }
    }
}
