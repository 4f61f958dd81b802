package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.validation.internal.FieldRules;

/** Checks {@link DocumentNumber} with the rule the facade uses ({@code org.gongkai.ident}). */
public final class DocumentNumberValidator implements ConstraintValidator<DocumentNumber, CharSequence> {
    /** Creates the validator (Jakarta Validation instantiates it). */
    public DocumentNumberValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || FieldRules.documentNumber(value);
    }
}
