package org.gongkai.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Reading the command line's values: ISO dates and integers, with messages that name the argument. */
final class Inputs {
    /** {@code yyyy-MM-dd}, four-digit year, strict (no 2024-02-30). */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Inputs() {
    }

    /**
     * @param command the subcommand, for the message
     * @param what the argument's name, for the message
     * @param text the text
     * @return the date
     * @throws UsageException when the text is not an ISO date {@code yyyy-MM-dd} that exists
     */
    static LocalDate date(String command, String what, String text) throws UsageException {
        if (text == null) {
            throw new UsageException(command + ": missing " + what);
        }
        try {
            return LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            throw new UsageException(command + ": " + what + " '" + text + "' is not a date yyyy-MM-dd"
                    + (text.length() == 10 ? " that exists" : ""));
        }
    }

    /**
     * @param command the subcommand, for the message
     * @param what the argument's name, for the message
     * @param text the text
     * @return the integer (a leading sign allowed)
     * @throws UsageException when the text is not an integer in range
     */
    static int integer(String command, String what, String text) throws UsageException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + what + " '" + text + "' is not an integer");
        }
    }
}
