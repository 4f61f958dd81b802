/**
 * Gongkai codecs: JSON through a Jackson module, and the published catalog table from CSV, HTML (with the optional
 * jsoup) and the formats registered in {@link org.gongkai.codecs.table.TableFormats}.
 */
// Spring's jars are automatic modules; they are optional (static) and used by one auto-configuration class
@SuppressWarnings("requires-automatic")
module org.gongkai.codecs {
    requires transitive org.gongkai.core;
    requires org.gongkai.json.mapping;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static org.jsoup;
    // optional: the Spring Boot 3 auto-configuration, inert without Spring
    requires static spring.boot.autoconfigure;
    requires static spring.context;
    // Excel and Word (org.gongkai.codecs.office): optional, present only for users who read or write those files
    requires static org.apache.poi.poi;
    requires static org.apache.poi.ooxml;
    requires java.xml;

    exports org.gongkai.codecs.json;
    exports org.gongkai.codecs.csv;
    exports org.gongkai.codecs.table;
    exports org.gongkai.codecs.office;
    // org.gongkai.codecs.spring (the Spring Boot 3 auto-configuration) is not exported: Spring loads it by name

    provides com.fasterxml.jackson.databind.Module with org.gongkai.codecs.json.GongkaiModule;
}
