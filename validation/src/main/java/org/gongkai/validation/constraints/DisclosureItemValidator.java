package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.Strictness;
import org.gongkai.validation.internal.ItemRules;

/** Runs the rules of {@link ValidDisclosureItem} (the same code as the facade's) on a {@link DisclosureItem}. */
public final class DisclosureItemValidator implements ConstraintValidator<ValidDisclosureItem, DisclosureItem> {
    private Strictness strictness = Strictness.PUBLISH;
    private boolean warnings;
    private boolean knownExtensions;

    /** Creates the validator (Jakarta Validation instantiates it). */
    public DisclosureItemValidator() {
    }

    @Override
    public void initialize(ValidDisclosureItem annotation) {
        this.strictness = annotation.strictness();
        this.warnings = annotation.warnings();
        this.knownExtensions = annotation.knownExtensions();
    }

    @Override
    public boolean isValid(DisclosureItem value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintSink sink = new ConstraintSink(context, strictness, warnings);
        ItemRules.check(value, JakartaContext.of(context, knownExtensions, false), sink);
        return sink.valid();
    }
}
