/**
 * Excel and Word: the {@code .xlsx}, {@code .xls} and {@code .docx} sources of the table model (registered in
 * {@link org.gongkai.codecs.table.TableFormats}; {@code .doc} is refused with "save it as .docx"), and
 * {@link org.gongkai.codecs.office.CatalogXlsxWriter}, the published layout as a workbook.
 *
 * <p>Everything here needs Apache POI, an optional dependency: {@code org.apache.poi:poi} for {@code .xls},
 * {@code org.apache.poi:poi-ooxml} for {@code .xlsx} and {@code .docx}. Without it, opening such a file through
 * {@code TableFormats} fails with an error naming the artifact; CSV and JSON never load this package.
 *
 * <p>Limits, set explicitly: zip entries inflating more than 100-fold (zip bombs), entries over 1 GiB and packages
 * of more than 1,000 entries are refused (POI's {@code ZipSecureFile}, only ever tightened); no XML part may declare
 * a DOCTYPE (so no entity is expanded); the shared strings of a workbook at most 256 MiB, a Word body at most
 * 64 MiB, an {@code .xls} or {@code .docx} file at most 64 MiB; columns, cell and row lengths as the
 * {@link org.gongkai.codecs.table.TableLimits} say, and at most 20,000,000 cells per table. An {@code .xlsx} sheet is
 * read as a stream: memory does not grow with its rows (a 100,000-row workbook reads within a 64 MiB heap).
 */
package org.gongkai.codecs.office;
