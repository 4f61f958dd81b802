package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.gongkai.json.internal.Limits;

/**
 * Ready-made Jackson objects with safe limits, for systems that read JSON from outside.
 *
 * <p>Limits ({@link StreamReadConstraints}): nesting depth {@value #MAX_NESTING_DEPTH} (Gongkai's documents nest
 * at most 5 deep); string length {@value #MAX_STRING_LENGTH} characters (the longest real cell, a pasted legal
 * basis, is a few thousand); document length {@value #MAX_DOCUMENT_LENGTH} bytes for a whole document read by a
 * mapper — a larger catalog is read item by item with {@link CatalogJsonReader}, whose document length is not
 * limited (its memory use is bounded per item by the other limits); names {@value #MAX_NAME_LENGTH} characters;
 * numbers {@value #MAX_NUMBER_LENGTH} digits. No polymorphic default typing is ever enabled; unknown properties
 * are errors; JSON parse errors carry line and column, and Gongkai's own errors also the JSON Pointer.
 */
public final class GongkaiJson {
    /** Maximum nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;
    /** Maximum length of one string value, in characters. */
    public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
    /** Maximum length of a property name, in characters (extras are keyed by column headers). */
    public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;
    /** Maximum length of a number literal. */
    public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;
    /** Maximum document length for whole-document reads by {@link #mapper()}: 256 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;

    private GongkaiJson() {
    }

    /**
     * @param maxDocumentLength the document length limit, or -1 for none
     * @return the read limits above with the given document length
     */
    public static StreamReadConstraints constraints(long maxDocumentLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    /**
     * @param maxDocumentLength the document length limit, or -1 for none
     * @return a JSON factory with the limits above and source text kept out of error messages; a byte sequence
     *     that is no character of the detected encoding (malformed UTF-32) is a parse error with line and column
     */
    public static JsonFactory factory(long maxDocumentLength) {
        return new EncodingGuard.Factory((JsonFactoryBuilder) JsonFactory.builder()
                .streamReadConstraints(constraints(maxDocumentLength))
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // characters outside the BMP (emoji, CJK Extension B 𠀀) as 4-byte UTF-8, not \\uD83D\\uDE00 escapes
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8));
    }

    /**
     * @return a new mapper with the limits above, the {@link GongkaiModule}, unknown properties failing, and no
     *     default typing; configure it further as you like (it is not shared)
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder(factory(MAX_DOCUMENT_LENGTH))
                .addModule(new GongkaiModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
