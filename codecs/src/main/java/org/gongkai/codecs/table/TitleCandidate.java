package org.gongkai.codecs.table;

import java.util.Objects;

/**
 * A text that may be a table's title, with where it was found.
 *
 * @param text the text as written
 * @param origin where it was found
 */
public record TitleCandidate(String text, TitleOrigin origin) {
    /**
     * Rejects nulls.
     *
     * @param text the text as written
     * @param origin where it was found
     */
    public TitleCandidate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }
}
