package org.gongkai.validation.testing;

/**
 * On the module path the tests run inside the patched module org.gongkai.validation, which does not declare
 * Hibernate Validator (a test dependency). This lets the tests read it, and lets it read the tests' beans, as a
 * user's own module would with {@code requires} and {@code opens}.
 */
public final class HibernateValidatorAccess {
    private HibernateValidatorAccess() {
    }

    /** Adds the reads and opens; harmless on the class path. */
    public static void grant() {
        Module me = HibernateValidatorAccess.class.getModule();
        if (!me.isNamed()) {
            return;
        }
        ModuleLayer.boot().findModule("org.hibernate.validator").ifPresent(hv -> {
            me.addReads(hv);
            me.addOpens("org.gongkai.validation.constraints", hv);
        });
    }
}
