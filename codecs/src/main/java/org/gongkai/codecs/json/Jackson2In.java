package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.gongkai.json.internal.JsonFault;
import org.gongkai.json.internal.JsonIn;
import org.gongkai.json.internal.Token;

/** The mapping's token stream on a Jackson 2 parser. */
final class Jackson2In implements JsonIn {
    private static final Token[] TOKENS = new Token[JsonToken.values().length];

    static {
        for (JsonToken t : JsonToken.values()) {
            TOKENS[t.ordinal()] = switch (t) {
                case START_OBJECT -> Token.START_OBJECT;
                case END_OBJECT -> Token.END_OBJECT;
                case START_ARRAY -> Token.START_ARRAY;
                case END_ARRAY -> Token.END_ARRAY;
                case FIELD_NAME -> Token.FIELD_NAME;
                case VALUE_STRING -> Token.VALUE_STRING;
                case VALUE_NUMBER_INT -> Token.VALUE_NUMBER_INT;
                case VALUE_NUMBER_FLOAT -> Token.VALUE_NUMBER_FLOAT;
                case VALUE_TRUE -> Token.VALUE_TRUE;
                case VALUE_FALSE -> Token.VALUE_FALSE;
                case VALUE_NULL -> Token.VALUE_NULL;
                default -> Token.OTHER;
            };
        }
    }

    final JsonParser p;

    Jackson2In(JsonParser p) {
        this.p = p;
    }

    private static Token map(JsonToken t) {
        return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public Token currentToken() {
        return map(p.currentToken());
    }

    @Override
    public Token nextToken() throws IOException {
        try {
            return map(p.nextToken());
        } catch (CharConversionException e) {
            throw encoding(e);
        }
    }

    @Override
    public String nextFieldName() throws IOException {
        try {
            return p.nextFieldName();
        } catch (CharConversionException e) {
            throw encoding(e);
        }
    }

    @Override
    public String getText() throws IOException {
        try {
            return p.getText();
        } catch (CharConversionException e) {
            throw encoding(e);
        }
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        try {
            return p.getTextCharacters();
        } catch (CharConversionException e) {
            throw encoding(e);
        }
    }

    @Override
    public int getTextOffset() throws IOException {
        return p.getTextOffset();
    }

    @Override
    public int getTextLength() throws IOException {
        return p.getTextLength();
    }

    @Override
    public long getLongValue() throws IOException {
        return p.getLongValue();
    }

    @Override
    public int getIntValue() throws IOException {
        return p.getIntValue();
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        return p.getDecimalValue();
    }

    @Override
    public boolean isBigInteger() throws IOException {
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    }

    @Override
    public void skipChildren() throws IOException {
        try {
            p.skipChildren();
        } catch (CharConversionException e) {
            throw encoding(e);
        }
    }

    @Override
    public String pointer() {
        return p.getParsingContext().pathAsPointer().toString();
    }

    /**
     * A byte sequence that is no character of the detected encoding (malformed UTF-32, reliability audit D14) as a
     * parse error with line and column, not a bare {@link CharConversionException}.
     */
    private MismatchedInputException encoding(CharConversionException e) {
        MismatchedInputException m = MismatchedInputException.from(p, (Class<?>) null,
                "The input is not valid in its encoding: " + e.getMessage() + " at " + JsonFaults.pointerOf(this));
        m.initCause(e);
        return m;
    }

    /**
     * @param f a fault of the mapping
     * @return it as Jackson 2's exception, at the parser's position
     */
    MismatchedInputException translate(JsonFault f) {
        if (f.unknownProperty()) {
            return new UnrecognizedPropertyException(p, f.getMessage(), p.currentTokenLocation(), f.type(),
                    f.property(), new ArrayList<>(f.known()));
        }
        return MismatchedInputException.from(p, (Class<?>) null, f.getMessage());
    }
}
