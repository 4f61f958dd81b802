package org.gongkai.item;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.data.UnknownLabelException;
import org.gongkai.internal.ChineseText;

/** Label lookup shared by the term enums: normalised variant → constant, built once per enum. */
final class Labels<E extends Enum<E>> {
    static String[] with(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private final String term;
    private final ImmutableMap<String, E> index;

    private Labels(String term, ImmutableMap<String, E> index) {
        this.term = term;
        this.index = index;
    }

    /**
     * @param term the term's name for error messages
     * @param type the enum
     * @param variants for each constant: its label first, then variants
     */
    static <E extends Enum<E>> Labels<E> of(String term, Class<E> type, Function<E, String[]> variants) {
        Map<String, E> m = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            for (String v : variants.apply(e)) {
                E prev = m.put(ChineseText.normalize(v), e);
                if (prev != null && prev != e) {
                    throw new IllegalStateException(term + ": \"" + v + "\" is a label of " + prev + " and " + e);
                }
            }
        }
        return new Labels<>(term, ImmutableMap.copyOf(m));
    }

    Optional<E> find(CharSequence text) {
        return Optional.ofNullable(index.get(ChineseText.normalize(text)));
    }

    E require(CharSequence text) {
        E e = text == null ? null : index.get(ChineseText.normalize(text));
        if (e == null) {
            throw new UnknownLabelException(term, String.valueOf(text));
        }
        return e;
    }
}
