package org.gongkai.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.codecs.csv.CatalogCsvReader;
import org.gongkai.codecs.csv.CsvReadResult;
import org.gongkai.codecs.json.CatalogJsonReader;
import org.gongkai.codecs.json.CatalogJsonWriter;
import org.gongkai.codecs.json.GongkaiJson;
import org.gongkai.item.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, compiled and run. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("社会救助目录.csv");
        Files.write(csv, ("序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,主动,依申请\n"
                + "1,最低生活保障,审核信息,审核结果,《社会救助暂行办法》,20个工作日,某县民政局,■政府网站 □政府公报,√,,√,\n")
                .getBytes(StandardCharsets.UTF_8));
        Path big = dir.resolve("big-catalog.json");
        List<String> names = new ArrayList<>();

        // --- README example ---
        ObjectMapper mapper = GongkaiJson.mapper();
        CsvReadResult table = CatalogCsvReader.read(csv,
                CatalogCsvReader.Options.defaults().withDefaultDomain("社会救助"));
        table.summary().problems().forEach(System.err::println);   // file, row, column, cell, what
        String json = mapper.writeValueAsString(table.catalog());

        CatalogJsonWriter.write(table.catalog(), Files.newOutputStream(big));
        try (InputStream in = Files.newInputStream(big);
                CatalogJsonReader items = CatalogJsonReader.open(in, "big-catalog.json")) {
            items.forEachRemaining(item -> names.add(item.name().toString()));   // one item in memory at a time
        }
        // --- end ---

        assertThat(mapper.readValue(json, Catalog.class)).isEqualTo(table.catalog());
        assertThat(names).containsExactly("最低生活保障 / 审核信息");
        assertThat(table.catalog().items().get(0).domain()).isEqualTo("社会救助");
    }
}
