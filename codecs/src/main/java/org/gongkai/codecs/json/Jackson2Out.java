package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.gongkai.json.internal.JsonOut;
import org.gongkai.json.internal.Limits;

/** The mapping's output on a Jackson 2 generator; refuses what the reader would refuse (reliability audit D13). */
final class Jackson2Out implements JsonOut {
    private final JsonGenerator g;

    Jackson2Out(JsonGenerator g) {
        this.g = g;
    }

    private String pointer() {
        return g.getOutputContext().pathAsPointer().toString();
    }

    @Override
    public void writeStartObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void writeEndObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void writeStartArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void writeEndArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        if (name.length() > Limits.MAX_NAME_LENGTH) {
            throw new JsonGenerationException(Limits.checkName(name, pointer()), g);
        }
        g.writeFieldName(name);
    }

    @Override
    public void writeString(String value) throws IOException {
        if (value != null && value.length() > Limits.MAX_STRING_LENGTH) {
            throw new JsonGenerationException(Limits.checkString(value, pointer()), g);
        }
        g.writeString(value);
    }

    @Override
    public void writeNumber(long value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void writeNumber(BigDecimal value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void writeBoolean(boolean value) throws IOException {
        g.writeBoolean(value);
    }

    @Override
    public void writeNull() throws IOException {
        g.writeNull();
    }
}
