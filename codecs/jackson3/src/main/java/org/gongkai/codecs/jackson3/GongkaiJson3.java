package org.gongkai.codecs.jackson3;

import org.gongkai.json.internal.Limits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson 3 objects with the same safe limits as gongkai-codecs' {@code GongkaiJson} for Jackson 2:
 * nesting depth {@value Limits#MAX_NESTING_DEPTH}, strings {@value Limits#MAX_STRING_LENGTH} characters, names
 * {@value Limits#MAX_NAME_LENGTH}, numbers {@value Limits#MAX_NUMBER_LENGTH} digits, documents
 * {@value Limits#MAX_DOCUMENT_LENGTH} bytes; unknown properties and trailing tokens are errors; no default typing.
 */
public final class GongkaiJson3 {
    private GongkaiJson3() {
    }

    /**
     * @param maxDocumentLength the document length limit, or -1 for none
     * @return the read limits above with the given document length
     */
    public static StreamReadConstraints constraints(long maxDocumentLength) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                .maxStringLength(Limits.MAX_STRING_LENGTH)
                .maxNameLength(Limits.MAX_NAME_LENGTH)
                .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    /**
     * @param maxDocumentLength the document length limit, or -1 for none
     * @return a JSON factory with the limits above and source text kept out of error messages; a byte sequence
     *     that is no character of the detected encoding (malformed UTF-32) is a parse error with line and column
     */
    public static JsonFactory factory(long maxDocumentLength) {
        return new EncodingGuard.Factory(JsonFactory.builder()
                .streamReadConstraints(constraints(maxDocumentLength))
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8));
    }

    /**
     * @return a new mapper (immutable, shareable) with the limits above, the {@link GongkaiJackson3Module}, unknown
     *     properties and trailing tokens failing
     */
    public static JsonMapper mapper() {
        return JsonMapper.builder(factory(Limits.MAX_DOCUMENT_LENGTH))
                .addModule(new GongkaiJackson3Module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
