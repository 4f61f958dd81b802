package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a byte sequence that is no character of the detected encoding (Jackson's {@link CharConversionException},
 * e.g. malformed UTF-32) into a {@link JsonParseException} with line and column (reliability audit D14), so that
 * the readers' documented errors stay the only ones.
 */
final class EncodingGuard extends JsonParserDelegate {
    EncodingGuard(JsonParser p) {
        super(p);
    }

    private JsonParseException fail(CharConversionException e) {
        return new JsonParseException(this, "The input is not valid in its encoding: " + e.getMessage(), e);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        try {
            return super.nextToken();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public JsonToken nextValue() throws IOException {
        try {
            return super.nextValue();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public String nextFieldName() throws IOException {
        try {
            return super.nextFieldName();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        try {
            return super.nextFieldName(name);
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public String nextTextValue() throws IOException {
        try {
            return super.nextTextValue();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public String getText() throws IOException {
        try {
            return super.getText();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        try {
            return super.getTextCharacters();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public String getValueAsString() throws IOException {
        try {
            return super.getValueAsString();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public String getValueAsString(String defaultValue) throws IOException {
        try {
            return super.getValueAsString(defaultValue);
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        try {
            return super.skipChildren();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    @Override
    public void finishToken() throws IOException {
        try {
            super.finishToken();
        } catch (CharConversionException e) {
            throw fail(e);
        }
    }

    /** A JSON factory whose byte-stream parsers are guarded; the only kind {@link GongkaiJson} hands out. */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder b) {
            super(b);
        }

        private Factory(Factory src) {
            super(src, null);
        }

        @Override
        public JsonFactory copy() {
            return new Factory(this);
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
            return new EncodingGuard(super._createParser(in, ctxt));
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
            return new EncodingGuard(super._createParser(data, offset, len, ctxt));
        }
    }
}
