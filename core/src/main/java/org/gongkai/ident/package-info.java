/**
 * The identifiers printed on disclosed government information, as validated immutable values:
 * {@link org.gongkai.ident.CreditCode} (统一社会信用代码, GB 32100-2015) with its embedded
 * {@link org.gongkai.ident.OrganizationCode} (组织机构代码, GB 11714), {@link org.gongkai.ident.DocumentNumber}
 * (发文字号, GB/T 9704-2012) and {@link org.gongkai.ident.IndexNumber} (索引号 of a disclosure directory).
 *
 * <p>Every type offers {@code parse} (throws {@link org.gongkai.ident.IdentifierFormatException}, which carries a
 * {@link org.gongkai.ident.IdentifierFormatException.Reason}, the 0-based position of the offending character and
 * the text), {@code tryParse} (an empty {@code Optional} instead of the exception) and {@code isValid}.
 */
package org.gongkai.ident;
