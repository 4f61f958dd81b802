package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.internal.FieldRules;

/** Checks {@link DocumentNumber} with the rule the facade uses ({@code org.gongkai.ident}). */
public final class DocumentNumberValidator implements ConstraintValidator<DocumentNumber, CharSequence> {
    /** Creates the validator (Jakarta Validation instantiates it). */
    public DocumentNumberValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || FieldRules.documentNumber(value)) {
            return true;
        }
        // the rule code also as Hibernate Validator's dynamic payload, as on the object-level constraints
        HibernatePayload.attach(context, RuleCode.DOCUMENT_NUMBER_INVALID);
        return false;
    }
}
