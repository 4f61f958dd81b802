/** Gongkai examples: the demo and the command line, and how a system embeds the library. */
module org.gongkai.examples {
    requires transitive org.gongkai.core;
    requires transitive org.gongkai.validation;
    requires transitive org.gongkai.codecs;
    // codecs reads HTML pages with jsoup, an optional dependency there: the command line brings it
    requires org.jsoup;
    requires org.apache.poi.ooxml;

    exports org.gongkai.examples.cli;
    exports org.gongkai.examples.embedding;
}
