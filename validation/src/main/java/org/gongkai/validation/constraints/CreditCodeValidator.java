package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.internal.FieldRules;

/** Checks {@link CreditCode} with the rule the facade uses ({@code org.gongkai.ident}). */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {
    /** Creates the validator (Jakarta Validation instantiates it). */
    public CreditCodeValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || FieldRules.creditCode(value)) {
            return true;
        }
        // the rule code also as Hibernate Validator's dynamic payload, as on the object-level constraints
        HibernatePayload.attach(context, RuleCode.CREDIT_CODE_INVALID);
        return false;
    }
}
