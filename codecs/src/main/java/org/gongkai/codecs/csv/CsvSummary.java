package org.gongkai.codecs.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link CatalogCsvReader} did: every row of the file is counted in exactly one of {@code preambleRows},
 * {@code headerRows}, {@code blankRows}, {@code itemsKept} and {@code rowsRejected}, so that nothing is dropped
 * silently ({@code rowsRead} is their sum).
 *
 * @param source the file or stream name
 * @param charset the character set the file was read in
 * @param rowsRead every row of the file
 * @param preambleRows rows above the header (titles, notes)
 * @param headerRows header rows, including repeated headers inside the table
 * @param blankRows rows with no text
 * @param itemsKept rows read as items
 * @param rowsRejected rows that could not be read as items (each has an {@link CsvProblem.Severity#ERROR})
 * @param problems the problems, in file order (at most {@link CatalogCsvReader.Options#maxProblems()})
 * @param problemsOmitted problems counted but not listed because of that limit
 */
public record CsvSummary(String source, Charset charset, long rowsRead, long preambleRows, long headerRows,
        long blankRows, long itemsKept, long rowsRejected, List<CsvProblem> problems, long problemsOmitted) {

    /**
     * Copies the problems.
     *
     * @param source the file or stream name
     * @param charset the character set the file was read in
     * @param rowsRead every row of the file
     * @param preambleRows rows above the header (titles, notes)
     * @param headerRows header rows, including repeated headers inside the table
     * @param blankRows rows with no text
     * @param itemsKept rows read as items
     * @param rowsRejected rows that could not be read as items (each has an {@link CsvProblem.Severity#ERROR})
     * @param problems the problems, in file order (at most {@link CatalogCsvReader.Options#maxProblems()})
     * @param problemsOmitted problems counted but not listed because of that limit
     */
    public CsvSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(charset, "charset");
        problems = List.copyOf(problems);
    }

    /** @return true when no row was rejected and no cell was left not understood */
    public boolean clean() {
        return problems.isEmpty() && problemsOmitted == 0;
    }
}
