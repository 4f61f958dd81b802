package org.gongkai.codecs.jackson3;

import java.math.BigDecimal;
import java.util.ArrayList;
import org.gongkai.json.internal.JsonFault;
import org.gongkai.json.internal.JsonIn;
import org.gongkai.json.internal.Token;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The mapping's token stream on a Jackson 3 parser (whose errors are unchecked and pass through). */
final class Jackson3In implements JsonIn {
    private static final Token[] TOKENS = new Token[JsonToken.values().length];

    static {
        for (JsonToken t : JsonToken.values()) {
            TOKENS[t.ordinal()] = switch (t) {
                case START_OBJECT -> Token.START_OBJECT;
                case END_OBJECT -> Token.END_OBJECT;
                case START_ARRAY -> Token.START_ARRAY;
                case END_ARRAY -> Token.END_ARRAY;
                case PROPERTY_NAME -> Token.FIELD_NAME;
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

    private final JsonParser p;

    Jackson3In(JsonParser p) {
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
    public Token nextToken() {
        return map(p.nextToken());
    }

    @Override
    public String nextFieldName() {
        return p.nextName();
    }

    @Override
    public String getText() {
        return p.getString();
    }

    @Override
    public char[] getTextCharacters() {
        return p.getStringCharacters();
    }

    @Override
    public int getTextOffset() {
        return p.getStringOffset();
    }

    @Override
    public int getTextLength() {
        return p.getStringLength();
    }

    @Override
    public long getLongValue() {
        return p.getLongValue();
    }

    @Override
    public int getIntValue() {
        return p.getIntValue();
    }

    @Override
    public BigDecimal getDecimalValue() {
        return p.getDecimalValue();
    }

    @Override
    public boolean isBigInteger() {
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    }

    @Override
    public void skipChildren() {
        p.skipChildren();
    }

    @Override
    public String pointer() {
        return p.streamReadContext().pathAsPointer().toString();
    }

    /**
     * @param f a fault of the mapping
     * @return it as Jackson 3's exception, at the parser's position
     */
    MismatchedInputException translate(JsonFault f) {
        if (f.unknownProperty()) {
            return new UnrecognizedPropertyException(p, f.getMessage(), p.currentTokenLocation(), f.type(),
                    f.property(), new ArrayList<>(f.known()));
        }
        return MismatchedInputException.from(p, (Class<?>) null, f.getMessage());
    }
}
