/**
 * Internal (not public API; see the README's compatibility promise): the mapping between Gongkai's values and
 * JSON, written once over {@link org.gongkai.json.internal.JsonIn} and {@link org.gongkai.json.internal.JsonOut},
 * split by value kind: {@link org.gongkai.json.internal.JsonCodec} (items, catalogs, records, negative lists,
 * deadline rules, report tables, scalars and errors), {@link org.gongkai.json.internal.RequestJson} (requests and
 * the reply clock), {@link org.gongkai.json.internal.CalendarJson} (the working-day calendar's values). The Jackson
 * 2 and Jackson 3 modules are thin adapters over it, so both majors share one wire format, one schema, the same
 * {@link org.gongkai.json.internal.Limits} and the same errors.
 */
package org.gongkai.json.internal;
