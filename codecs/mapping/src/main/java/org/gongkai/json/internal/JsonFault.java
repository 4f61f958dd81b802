package org.gongkai.json.internal;

import java.io.IOException;
import java.util.List;

/**
 * An input that does not fit Gongkai's format, found by the mapping. Its message ends with the JSON Pointer of the
 * offending value; each Jackson major's adapter turns it into that major's {@code MismatchedInputException} or,
 * for an unknown property ({@link #unknownProperty()}), {@code UnrecognizedPropertyException}, at the parser's
 * position, so that the error also carries line and column.
 */
public final class JsonFault extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Class<?> type;
    private final String property;
    private final List<String> known;

    private JsonFault(String message, Class<?> type, String property, List<String> known) {
        super(message, null);
        this.type = type;
        this.property = property;
        this.known = known;
    }

    /**
     * @param message what is wrong and where (its pointer)
     * @return a mismatch
     */
    public static JsonFault mismatch(String message) {
        return new JsonFault(message, null, null, List.of());
    }

    /**
     * @param message what is wrong and where
     * @param type the value being read
     * @param property the unknown property
     * @param known the properties the type has
     * @return an unknown-property fault
     */
    public static JsonFault unknown(String message, Class<?> type, String property, List<String> known) {
        return new JsonFault(message, type, property, List.copyOf(known));
    }

    /** @return true when this is an unknown property */
    public boolean unknownProperty() {
        return property != null;
    }

    /** @return the value being read when the property was met, or null */
    public Class<?> type() {
        return type;
    }

    /** @return the unknown property, or null */
    public String property() {
        return property;
    }

    /** @return the properties the type has */
    public List<String> known() {
        return known;
    }

    /** No stack trace: a fault is an answer about the input, and the adapters rethrow it in Jackson's types. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
