/**
 * Gongkai validation: the standard's rules written once, as a fast facade and as Jakarta Bean Validation
 * constraints.
 */
module org.gongkai.validation {
    requires transitive org.gongkai.core;
    requires transitive jakarta.validation;
    requires static transitive org.assertj.core;

    exports org.gongkai.validation;
    exports org.gongkai.validation.constraints;
    exports org.gongkai.validation.assertj;
}
