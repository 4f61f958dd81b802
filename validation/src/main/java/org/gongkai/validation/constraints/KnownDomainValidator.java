package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.internal.FieldRules;

/** Checks {@link KnownDomain} with the rule the facade uses. */
public final class KnownDomainValidator implements ConstraintValidator<KnownDomain, CharSequence> {
    private boolean knownExtensions;

    /** Creates the validator (Jakarta Validation instantiates it). */
    public KnownDomainValidator() {
    }

    @Override
    public void initialize(KnownDomain annotation) {
        this.knownExtensions = annotation.knownExtensions();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || FieldRules.knownDomain(JakartaContext.of(knownExtensions), value)) {
            return true;
        }
        // the rule code also as Hibernate Validator's dynamic payload, as on the object-level constraints
        HibernatePayload.attach(context, RuleCode.DOMAIN_UNKNOWN);
        return false;
    }
}
