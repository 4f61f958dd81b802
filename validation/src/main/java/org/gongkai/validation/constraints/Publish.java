package org.gongkai.validation.constraints;

/**
 * Validation group for publication: every rule, e.g. {@code @ValidDisclosureItem(groups = Publish.class)}, and
 * {@code validator.validate(dto, Publish.class)} before the item goes out.
 */
public interface Publish {
}
