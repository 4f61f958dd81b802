package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.gongkai.codecs.table.TableReadException;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of a real-shaped .xls workbook (its bytes), read through the whole path (format dispatch, source,
 * interpretation): only {@link TableReadException} or {@link java.io.UncheckedIOException}, within 1 s each.
 */
class XlsReaderFuzzTest {

    @Test
    void mutatedWorkbooksEndInADocumentedErrorWithinOneSecond() {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] base = OfficeFixtures.xls(t);
        Consumer<byte[]> read = OfficeRealRowsFuzz.reader("fuzz.xls");
        read.accept(base); // warm up: loading the library's classes is not the reader's time
        int refused = FuzzHarness.run("xls", FuzzHarness.COUNT, rnd -> Mutator.bytes(base, rnd), read, TableReadException.class);
        assertThat(refused).as("some mutations must break the file").isPositive();
    }
}
