package org.gongkai.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.data.DataFormatException;

/**
 * A small, strict JSON reader for the data files that ship inside gongkai-core (holiday notices, domain names,
 * standard guides). Core depends on Guava alone, so it cannot use Jackson; this reader covers RFC 8259 and
 * reports the line and column of the first error together with the name of the source.
 *
 * <p>Objects become insertion-ordered unmodifiable {@link Map}s, arrays unmodifiable {@link List}s, numbers
 * {@link BigDecimal}s, and {@code null} stays {@code null}. Not part of the public API (the package is not
 * exported).
 *
 * <p>The reader works on the UTF-8 bytes: the bundled data is read on the first use of the library, in a cold JVM,
 * where decoding whole documents into strings first costs more than parsing them. Only string values are decoded.
 *
 * <p>Limits, the same kind as the codecs module's JSON reader, each a {@link DataFormatException} with the line
 * and column (reliability audit D4): nesting depth {@value #MAX_NESTING_DEPTH}; string values
 * {@value #MAX_STRING_LENGTH} bytes; property names {@value #MAX_NAME_LENGTH} bytes; numbers
 * {@value #MAX_NUMBER_LENGTH} characters; documents {@value #MAX_DOCUMENT_LENGTH} bytes (a stream is read no
 * further than that). Parsing is linear in the document.
 */
public final class MiniJson {
    /** The deepest nesting of arrays and objects (the data files nest at most 4 deep). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest string value, in UTF-8 bytes. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest property name, in UTF-8 bytes. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number, in characters (sign, digits, point and exponent). */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest document, in bytes (the largest data file is well under 1 MiB). */
    public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

    private final byte[] text;
    private final String source;
    private int pos;
    private int depth;

    private MiniJson(byte[] text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * Parses one JSON document.
     *
     * @param text the document
     * @param source a name for error messages (file or resource name)
     * @return the value
     * @throws DataFormatException when the text is not JSON or exceeds a limit, with the line and column
     */
    public static Object parse(String text, String source) {
        if (text.length() > MAX_DOCUMENT_LENGTH) {
            throw tooLong(source);
        }
        return parse(text.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Parses one UTF-8 JSON document (a byte order mark is skipped).
     *
     * @param utf8 the document
     * @param source a name for error messages
     * @return the value
     * @throws DataFormatException when the bytes are not JSON or exceed a limit, with the line and column
     */
    public static Object parse(byte[] utf8, String source) {
        if (utf8.length > MAX_DOCUMENT_LENGTH) {
            throw tooLong(source);
        }
        MiniJson p = new MiniJson(utf8, source);
        if (utf8.length >= 3 && utf8[0] == (byte) 0xEF && utf8[1] == (byte) 0xBB && utf8[2] == (byte) 0xBF) {
            p.pos = 3;
        }
        p.skipWs();
        Object v = p.value();
        p.skipWs();
        if (p.pos != utf8.length) {
            throw p.error("unexpected text after the JSON value");
        }
        return v;
    }

    /**
     * Reads and parses a UTF-8 JSON stream, closing it.
     *
     * @param in the stream
     * @param source a name for error messages
     * @return the value
     * @throws DataFormatException when the stream is not JSON or exceeds a limit (it is read no further than
     *     {@link #MAX_DOCUMENT_LENGTH} + 1 bytes)
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static Object parse(InputStream in, String source) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_LENGTH + 1);
            if (bytes.length > MAX_DOCUMENT_LENGTH) {
                throw tooLong(source);
            }
            return parse(bytes, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static DataFormatException tooLong(String source) {
        return new DataFormatException(source, 0, 0,
                "the document is longer than " + MAX_DOCUMENT_LENGTH + " bytes, the limit of the JSON reader");
    }

    private void enter() {
        if (++depth > MAX_NESTING_DEPTH) {
            throw error("nesting deeper than " + MAX_NESTING_DEPTH + " arrays and objects");
        }
    }

    private Object value() {
        if (pos >= text.length) {
            throw error("unexpected end of input");
        }
        char c = (char) (text[pos] & 0xFF);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string(MAX_STRING_LENGTH);
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipWs();
        if (peek() == '}') {
            pos++;
            depth--;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipWs();
            if (peek() != '"') {
                throw error("expected a property name");
            }
            String key = string(MAX_NAME_LENGTH);
            skipWs();
            expect(':');
            skipWs();
            if (map.containsKey(key)) {
                throw error("duplicate property \"" + key + "\"");
            }
            map.put(key, value());
            skipWs();
            char c = peek();
            pos++;
            if (c == '}') {
                depth--;
                return Collections.unmodifiableMap(map);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipWs();
        if (peek() == ']') {
            pos++;
            depth--;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            skipWs();
            list.add(value());
            skipWs();
            char c = peek();
            pos++;
            if (c == ']') {
                depth--;
                return Collections.unmodifiableList(list);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string(int limit) {
        pos++;
        int start = pos;
        boolean plain = true;
        while (true) {
            if (pos >= text.length) {
                throw error("unterminated string");
            }
            if (pos - start > limit) {
                pos = start;
                throw error("a string longer than " + limit + " bytes");
            }
            int b = text[pos] & 0xFF;
            if (b == '"') {
                if (plain) {
                    String v = new String(text, start, pos - start, StandardCharsets.UTF_8);
                    pos++;
                    return v;
                }
                break;
            }
            if (b == '\\') {
                plain = false;
                pos += 2;
                continue;
            }
            if (b < 0x20) {
                throw error("control character in string");
            }
            pos++;
        }
        pos = start;
        StringBuilder sb = new StringBuilder();
        int run = pos;
        while (true) {
            int b = text[pos] & 0xFF;
            if (b == '"') {
                sb.append(new String(text, run, pos - run, StandardCharsets.UTF_8));
                pos++;
                return sb.toString();
            }
            if (b != '\\') {
                pos++;
                continue;
            }
            sb.append(new String(text, run, pos - run, StandardCharsets.UTF_8));
            pos++;
            if (pos >= text.length) {
                throw error("unterminated escape");
            }
            char e = (char) (text[pos++] & 0xFF);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u':
                    if (pos + 4 > text.length) {
                        throw error("bad \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(new String(text, pos, 4, StandardCharsets.US_ASCII), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                    break;
                default:
                    pos--;
                    throw error("bad escape '\\" + e + "'");
            }
            run = pos;
        }
    }

    private BigDecimal number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length && "0123456789.eE+-".indexOf(text[pos]) >= 0) {
            pos++;
            if (pos - start > MAX_NUMBER_LENGTH) {
                pos = start;
                throw error("a number longer than " + MAX_NUMBER_LENGTH + " characters");
            }
        }
        try {
            return new BigDecimal(new String(text, start, pos - start, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("bad number");
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i >= text.length || text[pos + i] != word.charAt(i)) {
                throw error("unexpected token");
            }
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        if (pos >= text.length) {
            throw error("unexpected end of input");
        }
        return (char) (text[pos] & 0xFF);
    }

    private void skipWs() {
        while (pos < text.length) {
            byte c = text[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                break;
            }
        }
    }

    private DataFormatException error(String what) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos && i < text.length; i++) {
            if (text[i] == '\n') {
                line++;
                col = 1;
            } else if ((text[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new DataFormatException(source, line, col, what);
    }
}
