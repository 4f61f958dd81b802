package org.gongkai.examples.cli;

/**
 * Bad input or usage: a missing or unknown argument, a malformed date, an unreadable file, a date outside the official
 * calendar. The command line prints the message on stderr and exits with status 2; the message says what was wrong
 * and where (the argument, the option, the file with its line and column).
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong and where
     */
    public UsageException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong and where
     * @param cause the library's exception behind it
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
