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
 * The string is a 公开属性 label: 主动公开, 依申请公开 or 不予公开, or a variant printed on documents (此件公开发布, 此件依申请公开 …). Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The message
 * template is the key of {@link org.gongkai.validation.RuleCode#DISCLOSURE_ATTRIBUTE_UNKNOWN}.
 */
@Documented
@Constraint(validatedBy = DisclosureAttributeLabelValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(DisclosureAttributeLabel.List.class)
public @interface DisclosureAttributeLabel {
    /** @return the message template */
    String message() default "{org.gongkai.validation.RuleCode.DISCLOSURE_ATTRIBUTE_UNKNOWN}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link DisclosureAttributeLabel} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        DisclosureAttributeLabel[] value();
    }
}
