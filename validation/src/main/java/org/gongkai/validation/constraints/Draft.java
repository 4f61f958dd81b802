package org.gongkai.validation.constraints;

/**
 * Validation group for drafts: use it with {@code strictness = Strictness.DRAFT} so that an item still being
 * written is checked only for what it already says (name, domain, readable deadline), e.g.
 * {@code @ValidDisclosureItem(groups = Draft.class, strictness = Strictness.DRAFT)}.
 */
public interface Draft {
}
