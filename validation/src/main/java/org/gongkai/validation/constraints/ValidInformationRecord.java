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
import org.gongkai.validation.Strictness;

/**
 * Checks an {@link org.gongkai.item.InformationRecord}'s lifecycle: attribute and grounds (Art. 14–16), and, on the official working-day calendar, publication within Art. 26's 20 working days, and, with the date of the
 * validator's {@code ClockProvider}, the yearly review of withheld information and repealed records listed as current.
 *
 * <p>Each finding becomes one constraint violation whose message template is the rule's key
 * ({@code {org.gongkai.validation.RuleCode.ITEM_BASIS_MISSING}}: read the code back with
 * {@link org.gongkai.validation.RuleCode#fromMessageTemplate}) and whose property path is the finding's path below
 * the annotated element. By default only the rules of severity ERROR fail validation; {@link #warnings()} adds the
 * others. Messages come from {@code ContributorValidationMessages} (no EL needed).
 */
@Documented
@Constraint(validatedBy = InformationRecordValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ValidInformationRecord.List.class)
public @interface ValidInformationRecord {
    /** @return the message of the default violation (never used: each finding has its rule's message) */
    String message() default "{org.gongkai.validation.constraints.ValidInformationRecord.message}";

    /** @return the groups, e.g. {@link Draft} or {@link Publish} */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return {@link Strictness#DRAFT} to run only the rules that apply to drafts */
    Strictness strictness() default Strictness.PUBLISH;

    /** @return true to fail on WARNING rules too */
    boolean warnings() default false;

    /** Several {@link ValidInformationRecord} on one element (one per group). */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** @return the constraints */
        ValidInformationRecord[] value();
    }
}
