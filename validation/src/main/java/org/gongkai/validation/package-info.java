/**
 * The standard's rules as a fast facade: {@link org.gongkai.validation.DisclosureValidator} checks items, catalogs,
 * records and negative lists and returns a {@link org.gongkai.validation.ValidationReport} of
 * {@link org.gongkai.validation.Violation}s, each with a stable {@link org.gongkai.validation.RuleCode}.
 */
package org.gongkai.validation;
