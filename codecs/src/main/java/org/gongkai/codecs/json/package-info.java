/**
 * JSON for Gongkai's values through Jackson 2: {@link org.gongkai.codecs.json.GongkaiModule} (found by
 * {@code ObjectMapper.findAndRegisterModules()}), {@link org.gongkai.codecs.json.GongkaiJson} (a mapper with safe
 * limits), and the streaming {@link org.gongkai.codecs.json.CatalogJsonReader} and
 * {@link org.gongkai.codecs.json.CatalogJsonWriter} for catalogs of any size.
 *
 * <p>The wire format: English keys of the project glossary, enum codes ({@code "GENERAL_PUBLIC"}) on output, codes
 * or the Chinese labels on input; every key is always written (empty strings and empty arrays rather than absent
 * keys), so that the format is fixed by the JSON Schema {@code org/gongkai/codecs/json/gongkai-catalog.schema.json}
 * shipped in this jar.
 */
package org.gongkai.codecs.json;
