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
 * The string is a 公开时限 phrase that {@code org.gongkai.deadline.DeadlinePhrases} can read (信息形成或者变更之日起20个
 * 工作日内, 及时公开, 长期公开, 同上 …). Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to
 * require a value). The message template is the key of {@link org.gongkai.validation.RuleCode#DEADLINE_UNREADABLE}.
 */
@Documented
@Constraint(validatedBy = DeadlinePhraseValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DeadlinePhrase.List.class)
public @interface DeadlinePhrase {
    /** @return the message template */
    String message() default "{org.gongkai.validation.RuleCode.DEADLINE_UNREADABLE}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};


    /** Several {@link DeadlinePhrase} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        DeadlinePhrase[] value();
    }
}
