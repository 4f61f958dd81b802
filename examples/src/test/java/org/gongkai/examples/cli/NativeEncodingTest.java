package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code --version}, and Chinese arguments under a JVM whose native encoding is not UTF-8. */
class NativeEncodingTest {

    @Test
    void versionIsTheProjectVersion() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"--version"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(Main.OK);
        // the version the pom gives (filtered into version.properties), a Maven version like 0.1.0-SNAPSHOT
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("gongkai \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void garbledArgumentsAreRefusedUnderANonUtf8NativeEncoding() {
        // what JDK 17 makes of 救灾生产 in the POSIX locale: each of its 12 UTF-8 bytes becomes U+FFFD
        String[] garbled = {"domain", "\uFFFD".repeat(12)};
        assertThat(NativeEncoding.garbled(garbled, "ANSI_X3.4-1968")).get().asString()
                .contains("ANSI_X3.4-1968").contains("LANG=C.UTF-8");
        // under UTF-8 nothing is refused (U+FFFD may then be a real argument); GBK reads Chinese, so no U+FFFD
        assertThat(NativeEncoding.garbled(garbled, "UTF-8")).isEmpty();
        assertThat(NativeEncoding.garbled(new String[] {"domain", "救灾生产"}, "GBK")).isEmpty();
        assertThat(NativeEncoding.garbled(new String[] {"calendar", "plus", "2024-09-27", "1"}, "ANSI_X3.4-1968"))
                .isEmpty();
    }

    @Test
    void aJvmWithoutALocaleFailsWithTheFixNamed() throws Exception {
        // a real child JVM with an empty environment (no LANG, LC_ALL: the POSIX locale of cron or a bare container)
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "domain", "救灾生产"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.clear();
        Path errFile = Files.createTempFile("gongkai-err", ".txt");
        pb.redirectError(errFile.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        Files.delete(errFile);
        if (p.exitValue() == Main.OK) {
            // this JVM read the arguments as UTF-8 even without a locale (a JDK whose default is UTF-8): fine too
            return;
        }
        assertThat(p.exitValue()).as(err).isEqualTo(Main.USAGE);
        assertThat(err).contains("LANG=C.UTF-8").contains("no UTF-8 locale");
    }
}
