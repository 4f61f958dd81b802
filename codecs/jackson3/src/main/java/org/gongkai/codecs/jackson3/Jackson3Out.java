package org.gongkai.codecs.jackson3;

import java.math.BigDecimal;
import org.gongkai.json.internal.JsonOut;
import org.gongkai.json.internal.Limits;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.StreamWriteException;

/** The mapping's output on a Jackson 3 generator; refuses what the reader would refuse (reliability audit D13). */
final class Jackson3Out implements JsonOut {
    private final JsonGenerator g;

    Jackson3Out(JsonGenerator g) {
        this.g = g;
    }

    private String pointer() {
        return g.streamWriteContext().pathAsPointer().toString();
    }

    @Override
    public void writeStartObject() {
        g.writeStartObject();
    }

    @Override
    public void writeEndObject() {
        g.writeEndObject();
    }

    @Override
    public void writeStartArray() {
        g.writeStartArray();
    }

    @Override
    public void writeEndArray() {
        g.writeEndArray();
    }

    @Override
    public void writeFieldName(String name) {
        if (name.length() > Limits.MAX_NAME_LENGTH) {
            throw new StreamWriteException(g, Limits.checkName(name, pointer()));
        }
        g.writeName(name);
    }

    @Override
    public void writeString(String value) {
        if (value != null && value.length() > Limits.MAX_STRING_LENGTH) {
            throw new StreamWriteException(g, Limits.checkString(value, pointer()));
        }
        g.writeString(value);
    }

    @Override
    public void writeNumber(long value) {
        g.writeNumber(value);
    }

    @Override
    public void writeNumber(BigDecimal value) {
        g.writeNumber(value);
    }

    @Override
    public void writeBoolean(boolean value) {
        g.writeBoolean(value);
    }

    @Override
    public void writeNull() {
        g.writeNull();
    }
}
