package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code convert} on tables as published (HTML pages with a table per domain, a title naming the
 * domain), {@code --domain}, standard input, and the reliability audit's D7, D8h/i and D15 cases.
 */
class TablesCliTest {
    /** 某县户籍管理 as a county publishes it: a title row, the two-row header, no 领域 column (issue's example). */
    private static final String COUNTY = "某县户籍管理领域基层政务公开标准目录\n"
            + "序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,\n"
            + ",一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请\n"
            + "1,户口登记,出生登记,办理条件,《户口登记条例》,信息形成或者变更之日起20个工作日内,县公安局,■政府网站,√,,√,\n";
    private static final String NO_TITLE = COUNTY.substring(COUNTY.indexOf('\n') + 1);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDomainComesFromTheTitleElseDomainElseDomainMissing() throws IOException {
        Cli.Result titled = Cli.run("validate", write("a.csv", COUNTY).toString(), "--json");
        Map<String, Object> file = ((List<Map<String, Object>>) ((Map<String, Object>) titled.json()).get("files"))
                .get(0);
        Map<String, Object> table = ((List<Map<String, Object>>) ((Map<String, Object>) file.get("read"))
                .get("tables")).get(0);
        assertThat(table).containsEntry("domain", "户籍管理").containsEntry("domainOrigin", "TITLE");
        assertThat(titled.status()).as(titled.out()).isZero();
        // no title, a file name that names no domain: DOMAIN_MISSING (not DOMAIN_UNKNOWN), and --domain fixes it
        Path plain = write("catalog.csv", NO_TITLE);
        Cli.Result missing = Cli.run("validate", plain.toString(), "--lang", "en");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).contains("DOMAIN_MISSING").doesNotContain("DOMAIN_UNKNOWN")
                .contains("nowhere: give --domain");
        assertThat(Cli.run("validate", plain.toString(), "--domain", "户籍管理").status()).isZero();
        // the file name names the domain
        assertThat(Cli.run("validate", write("户籍管理.csv", NO_TITLE).toString()).status()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFindingNamesTheRowItWasReadFrom() throws IOException {
        // row 2 of the table (line 5 of the file: title, two header rows, row 1) has no 公开主体
        String text = COUNTY + "2,户口登记,死亡登记,办理条件,《户口登记条例》,20个工作日内,,■政府网站,√,,√,\n";
        Path file = write("户籍管理.csv", text);
        Cli.Result r = Cli.run("validate", file.toString(), "--json");
        Map<String, Object> report = ((List<Map<String, Object>>) ((Map<String, Object>) r.json()).get("files")).get(0);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) report.get("violations");
        assertThat(violations).filteredOn(v -> String.valueOf(v.get("path")).startsWith("items[1]"))
                .isNotEmpty().allSatisfy(v -> assertThat(v).containsEntry("source", file + ", row 5"));
        assertThat(Cli.run("validate", file.toString(), "--lang", "en").out()).contains("at " + file + ", row 5");
    }

    @Test
    void validateReadsStandardInputWithFormat() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(COUNTY.getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run("validate", "-", "--format", "csv");
            assertThat(r.status()).as(r.out() + r.err()).isZero();
            assertThat(Cli.run("validate", "-").err()).contains("needs --format");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void anHtmlPageWithATablePerDomainReportsEachTable() throws IOException {
        Path csv = dir.resolve("sample.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.SAMPLE)) {
            Files.copy(in, csv);
        }
        Path html = dir.resolve("sample.html");
        Path json = dir.resolve("sample.json");
        Path json2 = dir.resolve("again.json");
        assertThat(Cli.run("convert", csv.toString(), json.toString()).status()).isZero();
        Cli.Result h = Cli.run("convert", json.toString(), html.toString());
        assertThat(h.status()).as(h.err()).isZero();
        assertThat(Cli.run("convert", html.toString(), json2.toString()).status()).isZero();
        // the page read back is the catalog written: the same JSON bytes (title aside: the page's title is the same)
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json));
        Cli.Result v = Cli.run("validate", html.toString(), "--lang", "en");
        assertThat(v.out()).contains("sample.html table 2:", "(from the title)");
    }

    /** Reliability audit D15: an existing OUT is not replaced without --force; a directory never. */
    @Test
    void convertRefusesAnExistingOutUnlessForced() throws IOException {
        Path csv = write("a.csv", COUNTY);
        Path out = write("a.json", "old");
        Cli.Result r = Cli.run("convert", csv.toString(), out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("exists", "--force");
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(Cli.run("convert", csv.toString(), out.toString(), "--force").status()).isZero();
        assertThat(Files.readString(out)).contains("户口登记");
        Path d = Files.createDirectory(dir.resolve("emptyout.json"));
        Cli.Result dr = Cli.run("convert", csv.toString(), d.toString(), "--force");
        assertThat(dr.status()).isEqualTo(2);
        assertThat(dr.err()).contains("is a directory");
        assertThat(Files.isDirectory(d)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** Reliability audit D15: OUT gets the permissions of a new file (the umask), not createTempFile's 0600. */
    @Test
    void convertOutputHasTheUmaskPermissions() throws IOException {
        Path csv = write("a.csv", COUNTY);
        Path probe = write("probe.txt", "");
        Path out = dir.resolve("b.json");
        assertThat(Cli.run("convert", csv.toString(), out.toString()).status()).isZero();
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(expected);
    }

    /** Reliability audit D8h/D8i: a table cannot hold a publisher, levels, provenance, or a row with no name. */
    @Test
    void jsonToTableRefusesToDropCatalogFields() throws IOException {
        Path json = write("p.json", "{\"title\":\"t\",\"publisher\":\"某县人民政府\",\"items\":[{\"domain\":\"户籍管理\","
                + "\"name\":{\"category\":\"户口登记\",\"item\":\"出生登记\"},\"content\":\"办理条件\"}]}");
        Cli.Result r = Cli.run("convert", json.toString(), dir.resolve("p.csv").toString());
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("publisher", "--drop-catalog-fields");
        assertThat(dir.resolve("p.csv")).doesNotExist();
        assertThat(Cli.run("convert", json.toString(), dir.resolve("p.csv").toString(), "--drop-catalog-fields")
                .status()).isZero();
        Path noName = write("n.json", "{\"title\":\"t\",\"items\":[{\"domain\":\"户籍管理\"}]}");
        Cli.Result n = Cli.run("convert", noName.toString(), dir.resolve("n.csv").toString());
        assertThat(n.status()).isEqualTo(2);
        assertThat(n.err()).contains("neither a name nor a content");
    }

    /** Reliability audit D7: a data row whose cells start with header words is an item, not a repeated header. */
    @Test
    void aHeaderLikeDataRowIsNotDropped() throws IOException {
        Path csv = write("lossy.csv", "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体\n"
                + "1,财政预决算,政府预算,预算报告,《预算法》,20个工作日内,财政局\n"
                + "2,财政预决算,政府决算,公开内容详见附件,公开依据同上,公开时限：20个工作日内,财政局\n");
        Cli.Result r = Cli.run("convert", csv.toString(), dir.resolve("lossy.json").toString(), "--domain", "财政预决算");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 items written");
    }
}
