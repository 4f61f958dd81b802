package org.gongkai.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of Gongkai: {@code java -jar examples/target/gongkai.jar COMMAND ...}.
 *
 * <p>The contract (fixed): dates are ISO {@code yyyy-MM-dd}; output is UTF-8 on stdout, errors on stderr; the exit
 * status is 0 for yes/valid/ok, 1 for no/invalid/has ERROR violations, 2 for bad input or usage (the message on
 * stderr says what and where). Every command has {@code --help}. {@link #run} runs a command line in-process, which
 * is how the tests call it.
 */
public final class Main {
    /** Exit status: yes, valid, ok. */
    public static final int OK = 0;
    /** Exit status: no, invalid, has ERROR violations. */
    public static final int NO = 1;
    /** Exit status: bad input or usage. */
    public static final int USAGE = 2;

    private static final List<Command> COMMANDS = List.of(
            new DemoCommand(),
            new ValidateCommand(),
            new ConvertCommand(),
            new Group("calendar", "the official working-day calendar (工作日)", List.of(
                    new CalendarCommands.Workday(), new CalendarCommands.Plus(), new CalendarCommands.Between(),
                    new NoticeCommands.Notice(), new NoticeCommands.Coverage())),
            new Group("deadline", "deadline phrases (公开时限): read one, compute its due date", List.of(
                    new DeadlineParseCommand(), new DeadlineDueCommand())),
            new Group("request", "disclosure requests (依申请公开): the reply deadline of Art. 30-33", List.of(
                    new RequestDueCommand(), new RequestFeeCommand())),
            new DomainCommand(),
            new CheckIdCommand());

    private Main() {
    }

    /**
     * Runs a command line and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // POI logs through the Log4j API; with no Log4j back end the API prints an ERROR about the missing provider on
        // every run that reads an office file. The CLI has no logging to configure: the API's own simple logger
        // (errors only, to stderr) is the provider unless the user names one.
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        java.util.Optional<String> garbled = NativeEncoding.garbled(args, System.getProperty("sun.jnu.encoding"));
        if (garbled.isPresent()) {
            err.println(garbled.get());
            System.exit(USAGE);
        }
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs a command line in-process.
     *
     * @param args the command line, e.g. {@code calendar plus 2024-09-27 1}
     * @param out where the command's output goes (the caller chooses UTF-8)
     * @param err where messages go
     * @return the exit status: {@link #OK}, {@link #NO} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> tokens = Arrays.asList(args.clone());
        if (tokens.isEmpty()) {
            err.println(usage());
            return USAGE;
        }
        String first = tokens.get(0);
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            if (tokens.size() > 1 && !first.equals("help")) {
                err.println("gongkai: unexpected argument '" + tokens.get(1) + "' after " + first);
                return USAGE;
            }
            if (tokens.size() > 1) {
                return run(concat(tokens.subList(1, tokens.size()), "--help"), out, err);
            }
            out.println(usage());
            return OK;
        }
        if (first.equals("--version")) {
            out.println("gongkai " + NativeEncoding.version());
            return OK;
        }
        Command command = find(first);
        if (command == null) {
            err.println("gongkai: unknown command '" + first + "'");
            err.println("Run 'gongkai --help' for the list of commands.");
            return USAGE;
        }
        try {
            return command.run(first, tokens.subList(1, tokens.size()), out, err);
        } catch (UsageException e) {
            err.println("gongkai " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException | DateTimeException e) {
            // the library rejected a value given on the command line; its message names it
            err.println("gongkai " + first + ": " + e.getMessage());
            return USAGE;
        } finally {
            out.flush();
        }
    }

    private static String[] concat(List<String> tokens, String last) {
        String[] a = tokens.toArray(new String[tokens.size() + 1]);
        a[tokens.size()] = last;
        return a;
    }

    private static Command find(String name) {
        for (Command c : COMMANDS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** @return the general help: the commands and the contract */
    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: java -jar gongkai.jar COMMAND [ARGS...]\n\n");
        sb.append("Gongkai: China's grassroots government-affairs disclosure standard (国办发〔2019〕54号) and the\n");
        sb.append("政府信息公开条例 on the command line.\n\ncommands:\n");
        for (Command c : COMMANDS) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\nDates are yyyy-MM-dd. Output is UTF-8 on stdout, messages on stderr.\n");
        sb.append("Exit status: 0 yes/valid/ok, 1 no/invalid/has ERROR violations, 2 bad input or usage.\n");
        sb.append("Run 'gongkai COMMAND --help' for the details of a command; 'gongkai --version' for the version.\n");
        sb.append("Chinese arguments need a UTF-8 locale (under cron or in a bare container: LANG=C.UTF-8).");
        return sb.toString();
    }
}
