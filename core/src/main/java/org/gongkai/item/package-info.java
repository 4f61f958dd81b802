/**
 * Disclosure items and catalogs: {@link org.gongkai.item.DisclosureItem} (one catalog row with every element of the
 * standard), {@link org.gongkai.item.Catalog}, {@link org.gongkai.item.InformationRecord} (one concrete piece of
 * government information), and the standard's terms as enums with their exact Chinese labels: audience, method,
 * attribute, legal grounds for withholding (Regulation Art. 14–16), administrative level, 五公开 stage and channels.
 *
 * <p>Every enum standing for a term has {@code label()} and {@code fromLabel(CharSequence)}, which accepts the label
 * variants seen in real catalogs and throws {@link org.gongkai.data.UnknownLabelException} naming the text otherwise.
 */
package org.gongkai.item;
