/**
 * Gongkai codecs: JSON through a Jackson module, and the published catalog table from CSV, HTML (with the optional
 * jsoup) and the formats registered in {@link org.gongkai.codecs.table.TableFormats}.
 */
module org.gongkai.codecs {
    requires transitive org.gongkai.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires static org.jsoup;
    // Excel and Word (org.gongkai.codecs.office): optional, present only for users who read or write those files
    requires static org.apache.poi.poi;
    requires static org.apache.poi.ooxml;
    requires java.xml;

    exports org.gongkai.codecs.json;
    exports org.gongkai.codecs.csv;
    exports org.gongkai.codecs.table;
    exports org.gongkai.codecs.office;

    provides com.fasterxml.jackson.databind.Module with org.gongkai.codecs.json.GongkaiModule;
}
