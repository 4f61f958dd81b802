/**
 * The published catalog table as CSV: {@link org.gongkai.codecs.csv.CatalogCsvReader} reads the layouts real
 * catalogs use (one- and two-row headers, reordered and extra columns, GB18030 or UTF-8, √ marks or words, ■/□
 * channel lists, 同上), and {@link org.gongkai.codecs.csv.CatalogCsvWriter} writes the standard layout back.
 */
package org.gongkai.codecs.csv;
