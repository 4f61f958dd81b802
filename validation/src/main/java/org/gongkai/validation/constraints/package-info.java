/**
 * Jakarta Bean Validation constraints that run the same rules as {@link org.gongkai.validation.DisclosureValidator}:
 * {@link org.gongkai.validation.constraints.ValidDisclosureItem}, {@link org.gongkai.validation.constraints.ValidCatalog},
 * {@link org.gongkai.validation.constraints.ValidInformationRecord} on Gongkai's values, and field constraints for a
 * business system's plain strings ({@link org.gongkai.validation.constraints.KnownDomain},
 * {@link org.gongkai.validation.constraints.DisclosureAttributeLabel},
 * {@link org.gongkai.validation.constraints.DeadlinePhrase},
 * {@link org.gongkai.validation.constraints.CreditCode}, {@link org.gongkai.validation.constraints.DocumentNumber},
 * {@link org.gongkai.validation.constraints.IndexNumber}). Validators are registered through
 * {@code @Constraint(validatedBy = …)}: no configuration needed. Messages are in
 * {@code ContributorValidationMessages.properties} (Chinese), {@code _zh_CN} and {@code _en}, without EL, so that
 * {@code ParameterMessageInterpolator} works.
 */
package org.gongkai.validation.constraints;
