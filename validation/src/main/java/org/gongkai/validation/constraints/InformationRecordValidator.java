package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.item.InformationRecord;
import org.gongkai.validation.Strictness;
import org.gongkai.validation.internal.RecordRules;

/** Runs the rules of {@link ValidInformationRecord} (the same code as the facade's) on a {@link InformationRecord}. */
public final class InformationRecordValidator implements ConstraintValidator<ValidInformationRecord, InformationRecord> {
    private Strictness strictness = Strictness.PUBLISH;
    private boolean warnings;

    /** Creates the validator (Jakarta Validation instantiates it). */
    public InformationRecordValidator() {
    }

    @Override
    public void initialize(ValidInformationRecord annotation) {
        this.strictness = annotation.strictness();
        this.warnings = annotation.warnings();
    }

    @Override
    public boolean isValid(InformationRecord value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintSink sink = new ConstraintSink(context, strictness, warnings);
        RecordRules.check(value, JakartaContext.of(context, false, true), sink);
        return sink.valid();
    }
}
