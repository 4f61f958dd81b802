package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded mutations of a real-shaped .docx document (zip bytes, the body's XML). */
class DocxReaderFuzzTest {
    private static final String[] PARTS = {"word/document.xml"};

    @Test
    void mutatedDocumentsEndInADocumentedErrorWithinOneSecond() {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] base = OfficeFixtures.docx(t);
        DocxCells.read(new ByteArrayInputStream(base), Limits.defaults(), new Collect());
        int refused = FuzzHarness.run("docx", FuzzHarness.COUNT, rnd -> Mutator.packaged(base, PARTS, rnd),
                in -> DocxCells.read(new ByteArrayInputStream(in), Limits.defaults(), new Collect()),
                OfficeReadException.class);
        assertThat(refused).as("some mutations must break the file").isPositive();
    }
}
