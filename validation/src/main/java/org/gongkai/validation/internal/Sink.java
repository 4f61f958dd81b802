package org.gongkai.validation.internal;

import org.gongkai.validation.RuleCode;

/**
 * Where the rules report what they find. The facade collects {@link org.gongkai.validation.Violation}s, the Jakarta
 * validators build constraint violations: the rules do not know which.
 *
 * <p>A path is given in parts so that no string is built unless a rule fires: an optional collection and index
 * ({@code items}, 12) and an optional property ({@code channels}) make {@code items[12].channels}.
 */
public interface Sink {
    /**
     * @param code the rule code
     * @return false when the code is disabled, so that a costly rule can skip its work
     */
    boolean wants(RuleCode code);

    /**
     * @param code the rule that fired
     * @param collection the collection property holding the offending element ({@code items}), or null
     * @param index the index in the collection, or -1 when there is no collection
     * @param property the property of the element, or empty for the element itself
     * @param value the offending value as written, or a short account of it
     */
    void report(RuleCode code, String collection, int index, String property, String value);

    /**
     * @param collection the collection, or null
     * @param index the index, or -1
     * @param property the property, or empty
     * @return the path as text: {@code items[12].channels}, {@code domains[0]}, {@code publishedOn}
     */
    static String path(String collection, int index, String property) {
        if (collection == null) {
            return property;
        }
        String element = collection + "[" + index + "]";
        return property.isEmpty() ? element : element + "." + property;
    }
}
