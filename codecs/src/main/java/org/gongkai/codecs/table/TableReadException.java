package org.gongkai.codecs.table;

import java.util.Objects;

/**
 * Reading a table stopped: the file is broken (an unclosed quote, invalid bytes for its charset), exceeds a limit
 * of {@link TableLimits}, has no recognisable header, or a row was rejected while the reader stops on errors.
 */
public class TableReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient TableProblem problem;

    /**
     * @param problem where and what
     * @param cause the underlying error, or null
     */
    public TableReadException(TableProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    /** @return where reading stopped and why */
    public TableProblem problem() {
        return problem;
    }
}
