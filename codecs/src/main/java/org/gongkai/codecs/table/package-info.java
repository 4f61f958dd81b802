/**
 * Catalog tables, whatever the file: one model of a table, many sources, one interpretation, one published layout.
 *
 * <h2>Reading</h2>
 * A {@link org.gongkai.codecs.table.TableSource} knows one format (CSV, HTML, XLSX …) and pushes its tables to a
 * {@link org.gongkai.codecs.table.TableSink}: a {@link org.gongkai.codecs.table.TableStart} (the table's
 * {@link org.gongkai.codecs.table.TableLocation} — file, which table or sheet — and the title candidates found outside
 * it: caption, heading, page title, sheet name, file name), then its {@link org.gongkai.codecs.table.TableRow}s one by
 * one, each a list of {@link org.gongkai.codecs.table.TableCell}s with the text and whether the cell continues a merged
 * region from above ({@code rowspan}, Excel merged regions, Word {@code vMerge}) or from the left ({@code colspan},
 * {@code gridSpan}). Push keeps every source streaming: an .xlsx sheet's rows are pushed as its XML is parsed, never
 * held as a whole.
 *
 * <p>{@link org.gongkai.codecs.table.CatalogTableReader} is the one interpretation of those rows: header detection,
 * column roles, marks, 同上, merged cells (inherited for certain), extras, the table's title and domain
 * ({@link org.gongkai.codecs.table.DomainOrigin}), and a {@link org.gongkai.codecs.table.TableSummary} per table.
 * Which tables are catalog tables is decided in the same place for every format: a catalog header within the first
 * 50 rows; a table without one that is as wide as the catalog table before it continues that table
 * ({@link org.gongkai.codecs.table.TableSummary#continues()}); any other is the page's layout in HTML
 * ({@link org.gongkai.codecs.table.TableStart#pageLayout()}) and is reported as not read elsewhere.
 *
 * <p>{@link org.gongkai.codecs.table.TableFormats} dispatches by file extension or format name. A new format is one
 * source class and one line there; a format whose optional library (jsoup, Apache POI) is absent fails with a
 * {@link org.gongkai.codecs.table.TableFormatException} naming the Maven artifact to add. Every source bounds its
 * input by {@link org.gongkai.codecs.table.TableLimits}.
 *
 * <h2>Writing</h2>
 * {@link org.gongkai.codecs.table.PublishedLayout} is the one model of the published table — title row, the one- or
 * two-row national header with its merged cells ({@link org.gongkai.codecs.table.PublishedLayout#header()}), ■/□
 * channel cells, √ ticks, 同上 — that the CSV, HTML and XLSX writers render. Its cells are escaped by
 * {@link org.gongkai.codecs.table.CellText} so that what a writer writes reads back unchanged.
 */
package org.gongkai.codecs.table;
