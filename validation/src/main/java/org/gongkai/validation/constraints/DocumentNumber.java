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
 * The string is a 发文字号 (GB/T 9704-2012) that reads as agency code, year and serial: 〔〕 or the variant brackets [] ［］ ﹝﹞ () （）, 号 or 號, spaces are accepted; a lost closing bracket (税总发〔201744号) is not. Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The message
 * template is the key of {@link org.gongkai.validation.RuleCode#DOCUMENT_NUMBER_INVALID}.
 */
@Documented
@Constraint(validatedBy = DocumentNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DocumentNumber.List.class)
public @interface DocumentNumber {
    /** @return the message template */
    String message() default "{org.gongkai.validation.RuleCode.DOCUMENT_NUMBER_INVALID}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link DocumentNumber} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        DocumentNumber[] value();
    }
}
