package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * A subcommand that does one thing: parses its arguments with {@link Args}, prints its help on {@code --help}, and
 * otherwise runs {@link #execute}.
 */
abstract class Leaf implements Command {
    private final String name;
    private final String summary;
    private final String help;
    private final Set<String> flags;
    private final Set<String> options;
    private final Set<String> repeatable;

    /**
     * @param name the name typed on the command line
     * @param summary one line for the list of commands
     * @param help the full help text
     * @param flags options without a value
     * @param options options with a value
     * @param repeatable options that may be given more than once
     */
    Leaf(String name, String summary, String help, Set<String> flags, Set<String> options, Set<String> repeatable) {
        this.name = name;
        this.summary = summary;
        this.help = help;
        this.flags = flags;
        this.options = options;
        this.repeatable = repeatable;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String help() {
        return help;
    }

    @Override
    public final int run(String path, List<String> tokens, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(path, tokens, flags, options, repeatable);
        if (args.help()) {
            out.println(help);
            return 0;
        }
        return execute(args, out, err);
    }

    /**
     * @param args the parsed arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 yes/valid/ok, 1 no/invalid
     * @throws UsageException for bad input or usage
     */
    abstract int execute(Args args, PrintStream out, PrintStream err) throws UsageException;
}
