/** Gongkai examples: the demo and the command line, embedding the library as a user would. */
module org.gongkai.examples {
    requires org.gongkai.core;
    requires org.gongkai.validation;
    requires org.gongkai.codecs;

    exports org.gongkai.examples.cli;
}
