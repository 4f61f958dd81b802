/**
 * JSON for Gongkai's values through Jackson 2: {@link org.gongkai.codecs.json.GongkaiModule} (found by
 * {@code ObjectMapper.findAndRegisterModules()}), {@link org.gongkai.codecs.json.GongkaiJson} (a mapper with safe
 * limits), and the streaming {@link org.gongkai.codecs.json.CatalogJsonReader} and
 * {@link org.gongkai.codecs.json.CatalogJsonWriter} for catalogs of any size.
 *
 * <p>The wire format: English keys of the project glossary, enum codes ({@code "GENERAL_PUBLIC"}) on output, codes
 * or the Chinese labels on input; every key is always written (empty strings and empty arrays rather than absent
 * keys, {@code null} for an absent date or a cell not applicable), so that the format is fixed by the JSON Schema
 * {@code org/gongkai/codecs/json/gongkai-catalog.schema.json} shipped in this jar (items, catalogs, information
 * records, negative lists, requests, reply clocks, holiday notices, the calendar's provenance, report table 二).
 *
 * <p>Values covered and how: items, catalogs, records and negative lists both ways; deadline rules written
 * structured with their source, read from the source; identifiers as canonical strings; requests as
 * {@code {"events": [...]}} both ways; the reply clock ({@code ReplyDeadline}) written only, because it is computed
 * on a working-day calendar the JSON does not carry (read its {@code request} and call {@code replyDeadline});
 * holiday notices both ways in the holiday-cn format of the bundled files ({@code $id} ↔ the notice's source), so
 * a calendar overlay can be read through Jackson; the calendar's provenance, days and ranges both ways; the annual
 * report's tables 二, 三, 四 both ways.
 *
 * <p><b>Validation reports are not written here.</b> {@code ValidationReport} and {@code Violation} live in
 * gongkai-validation, and the architecture keeps validation and codecs independent of each other (neither module
 * depends on the other, so that a system can take either alone). Putting their JSON in gongkai-validation instead
 * would give that module a Jackson dependency it does not otherwise need. The report's JSON is therefore written
 * where both modules meet: the examples command line ({@code gongkai validate --json}, {@code CatalogReport}),
 * whose hand-written writer fixes the keys and their order. An application that holds both modules can also give
 * {@code Violation} (a record of a code, a severity and strings) to plain Jackson databind. Violations name paths
 * in Gongkai's property names ({@code items[3].basis}); the errors of this package name JSON Pointers
 * ({@code /items/3/basis}) of the document read.
 */
package org.gongkai.codecs.json;
