/**
 * Gongkai validation: the standard's rules written once, as a fast facade and as Jakarta Bean Validation
 * constraints.
 */
// The assertj package extends AssertJ types. AssertJ stays an optional dependency that downstream tests bring
// themselves: "requires static transitive" would make every consumer's compilation demand it, so the export
// warning is suppressed on the assertion class instead.
module org.gongkai.validation {
    requires transitive org.gongkai.core;
    requires transitive jakarta.validation;
    requires static org.assertj.core;
    requires static org.hibernate.validator;

    exports org.gongkai.validation;
    exports org.gongkai.validation.constraints;
    exports org.gongkai.validation.assertj;
}
