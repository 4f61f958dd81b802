package org.gongkai.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand, split into positional arguments, flags ({@code --json}) and options with a
 * value ({@code --from 2024-09-27} or {@code --from=2024-09-27}). Hand-written on purpose: the command line needs no
 * dependency. A token starting with {@code --} is an option (so {@code -5} stays a positional number); {@code --}
 * ends the options; {@code --help} and {@code -h} ask for help wherever they are.
 */
final class Args {
    private final String command;
    private final List<String> positional;
    private final Map<String, List<String>> values;
    private final boolean help;

    private Args(String command, List<String> positional, Map<String, List<String>> values, boolean help) {
        this.command = command;
        this.positional = List.copyOf(positional);
        this.values = values;
        this.help = help;
    }

    /**
     * @param command the subcommand's name, for messages (e.g. {@code calendar plus})
     * @param tokens the tokens after the subcommand's name
     * @param flags the options that take no value
     * @param options the options that take a value
     * @param repeatable the options (among {@code options}) that may be given more than once
     * @return the arguments
     * @throws UsageException naming an unknown option, a missing value or an option given twice
     */
    static Args parse(String command, List<String> tokens, Set<String> flags, Set<String> options,
            Set<String> repeatable) throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean help = false;
        boolean optionsEnded = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (optionsEnded) {
                positional.add(t);
            } else if (t.equals("--")) {
                optionsEnded = true;
            } else if (t.equals("--help") || t.equals("-h")) {
                help = true;
            } else if (t.startsWith("--")) {
                int eq = t.indexOf('=');
                String name = eq < 0 ? t : t.substring(0, eq);
                String value;
                if (flags.contains(name)) {
                    if (eq >= 0) {
                        throw new UsageException(command + ": option " + name + " takes no value (got '" + t + "')");
                    }
                    value = "";
                } else if (options.contains(name)) {
                    if (eq >= 0) {
                        value = t.substring(eq + 1);
                    } else if (i + 1 < tokens.size()) {
                        value = tokens.get(++i);
                    } else {
                        throw new UsageException(command + ": option " + name + " needs a value");
                    }
                } else {
                    throw new UsageException(command + ": unknown option " + name);
                }
                List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
                if (!list.isEmpty() && !repeatable.contains(name)) {
                    throw new UsageException(command + ": option " + name + " given more than once");
                }
                list.add(value);
            } else {
                positional.add(t);
            }
        }
        return new Args(command, positional, values, help);
    }

    /** @return the subcommand's name, for messages */
    String command() {
        return command;
    }

    /** @return true when {@code --help} or {@code -h} was given */
    boolean help() {
        return help;
    }

    /** @return the positional arguments, in order */
    List<String> positional() {
        return positional;
    }

    /**
     * Checks the number of positional arguments.
     *
     * @param names the names of the expected arguments, for the message
     * @throws UsageException when there are more or fewer
     */
    void expect(String... names) throws UsageException {
        if (positional.size() < names.length) {
            throw new UsageException(command + ": missing argument " + names[positional.size()]);
        }
        if (positional.size() > names.length) {
            throw new UsageException(command + ": unexpected argument '" + positional.get(names.length) + "'"
                    + (names.length == 1 ? " (quote a text that contains spaces)" : ""));
        }
    }

    /**
     * @param name a flag
     * @return true when it was given
     */
    boolean flag(String name) {
        return values.containsKey(name);
    }

    /**
     * @param name an option with a value
     * @return its value, or null when not given
     */
    String option(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    /**
     * @param name a repeatable option
     * @return its values in order, empty when not given
     */
    List<String> options(String name) {
        return values.getOrDefault(name, List.of());
    }
}
