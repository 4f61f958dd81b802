/**
 * AssertJ assertions on {@link org.gongkai.validation.ValidationReport} and sample items for downstream tests.
 * AssertJ is an optional dependency: use this package only where AssertJ is on the class path.
 */
package org.gongkai.validation.assertj;
