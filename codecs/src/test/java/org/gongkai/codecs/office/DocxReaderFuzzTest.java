package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.gongkai.codecs.table.TableReadException;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of a real-shaped .docx document (zip bytes, the body's XML), read through the whole path (format dispatch, source,
 * interpretation): only {@link TableReadException} or {@link java.io.UncheckedIOException}, within 1 s each.
 */
class DocxReaderFuzzTest {
    private static final String[] PARTS = {"word/document.xml"};

    @Test
    void mutatedDocumentsEndInADocumentedErrorWithinOneSecond() {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] base = OfficeFixtures.docx(t);
        Consumer<byte[]> read = OfficeRealRowsFuzz.reader("fuzz.docx");
        read.accept(base); // warm up: loading the library's classes is not the reader's time
        int refused = FuzzHarness.run("docx", FuzzHarness.COUNT, rnd -> Mutator.packaged(base, PARTS, rnd), read, TableReadException.class);
        assertThat(refused).as("some mutations must break the file").isPositive();
    }
}
