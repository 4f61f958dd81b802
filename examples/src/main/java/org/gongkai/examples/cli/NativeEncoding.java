package org.gongkai.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The two facts about the running program that no command computes: its version ({@code --version}), and whether
 * the JVM could read the command line at all. The JVM decodes the arguments (and file names) with its native
 * encoding ({@code sun.jnu.encoding}), which comes from the locale: with no locale set (cron, systemd, a bare
 * container: {@code LANG} unset, i.e. the POSIX locale) JDK 17 takes ASCII and every Chinese byte becomes U+FFFD, so
 * {@code domain 救灾生产} would silently look up {@code ������}. The CLI refuses such a command line and names the fix.
 */
final class NativeEncoding {
    private NativeEncoding() {
    }

    /**
     * @param args the command line as the JVM decoded it
     * @param nativeEncoding the JVM's {@code sun.jnu.encoding} (null when unknown)
     * @return the message to print when an argument was garbled by a native encoding that is not UTF-8, else empty
     */
    static Optional<String> garbled(String[] args, String nativeEncoding) {
        if (nativeEncoding != null && isUtf8(nativeEncoding)) {
            return Optional.empty();
        }
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return Optional.of("gongkai: the command line cannot be read: the JVM decoded its arguments as "
                        + nativeEncoding + " because no UTF-8 locale is set (as under cron, systemd or in a bare "
                        + "container), so '" + a + "' lost its Chinese characters.\n"
                        + "Set a UTF-8 locale, e.g. LANG=C.UTF-8 java -jar gongkai.jar ...");
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String name) {
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the version of the CLI, from the file Maven filters at build time */
    static String version() {
        try (InputStream in = NativeEncoding.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
