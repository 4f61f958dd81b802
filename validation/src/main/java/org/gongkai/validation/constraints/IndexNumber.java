package org.gongkai.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The string is a 索引号 of a known family (credit code, organisation code or region code prefix, then year and sequence), its credit-code or organisation-code prefix passing its check, its sequence a number. Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The message
 * template is the key of {@link org.gongkai.validation.RuleCode#INDEX_NUMBER_INVALID}.
 */
@Documented
@Constraint(validatedBy = IndexNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(IndexNumber.List.class)
public @interface IndexNumber {
    /** @return the message template */
    String message() default "{org.gongkai.validation.RuleCode.INDEX_NUMBER_INVALID}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link IndexNumber} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        IndexNumber[] value();
    }
}
