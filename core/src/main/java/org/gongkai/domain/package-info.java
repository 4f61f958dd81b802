/**
 * Disclosure domains (领域): the 26 pilot domains of 国办发〔2019〕54号 ({@link org.gongkai.domain.StandardDomain}),
 * the open {@link org.gongkai.domain.Domain} for domains added later, the immutable registry
 * {@link org.gongkai.domain.Domains} that resolves any name variant seen in real catalogs, and the domains'
 * {@link org.gongkai.domain.StandardGuide}s.
 */
package org.gongkai.domain;
