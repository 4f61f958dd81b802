package org.gongkai.item;

import java.util.Objects;

/**
 * 公开主体: the government body that publishes an item, as the catalog names it (e.g. 翔安区教育局, 县级民政部门).
 *
 * @param name the name as written; empty when the catalog gives none
 */
public record ResponsibleBody(String name) {
    /** No body given. */
    public static final ResponsibleBody NONE = new ResponsibleBody("");

    /**
     * Replaces null by the empty string.
     *
     * @param name the name as written; empty when the catalog gives none
     */
    public ResponsibleBody {
        name = Objects.requireNonNullElse(name, "");
    }

    /**
     * @param name the body's name
     * @return the body ({@link #NONE} for null or empty)
     */
    public static ResponsibleBody of(String name) {
        return name == null || name.isEmpty() ? NONE : new ResponsibleBody(name);
    }

    /** @return true when no body is named */
    public boolean isEmpty() {
        return name.isBlank();
    }
}
