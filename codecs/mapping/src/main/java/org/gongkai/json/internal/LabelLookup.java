package org.gongkai.json.internal;

import java.util.Optional;
import java.util.function.Function;
import org.gongkai.internal.ChineseText;

/** Finds an enum constant by its Chinese label, compared after normalisation (Traditional, full-width, spaces). */
public final class LabelLookup {
    private LabelLookup() {
    }

    public static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> label, String text) {
        String n = ChineseText.normalize(text);
        for (E e : type.getEnumConstants()) {
            if (ChineseText.normalize(label.apply(e)).equals(n)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
