/** Gongkai codecs: JSON through a Jackson module, and the published catalog table as CSV. */
module org.gongkai.codecs {
    requires transitive org.gongkai.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.gongkai.codecs.json;
    exports org.gongkai.codecs.csv;

    provides com.fasterxml.jackson.databind.Module with org.gongkai.codecs.json.GongkaiModule;
}
