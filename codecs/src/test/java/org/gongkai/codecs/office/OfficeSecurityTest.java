package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files end in a clear error, never in an OutOfMemoryError or a hang: zip bombs (POI's inflate-ratio guard,
 * set explicitly), entity expansion ("billion laughs", refused with its DOCTYPE), a cell beyond the sheet's limits.
 */
class OfficeSecurityTest {
    @TempDir
    Path dir;

    private static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>";

    private static byte[] small() {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 2);
        return OfficeFixtures.xlsx(t);
    }

    private Path file(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(dir, "t", ".xlsx");
        Files.write(f, bytes);
        return f;
    }

    @Test
    void aZipBombSheetIsRefused() throws IOException {
        // 8 MB of blanks inside the sheet XML deflate to about 8 KB: a ratio of 0.001, under POI's 0.01
        byte[] bomb = Zips.rewrite(small(), (name, data) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return data;
            }
            String xml = new String(data, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData");
            return (xml.substring(0, at) + " ".repeat(8_000_000) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
        });
        Path f = file(bomb);
        assertThatThrownBy(() -> XlsxCells.read(f.toFile(), Limits.defaults(), new Collect()))
                .isInstanceOf(OfficeReadException.class).hasMessageContaining("Zip bomb");
    }

    @Test
    void entityExpansionInASheetIsRefused() throws IOException {
        byte[] laughs = Zips.rewrite(small(), (name, data) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return data;
            }
            String xml = new String(data, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
            return (LAUGHS + xml.replace("<sheetData>", "<sheetData><!-- &g; -->")).getBytes(StandardCharsets.UTF_8);
        });
        Path f = file(laughs);
        assertThatThrownBy(() -> XlsxCells.read(f.toFile(), Limits.defaults(), new Collect()))
                .isInstanceOf(OfficeReadException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void entityExpansionInTheSharedStringsIsRefused() throws IOException {
        byte[] laughs = Zips.rewrite(small(), (name, data) -> {
            if (!name.equals("xl/sharedStrings.xml")) {
                return data;
            }
            String xml = new String(data, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
            return (LAUGHS + xml.replaceFirst("<t>", "<t>&g;")).getBytes(StandardCharsets.UTF_8);
        });
        Path f = file(laughs);
        assertThatThrownBy(() -> XlsxCells.read(f.toFile(), Limits.defaults(), new Collect()))
                .isInstanceOf(OfficeReadException.class);
    }

    @Test
    void entityExpansionInAWordBodyIsRefused() {
        List<OfficeFixtures.Table> t = OfficeFixtures.tables(OfficeFixtures.rows()).subList(0, 1);
        byte[] laughs = Zips.rewrite(OfficeFixtures.docx(t), (name, data) -> {
            if (!name.equals("word/document.xml")) {
                return data;
            }
            String xml = new String(data, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
            return (LAUGHS + xml.replaceFirst("<w:t>", "<w:t>&g;")).getBytes(StandardCharsets.UTF_8);
        });
        assertThatThrownBy(() -> DocxCells.read(new ByteArrayInputStream(laughs), Limits.defaults(), new Collect()))
                .isInstanceOf(OfficeReadException.class);
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedWithItsPlace() throws IOException {
        Path f = file(small());
        assertThatThrownBy(() -> XlsxCells.read(f.toFile(), new Limits(100, 20, 1000, 1000), new Collect()))
                .isInstanceOf(OfficeReadException.class).hasMessageContaining("more than the limit of 20")
                .satisfies(e -> {
                    OfficeReadException o = (OfficeReadException) e;
                    assertThat(o.table).isEqualTo(1);
                    // the title (18 characters) and the header words are shorter; the first item row (sheet row 4)
                    // has 序号, 招生管理, 招生政策, ●随迁子女入学办法 (9) and then its 公开依据 of 70 characters
                    assertThat(o.line).isEqualTo(4);
                    assertThat(o.column).isEqualTo(5);
                });
    }

    @Test
    void aSheetWithMoreCellsThanTheLimitIsRefused() throws IOException {
        Path f = file(small());
        assertThatThrownBy(() -> XlsxCells.read(f.toFile(), new Limits(100, 1000, 10_000, 50), new Collect()))
                .isInstanceOf(OfficeReadException.class).hasMessageContaining("more than 50 cells in one sheet");
    }
}
