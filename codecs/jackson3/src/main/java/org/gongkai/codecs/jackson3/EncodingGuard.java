package org.gongkai.codecs.jackson3;

import java.io.CharConversionException;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Turns a byte sequence that is no character of the detected encoding (malformed UTF-32: Jackson 3 wraps Java's
 * {@link CharConversionException} in a {@link JacksonIOException} without a location) into a
 * {@link StreamReadException} with line and column (reliability audit D14).
 */
final class EncodingGuard extends JsonParserDelegate {
    EncodingGuard(JsonParser p) {
        super(p);
    }

    private RuntimeException fail(JacksonIOException e) {
        if (e.getCause() instanceof CharConversionException c) {
            return new StreamReadException(this, "The input is not valid in its encoding: " + c.getMessage(),
                    currentLocation(), e);
        }
        return e;
    }

    @Override
    public JsonToken nextToken() {
        try {
            return super.nextToken();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public JsonToken nextValue() {
        try {
            return super.nextValue();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public String nextName() {
        try {
            return super.nextName();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public boolean nextName(SerializableString name) {
        try {
            return super.nextName(name);
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public String getString() {
        try {
            return super.getString();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public char[] getStringCharacters() {
        try {
            return super.getStringCharacters();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public String getValueAsString() {
        try {
            return super.getValueAsString();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public String getValueAsString(String defaultValue) {
        try {
            return super.getValueAsString(defaultValue);
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public JsonParser skipChildren() {
        try {
            return super.skipChildren();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    @Override
    public void finishToken() {
        try {
            super.finishToken();
        } catch (JacksonIOException e) {
            throw fail(e);
        }
    }

    /** A JSON factory whose byte-stream parsers are guarded; the only kind {@link GongkaiJson3} hands out. */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder b) {
            super(b);
        }

        private Factory(Factory src) {
            super(src);
        }

        @Override
        public JsonFactory copy() {
            return new Factory(this);
        }

        @Override
        protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, InputStream in) {
            return new EncodingGuard(super._createParser(readCtxt, ctxt, in));
        }

        @Override
        protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, byte[] data, int offset,
                int len) {
            return new EncodingGuard(super._createParser(readCtxt, ctxt, data, offset, len));
        }
    }
}
