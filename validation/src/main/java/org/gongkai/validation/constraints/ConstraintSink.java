package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Strictness;
import org.gongkai.validation.internal.Sink;

/**
 * Turns the rules' findings into Jakarta constraint violations: one per finding, its message template the rule's
 * key (so {@code ConstraintViolation.getMessageTemplate()} carries the code, see
 * {@link RuleCode#fromMessageTemplate}), its property path the finding's path ({@code items[12].channels}). Under
 * Hibernate Validator the violation also carries the {@link RuleCode} as its dynamic payload
 * ({@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(RuleCode.class)}).
 */
final class ConstraintSink implements Sink {
    private final ConstraintValidatorContext context;
    private final Strictness strictness;
    private final boolean warnings;
    private boolean valid = true;

    ConstraintSink(ConstraintValidatorContext context, Strictness strictness, boolean warnings) {
        this.context = context;
        this.strictness = strictness;
        this.warnings = warnings;
    }

    @Override
    public boolean wants(RuleCode code) {
        return strictness.includes(code) && (warnings || code.severity() == Severity.ERROR);
    }

    @Override
    public void report(RuleCode code, String collection, int index, String property, String value) {
        if (!wants(code)) {
            return;
        }
        if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
        }
        HibernatePayload.attach(context, code);
        ConstraintViolationBuilder b = context.buildConstraintViolationWithTemplate(code.messageTemplate());
        if (collection == null) {
            if (property.isEmpty()) {
                b.addConstraintViolation();
            } else {
                b.addPropertyNode(property).addConstraintViolation();
            }
        } else if (property.isEmpty()) {
            b.addPropertyNode(collection).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        } else {
            b.addPropertyNode(collection).addPropertyNode(property).inIterable().atIndex(index)
                    .addConstraintViolation();
        }
    }

    /** @return true when nothing was reported */
    boolean valid() {
        return valid;
    }
}
