package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeded mutations of the bytes of a real-shaped .xls workbook. */
class XlsReaderFuzzTest {
    @Test
    void mutatedWorkbooksEndInADocumentedErrorWithinOneSecond() {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] base = OfficeFixtures.xls(t);
        XlsCells.read(new ByteArrayInputStream(base), Limits.defaults(), new Collect());
        int refused = FuzzHarness.run("xls", FuzzHarness.COUNT, rnd -> Mutator.bytes(base, rnd),
                in -> XlsCells.read(new ByteArrayInputStream(in), Limits.defaults(), new Collect()),
                OfficeReadException.class);
        assertThat(refused).as("some mutations must break the file").isPositive();
    }
}
