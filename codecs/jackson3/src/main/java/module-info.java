/**
 * Gongkai's values as JSON through Jackson 3 ({@code tools.jackson}): {@link
 * org.gongkai.codecs.jackson3.GongkaiJackson3Module}, found by {@code JsonMapper.builder().findAndAddModules()} and
 * by Spring Boot 4 with no setup.
 */
// "jackson3" names the Jackson major it serves, as Jackson's own artifacts do
@SuppressWarnings("module")
module org.gongkai.codecs.jackson3 {
    requires transitive org.gongkai.core;
    requires transitive tools.jackson.databind;
    requires org.gongkai.json.mapping;

    exports org.gongkai.codecs.jackson3;

    provides tools.jackson.databind.JacksonModule with org.gongkai.codecs.jackson3.GongkaiJackson3Module;
}
