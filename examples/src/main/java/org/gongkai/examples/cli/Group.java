package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** A command made of subcommands, e.g. {@code calendar workday|plus|between}. */
final class Group implements Command {
    private final String name;
    private final String summary;
    private final List<Command> commands;

    /**
     * @param name the group's name
     * @param summary one line for the list of commands
     * @param commands its subcommands
     */
    Group(String name, String summary, List<Command> commands) {
        this.name = name;
        this.summary = summary;
        this.commands = List.copyOf(commands);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: gongkai ").append(name).append(" COMMAND ...\n\n").append(summary).append("\n\ncommands:\n");
        for (Command c : commands) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\nRun 'gongkai ").append(name).append(" COMMAND --help' for the details of one.");
        return sb.toString();
    }

    @Override
    public int run(String path, List<String> tokens, PrintStream out, PrintStream err) throws UsageException {
        if (tokens.isEmpty()) {
            throw new UsageException(path + ": missing command (one of " + names() + ")");
        }
        String first = tokens.get(0);
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            out.println(help());
            return 0;
        }
        for (Command c : commands) {
            if (c.name().equals(first)) {
                return c.run(path + " " + first, tokens.subList(1, tokens.size()), out, err);
            }
        }
        throw new UsageException(path + ": unknown command '" + first + "' (one of " + names() + ")");
    }

    private String names() {
        StringBuilder sb = new StringBuilder();
        for (Command c : commands) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(c.name());
        }
        return sb.toString();
    }
}
