package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.internal.FieldRules;

/** Checks {@link DisclosureAttributeLabel} with the rule the facade uses. */
public final class DisclosureAttributeLabelValidator implements ConstraintValidator<DisclosureAttributeLabel, CharSequence> {

    /** Creates the validator (Jakarta Validation instantiates it). */
    public DisclosureAttributeLabelValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || FieldRules.attributeLabel(value)) {
            return true;
        }
        // the rule code also as Hibernate Validator's dynamic payload, as on the object-level constraints
        HibernatePayload.attach(context, RuleCode.DISCLOSURE_ATTRIBUTE_UNKNOWN);
        return false;
    }
}
