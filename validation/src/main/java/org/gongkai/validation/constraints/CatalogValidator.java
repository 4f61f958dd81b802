package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.item.Catalog;
import org.gongkai.validation.Strictness;
import org.gongkai.validation.internal.CatalogRules;

/** Runs the rules of {@link ValidCatalog} (the same code as the facade's) on a {@link Catalog}. */
public final class CatalogValidator implements ConstraintValidator<ValidCatalog, Catalog> {
    private Strictness strictness = Strictness.PUBLISH;
    private boolean warnings;
    private boolean knownExtensions;

    /** Creates the validator (Jakarta Validation instantiates it). */
    public CatalogValidator() {
    }

    @Override
    public void initialize(ValidCatalog annotation) {
        this.strictness = annotation.strictness();
        this.warnings = annotation.warnings();
        this.knownExtensions = annotation.knownExtensions();
    }

    @Override
    public boolean isValid(Catalog value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintSink sink = new ConstraintSink(context, strictness, warnings);
        CatalogRules.check(value, JakartaContext.of(context, knownExtensions, false), sink);
        return sink.valid();
    }
}
