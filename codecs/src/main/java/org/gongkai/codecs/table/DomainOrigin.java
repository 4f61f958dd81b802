package org.gongkai.codecs.table;

/** Where the domain of a table's items came from, in the order the interpretation tries them. */
public enum DomainOrigin {
    /** A 领域 column: each row names its domain. */
    COLUMN,
    /** The table's title (a row above the header, a caption, a heading, the page title) names a domain. */
    TITLE,
    /** The sheet name names a domain. */
    SHEET_NAME,
    /** The file name names a domain. */
    FILE_NAME,
    /** The caller's default ({@code Options.withDefaultDomain}, the CLI's {@code --domain}). */
    DEFAULT,
    /** Nothing gave a domain: the items have an empty domain (validation reports {@code DOMAIN_MISSING}). */
    NONE
}
