package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate FILE...} and {@code convert IN OUT} on files, with the exit codes of the contract. */
class ValidateConvertTest {
    private static final String HEADER = "序号,领域,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,"
            + "全社会,特定群体,主动,依申请,县级,乡级\n";
    // reference row 1 (厦门市翔安区香山街道, 义务教育), ticks as transcribed: a well-formed row
    private static final String GOOD = "1,义务教育,招生管理,招生政策,●随迁子女入学办法,《中华人民共和国政府信息公开条例》,"
            + "信息形成或者变更之日起20个工作日内,翔安区教育局,■政府网站 □政府公报,√,,√,,,\n";
    // the same row without its 公开依据 (54号 requires one for every item)
    private static final String NO_BASIS = "2,义务教育,招生管理,招生范围,●招生范围,,"
            + "信息形成或者变更之日起20个工作日内,翔安区教育局,■政府网站,√,,√,,,\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void validCatalogExits0() throws IOException {
        Path f = write("good.csv", HEADER + GOOD);
        Cli.Result r = Cli.run("validate", f.toString());
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("结论：无错误。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErrorExits1AndIsLocated() throws IOException {
        Path good = write("good.csv", HEADER + GOOD);
        Path bad = write("bad.csv", HEADER + GOOD + NO_BASIS);
        Cli.Result r = Cli.run("validate", good.toString(), bad.toString(), "--json");
        assertThat(r.status()).isEqualTo(1);
        Map<String, Object> json = (Map<String, Object>) r.json();
        assertThat(json).containsEntry("valid", false);
        List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0)).containsEntry("valid", true);
        List<Map<String, Object>> v = (List<Map<String, Object>>) files.get(1).get("violations");
        assertThat(v).anySatisfy(x -> assertThat(x).containsEntry("code", "ITEM_BASIS_MISSING")
                .containsEntry("path", "items[1].basis").containsEntry("serialNumber", "2"));
        Cli.Result en = Cli.run("validate", bad.toString(), "--lang", "en");
        assertThat(en.out()).contains("ERROR   ITEM_BASIS_MISSING  No. 2");
    }

    @Test
    void unreadableInputIsExit2WithTheLocation() throws IOException {
        Cli.Result missing = Cli.run("validate", dir.resolve("nope.csv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");
        Path txt = write("catalog.txt", HEADER + GOOD);
        Cli.Result ext = Cli.run("validate", txt.toString());
        assertThat(ext.status()).isEqualTo(2);
        assertThat(ext.err()).contains("cannot tell the format", "--format");
        assertThat(Cli.run("validate", txt.toString(), "--format", "csv").status()).isZero();
        Path noHeader = write("x.csv", "a,b,c\n1,2,3\n");
        Cli.Result nh = Cli.run("validate", noHeader.toString());
        assertThat(nh.status()).isEqualTo(2);
        assertThat(nh.err()).contains("x.csv");
        Path badJson = write("x.json", "{\"title\": \"t\", \"items\": [ {\"domain\": 3} ]}");
        Cli.Result bj = Cli.run("validate", badJson.toString());
        assertThat(bj.status()).isEqualTo(2);
        assertThat(bj.err()).contains("x.json");
    }

    @Test
    void convertRoundTripsTheSampleLosslessly() throws IOException {
        Path csv = dir.resolve("sample.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.SAMPLE)) {
            Files.copy(in, csv);
        }
        Path json = dir.resolve("sample.json");
        Path csv2 = dir.resolve("again.csv");
        Path json2 = dir.resolve("again.json");
        assertThat(Cli.run("convert", csv.toString(), json.toString()).status()).isZero();
        assertThat(Cli.run("convert", json.toString(), csv2.toString()).status()).isZero();
        assertThat(Cli.run("convert", csv2.toString(), json2.toString()).status()).isZero();
        // the JSON of the original table and of the table written back are the same bytes: nothing was lost
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json));
        assertThat(Files.readString(json)).contains("提前一周發通知邀請", "http://www.kmsm.gov.cn/c/2023-11-24/6772049.shtml");
        // and the report of the converted file is the report of the original, but for where each item stands in the
        // table (a JSON catalog has no rows)
        Cli.Result a = Cli.run("validate", csv.toString(), "--json");
        Cli.Result b = Cli.run("validate", json.toString(), "--json");
        List<Map<String, Object>> fromCsv = new java.util.ArrayList<>();
        for (Object v : (List<?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) a.json()).get("files")).get(0))
                .get("violations")) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> m.put((String) k, x));
            if (String.valueOf(m.get("path")).startsWith("items[")) {
                assertThat(m).containsKey("source");
            }
            m.remove("source");
            fromCsv.add(m);
        }
        assertThat(((Map<?, ?>) ((List<?>) ((Map<?, ?>) b.json()).get("files")).get(0)).get("violations"))
                .isEqualTo(fromCsv);
    }

    @Test
    void convertRefusesWhatItCannotDo() throws IOException {
        Path csv = write("a.csv", HEADER + GOOD);
        Cli.Result same = Cli.run("convert", csv.toString(), dir.resolve("b.csv").toString());
        assertThat(same.status()).isEqualTo(2);
        assertThat(same.err()).contains("both csv");
        Cli.Result none = Cli.run("convert", dir.resolve("missing.csv").toString(), dir.resolve("b.json").toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("no such file");
        assertThat(dir.resolve("b.json")).doesNotExist();
    }
}
