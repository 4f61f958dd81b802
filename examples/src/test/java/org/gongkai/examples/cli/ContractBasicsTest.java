package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parts of the CLI contract every command shares: --help, exit 2 on bad usage, messages on stderr. */
class ContractBasicsTest {

    @Test
    void helpListsTheCommandsOnStdoutWithStatus0() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("domain", "check-id", "deadline", "Exit status: 0");
        assertThat(Cli.run("help").out()).isEqualTo(r.out());
    }

    @Test
    void noArgumentsIsAUsageError() {
        Cli.Result r = Cli.run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("usage:");
    }

    @Test
    void unknownCommandIsNamedOnStderr() {
        Cli.Result r = Cli.run("frobnicate");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown command 'frobnicate'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain", "check-id", "deadline parse", "deadline due", "calendar workday",
        "calendar plus", "calendar between", "request due", "demo", "validate", "convert"})
    void everyCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");
        Cli.Result r = Cli.run(words);
        assertThat(r.status()).as(command).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("usage: gongkai " + command);
        // help wins wherever it stands, and 'help COMMAND' is the same text
        assertThat(Cli.run(("help " + command).split(" ")).out()).isEqualTo(r.out());
    }

    @Test
    void groupsListTheirCommands() {
        Cli.Result r = Cli.run("deadline", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("parse");
        Cli.Result missing = Cli.run("deadline");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("deadline: missing command");
        Cli.Result unknown = Cli.run("deadline", "guess");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("deadline: unknown command 'guess'");
    }

    @Test
    void unknownOptionAndExtraArgumentsAreUsageErrors() {
        Cli.Result opt = Cli.run("domain", "财政预决算", "--colour");
        assertThat(opt.status()).isEqualTo(2);
        assertThat(opt.out()).isEmpty();
        assertThat(opt.err()).contains("domain: unknown option --colour");
        Cli.Result extra = Cli.run("check-id", "a", "b");
        assertThat(extra.status()).isEqualTo(2);
        assertThat(extra.err()).contains("check-id: unexpected argument 'b'");
        Cli.Result none = Cli.run("deadline", "parse");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("deadline parse: missing argument TEXT");
    }
}
