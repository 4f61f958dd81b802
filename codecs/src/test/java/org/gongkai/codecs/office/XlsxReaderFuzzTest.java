package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.gongkai.codecs.table.TableReadException;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of a real-shaped workbook (zip bytes, sheet XML, shared strings, styles, workbook part), read through the whole path (format dispatch, source,
 * interpretation): only {@link TableReadException} or {@link java.io.UncheckedIOException}, within 1 s each.
 */
class XlsxReaderFuzzTest {
    private static final String[] PARTS = {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"};

    @Test
    void mutatedWorkbooksEndInADocumentedErrorWithinOneSecond() {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] base = OfficeFixtures.xlsx(t);
        Consumer<byte[]> read = OfficeRealRowsFuzz.reader("fuzz.xlsx");
        read.accept(base); // warm up: loading the library's classes is not the reader's time
        int refused = FuzzHarness.run("xlsx", FuzzHarness.COUNT, rnd -> Mutator.packaged(base, PARTS, rnd), read, TableReadException.class);
        assertThat(refused).as("some mutations must break the file").isPositive();
    }
}
