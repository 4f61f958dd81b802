package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's HTML page in a real browser, the way {@code .ci/screenshot-report.sh} takes its screenshots: headless
 * Chromium at A4 width (794 CSS px, 210 mm at 96 dpi) and at a phone's width (390 px). Skipped when no chromium
 * binary is on the PATH, so that a build without a browser never fails for lack of one. The screenshots are kept
 * in {@code target/report-screenshots} to be looked at.
 */
class HtmlReportScreenshotTest {

    @TempDir
    Path dir;

    private static Optional<Path> browser() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (!d.isEmpty() && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium ends within 2 minutes").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> headless(Path browser, String... more) {
        List<String> c = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1"));
        c.addAll(List.of(more));
        return c;
    }

    @Test
    void screenshotsAtA4AndPhoneWidth() throws Exception {
        Optional<Path> browser = browser();
        Assumptions.assumeTrue(browser.isPresent(), "no chromium binary on the PATH");
        Path page = dir.resolve("demo-report.html");
        assertThat(Cli.run("demo", "--html", page.toString()).status()).isZero();
        Path shots = Path.of("target", "report-screenshots");
        Files.createDirectories(shots);
        String url = page.toUri().toString();
        int[][] sizes = {{794, 1123}, {390, 844}};
        String[] names = {"a4.png", "phone.png"};
        for (int i = 0; i < sizes.length; i++) {
            Path png = shots.resolve(names[i]).toAbsolutePath();
            Files.deleteIfExists(png);
            run(headless(browser.get(), "--screenshot=" + png, "--window-size=" + sizes[i][0] + "," + sizes[i][1],
                    url));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(sizes[i][0]);
            assertThat(image.getHeight()).isEqualTo(sizes[i][1]);
        }
        // the inline script ran without error in the browser: it showed the filters and made the headings buttons
        String dom = run(headless(browser.get(), "--dump-dom", url));
        assertThat(dom).contains("<form id=\"vfilter\" class=\"filters\" role=\"search\"")
                .contains("<th scope=\"col\"><button type=\"button\">")
                .containsPattern("<output id=\"vcount\"[^>]*>显示 \\d+ / \\d+ 条</output>");
    }
}
