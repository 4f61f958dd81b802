/**
 * How a government system embeds Gongkai, in plain Java: each class is one task a user meets first, small enough to
 * copy. {@link org.gongkai.examples.embedding.InlineValidation} builds items from a database row and validates them
 * before publishing; {@link org.gongkai.examples.embedding.RequestDeadlines} computes the reply deadline of a
 * disclosure request; {@link org.gongkai.examples.embedding.CsvToJson} reads a published catalog table and writes it
 * as JSON.
 */
package org.gongkai.examples.embedding;
