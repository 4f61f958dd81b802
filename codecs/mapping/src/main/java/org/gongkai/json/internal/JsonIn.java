package org.gongkai.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A JSON token stream as the mapping reads it: the few calls of a Jackson parser it needs, so that one mapping
 * serves Jackson 2 ({@code com.fasterxml.jackson}) and Jackson 3 ({@code tools.jackson}). Each major's adapter
 * wraps its parser; the parser's own errors (syntax, limits) pass through unchanged, in that major's types.
 */
public interface JsonIn {
    /** @return the current token, or null before the first and after the last */
    Token currentToken();

    /**
     * @return the next token, or null at the end of input
     * @throws IOException when the input cannot be read or is not JSON
     */
    Token nextToken() throws IOException;

    /**
     * @return the next property name when the next token is one, else null (the parser then stands on that token)
     * @throws IOException when the input cannot be read or is not JSON
     */
    String nextFieldName() throws IOException;

    /**
     * @return the text of the current string, name or number
     * @throws IOException when the input cannot be read
     */
    String getText() throws IOException;

    /**
     * @return the buffer holding the current string (read {@link #getTextOffset()}, {@link #getTextLength()})
     * @throws IOException when the input cannot be read
     */
    char[] getTextCharacters() throws IOException;

    /**
     * @return the offset of the current string in {@link #getTextCharacters()}
     * @throws IOException when the input cannot be read
     */
    int getTextOffset() throws IOException;

    /**
     * @return the length of the current string
     * @throws IOException when the input cannot be read
     */
    int getTextLength() throws IOException;

    /**
     * @return the current number as a long
     * @throws IOException when it is no number or out of range
     */
    long getLongValue() throws IOException;

    /**
     * @return the current number as an int
     * @throws IOException when it is no number or out of range
     */
    int getIntValue() throws IOException;

    /**
     * @return the current number as a decimal
     * @throws IOException when it is no number
     */
    BigDecimal getDecimalValue() throws IOException;

    /**
     * @return true when the current integer does not fit a long
     * @throws IOException when it is no number
     */
    boolean isBigInteger() throws IOException;

    /**
     * Skips the current object or array (nothing for a scalar).
     *
     * @throws IOException when the input cannot be read or is not JSON
     */
    void skipChildren() throws IOException;

    /** @return the JSON Pointer of the current value, e.g. {@code /items/3/channels/0/kind}; "" at the root */
    String pointer();
}
