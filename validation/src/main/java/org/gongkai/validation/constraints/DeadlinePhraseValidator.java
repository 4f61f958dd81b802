package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.internal.FieldRules;

/** Checks {@link DeadlinePhrase} with the rule the facade uses ({@code org.gongkai.deadline}). */
public final class DeadlinePhraseValidator implements ConstraintValidator<DeadlinePhrase, CharSequence> {
    /** Creates the validator (Jakarta Validation instantiates it). */
    public DeadlinePhraseValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || FieldRules.deadlinePhrase(value)) {
            return true;
        }
        // the rule code also as Hibernate Validator's dynamic payload, as on the object-level constraints
        HibernatePayload.attach(context, RuleCode.DEADLINE_UNREADABLE);
        return false;
    }
}
