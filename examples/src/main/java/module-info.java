/** Gongkai examples: the demo and the command line, and how a system embeds the library. */
module org.gongkai.examples {
    requires org.gongkai.core;
    requires org.gongkai.validation;
    requires org.gongkai.codecs;

    exports org.gongkai.examples.cli;
    exports org.gongkai.examples.embedding;
}
