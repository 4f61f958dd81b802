package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.validation.internal.FieldRules;

/** Checks {@link IndexNumber} with the rule the facade uses ({@code org.gongkai.ident}). */
public final class IndexNumberValidator implements ConstraintValidator<IndexNumber, CharSequence> {
    /** Creates the validator (Jakarta Validation instantiates it). */
    public IndexNumberValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || FieldRules.indexNumber(value);
    }
}
