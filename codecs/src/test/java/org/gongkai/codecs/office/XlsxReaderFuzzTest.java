package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded mutations of a real-shaped workbook (zip bytes, sheet XML, shared strings, styles, workbook part). */
class XlsxReaderFuzzTest {
    private static final String[] PARTS = {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"};

    @TempDir
    Path dir;

    @Test
    void mutatedWorkbooksEndInADocumentedErrorWithinOneSecond() throws IOException {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] base = OfficeFixtures.xlsx(t);
        Path f = dir.resolve("fuzz.xlsx");
        Files.write(f, base);
        XlsxCells.read(f.toFile(), Limits.defaults(), new Collect()); // warm up: class loading is not the reader's time
        int refused = FuzzHarness.run("xlsx", FuzzHarness.COUNT, rnd -> Mutator.packaged(base, PARTS, rnd), in -> {
            try {
                Files.write(f, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            XlsxCells.read(f.toFile(), Limits.defaults(), new Collect());
        }, OfficeReadException.class);
        assertThat(refused).as("some mutations must break the file").isPositive();
    }
}
