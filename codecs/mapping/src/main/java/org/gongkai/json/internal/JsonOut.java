package org.gongkai.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A JSON generator as the mapping writes to it: the primitive calls, plus the usual property shorthands. Each
 * Jackson major's adapter implements the primitives on its generator and refuses what the reader would refuse
 * ({@link Limits}): a string longer than {@link Limits#MAX_STRING_LENGTH} or a name longer than
 * {@link Limits#MAX_NAME_LENGTH} is an error naming the JSON Pointer, not a document that cannot be read back.
 */
public interface JsonOut {
    /** @throws IOException when the output fails */
    void writeStartObject() throws IOException;

    /** @throws IOException when the output fails */
    void writeEndObject() throws IOException;

    /** @throws IOException when the output fails */
    void writeStartArray() throws IOException;

    /** @throws IOException when the output fails */
    void writeEndArray() throws IOException;

    /**
     * @param name a property name
     * @throws IOException when the output fails or the name is longer than the reader accepts
     */
    void writeFieldName(String name) throws IOException;

    /**
     * @param value a string
     * @throws IOException when the output fails or the string is longer than the reader accepts
     */
    void writeString(String value) throws IOException;

    /**
     * @param value a whole number
     * @throws IOException when the output fails
     */
    void writeNumber(long value) throws IOException;

    /**
     * @param value a decimal number, written as given
     * @throws IOException when the output fails
     */
    void writeNumber(BigDecimal value) throws IOException;

    /**
     * @param value a boolean
     * @throws IOException when the output fails
     */
    void writeBoolean(boolean value) throws IOException;

    /** @throws IOException when the output fails */
    void writeNull() throws IOException;

    /**
     * @param name the property
     * @param value its string value
     * @throws IOException when the output fails or a limit is exceeded
     */
    default void writeStringField(String name, String value) throws IOException {
        writeFieldName(name);
        writeString(value);
    }

    /**
     * @param name the property
     * @param value its number
     * @throws IOException when the output fails
     */
    default void writeNumberField(String name, long value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    /**
     * @param name the property
     * @param value its boolean
     * @throws IOException when the output fails
     */
    default void writeBooleanField(String name, boolean value) throws IOException {
        writeFieldName(name);
        writeBoolean(value);
    }

    /**
     * @param name the property whose value is null
     * @throws IOException when the output fails
     */
    default void writeNullField(String name) throws IOException {
        writeFieldName(name);
        writeNull();
    }

    /**
     * @param name the property whose value is an array, started here
     * @throws IOException when the output fails
     */
    default void writeArrayFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartArray();
    }

    /**
     * @param name the property whose value is an object, started here
     * @throws IOException when the output fails
     */
    default void writeObjectFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartObject();
    }
}
