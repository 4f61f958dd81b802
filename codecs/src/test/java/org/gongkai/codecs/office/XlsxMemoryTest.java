package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A catalog of 100,000 items written to .xlsx and read back (each item checked against the one generated for its
 * position) in a JVM of its own with a 64 MiB heap: the streaming writer (SXSSF) and the streaming reader (SAX, with
 * the light pass for merged regions) hold a window of rows, not the sheet.
 */
class XlsxMemoryTest {

    @Test
    void aHundredThousandRowWorkbookIsWrittenAndReadIn64MiB() throws Exception {
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cp = new ArrayList<>();
        for (String key : new String[] {"jdk.module.path", "java.class.path"}) {
            String v = System.getProperty(key);
            if (v != null && !v.isEmpty()) {
                cp.add(v);
            }
        }
        // classes of this module and its tests, wherever surefire put them
        cp.add(Path.of("target", "classes").toAbsolutePath().toString());
        cp.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                String.join(File.pathSeparator, cp), XlsxMemoryMain.class.getName(), "100000")
                .redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                System.out.println("[64 MiB JVM] " + line);
            }
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("XLSX items=100000 ").contains("mismatches=0"));
    }
}
