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
 * The string is a 统一社会信用代码 (GB 32100-2015): 18 characters of the 31-symbol set, the mod-31 check character right, and the embedded GB 11714 organisation code's check right. Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The message
 * template is the key of {@link org.gongkai.validation.RuleCode#CREDIT_CODE_INVALID}.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(CreditCode.List.class)
public @interface CreditCode {
    /** @return the message template */
    String message() default "{org.gongkai.validation.RuleCode.CREDIT_CODE_INVALID}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link CreditCode} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        CreditCode[] value();
    }
}
