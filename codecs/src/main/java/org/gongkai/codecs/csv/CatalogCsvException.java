package org.gongkai.codecs.csv;

import java.util.Objects;

/**
 * Reading a catalog table stopped: the table has no header that can be recognised, its CSV is broken (an
 * unclosed quote), or a row was rejected while {@link CatalogCsvReader.Options#stopOnError()} is set.
 */
public final class CatalogCsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient CsvProblem problem;

    /**
     * @param problem where and what
     * @param cause the underlying error, or null
     */
    public CatalogCsvException(CsvProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    /** @return where reading stopped and why */
    public CsvProblem problem() {
        return problem;
    }
}
