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
 * The string names a known domain (领域): one of the 26 standard domains under any name variant seen in real catalogs, or, with {@link #knownExtensions()}, a domain added later (统计, 自然资源 …). Applies to {@link CharSequence}; {@code null} is valid (add {@code @NotNull} to require a value). The message
 * template is the key of {@link org.gongkai.validation.RuleCode#DOMAIN_UNKNOWN}.
 */
@Documented
@Constraint(validatedBy = KnownDomainValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(KnownDomain.List.class)
public @interface KnownDomain {
    /** @return the message template */
    String message() default "{org.gongkai.validation.RuleCode.DOMAIN_UNKNOWN}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return true to accept the domains added after the 26 ({@code Domains.knownExtensions()}) */
    boolean knownExtensions() default false;

    /** Several {@link KnownDomain} on one element. */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        KnownDomain[] value();
    }
}
