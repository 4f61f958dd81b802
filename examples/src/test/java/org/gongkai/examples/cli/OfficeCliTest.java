package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} to and from .xlsx and {@code validate} of a workbook, by the files' extensions. */
class OfficeCliTest {
    @TempDir
    Path dir;

    @Test
    void aCatalogConvertedToXlsxAndBackIsTheSameJson() throws IOException {
        Path csv = dir.resolve("sample.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.SAMPLE)) {
            Files.copy(in, csv);
        }
        Path json = dir.resolve("sample.json");
        Path xlsx = dir.resolve("sample.xlsx");
        Path back = dir.resolve("back.json");
        assertThat(Cli.run("convert", csv.toString(), json.toString()).status()).isZero();
        Cli.Result w = Cli.run("convert", json.toString(), xlsx.toString());
        assertThat(w.status()).as(w.err()).isZero();
        // an .xlsx is a zip package: it starts with the local file header PK\3\4 (APPNOTE.TXT 4.3.7)
        assertThat(Files.readAllBytes(xlsx)).startsWith(0x50, 0x4B, 0x03, 0x04);
        Cli.Result r = Cli.run("convert", xlsx.toString(), back.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(back)).isEqualTo(Files.readString(json));
        Cli.Result v = Cli.run("validate", xlsx.toString(), "--lang", "en");
        assertThat(v.out()).contains("sample.xlsx");
    }

    @Test
    void aWordNinetySevenDocumentIsRefusedSayingToSaveAsDocx() throws IOException {
        Path doc = Files.write(dir.resolve("catalog.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Cli.Result r = Cli.run("validate", doc.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("save it as .docx");
    }
}
