package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the command line (or a group of them, such as {@code calendar}). */
interface Command {
    /** @return the name typed on the command line, e.g. {@code plus} */
    String name();

    /** @return one line for the list of commands */
    String summary();

    /** @return the full help text printed by {@code --help} */
    String help();

    /**
     * Runs the command.
     *
     * @param path the words that led here, for messages (e.g. {@code calendar plus})
     * @param tokens the tokens after the command's name
     * @param out standard output (UTF-8)
     * @param err standard error (UTF-8)
     * @return the exit status: 0 yes/valid/ok, 1 no/invalid
     * @throws UsageException for bad input or usage (status 2)
     */
    int run(String path, List<String> tokens, PrintStream out, PrintStream err) throws UsageException;
}
