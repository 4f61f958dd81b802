package org.gongkai.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.gongkai.validation.RuleCode;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Puts the rule code on the next violation as Hibernate Validator's dynamic payload, when Hibernate Validator is
 * the provider. Hibernate Validator is an optional dependency: whether it is present is found out once, and its
 * classes are touched only when it is.
 */
final class HibernatePayload {
    private static final boolean PRESENT = present();

    private HibernatePayload() {
    }

    private static boolean present() {
        try {
            Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext", false,
                    HibernatePayload.class.getClassLoader());
            Module self = HibernatePayload.class.getModule();
            return !self.isNamed() || self.getLayer() == null
                    || self.canRead(HibernateConstraintValidatorContext.class.getModule());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static void attach(ConstraintValidatorContext context, RuleCode code) {
        if (!PRESENT) {
            return;
        }
        try {
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code);
        } catch (ValidationException e) {
            // another provider's context: the code still travels in the message template
        }
    }
}
