package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.data.DataFormatException;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.ident.CreditCode;
import org.gongkai.ident.DocumentNumber;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.ItemElement;
import org.junit.jupiter.api.Test;

class GongkaiModuleTest {
    private static final String MINIMAL_ITEM = "{\"serialNumber\":\"1\",\"name\":{\"category\":\"招生管理\",\"item\":\"招生政策\","
            + "\"subItem\":\"\"}}";

    @Test
    void findAndRegisterModulesFindsTheModuleWithItsVersion() throws Exception {
        ObjectMapper m = new ObjectMapper().findAndRegisterModules();
        assertThat(m.getRegisteredModuleIds()).contains(GongkaiModule.class.getName());
        assertThat(new GongkaiModule().version().toString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(new GongkaiModule().version().getArtifactId()).isEqualTo("gongkai-codecs");
        DisclosureItem i = m.readValue(MINIMAL_ITEM, DisclosureItem.class);
        assertThat(i.name().item()).isEqualTo("招生政策");
        assertThat(m.writeValueAsString(Audience.GENERAL_PUBLIC)).isEqualTo("\"GENERAL_PUBLIC\"");
    }

    @Test
    void chineseLabelsAreAcceptedOnInputAndCodesWrittenOnOutput() throws Exception {
        ObjectMapper m = GongkaiJson.mapper();
        // 公开对象 全社会, 公开方式 主动公开 (a variant), 公开层级 鄉級 (Traditional), a channel as plain text
        DisclosureItem i = m.readValue("{\"audiences\":[\"全社会\"],\"methods\":[\"主动公开\"],\"levels\":[\"鄉級\"],"
                + "\"channels\":[\"政府網站\"],\"inherited\":[\"公开依据\"],\"deadline\":\"20个工作日内\"}", DisclosureItem.class);
        assertThat(i.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(i.methods()).containsExactly(DisclosureMethod.PROACTIVE);
        assertThat(i.levels()).containsExactly(AdministrativeLevel.TOWNSHIP);
        assertThat(i.channels().get(0).kind()).contains(ChannelKind.GOVERNMENT_WEBSITE);
        assertThat(i.channels().get(0).text()).isEqualTo("政府網站");
        assertThat(i.inherited()).containsExactly(ItemElement.BASIS);
        assertThat(i.deadlineText()).isEqualTo("20个工作日内");
        String out = m.writeValueAsString(i);
        assertThat(out).contains("\"audiences\":[\"GENERAL_PUBLIC\"]", "\"methods\":[\"PROACTIVE\"]",
                "\"levels\":[\"TOWNSHIP\"]", "\"inherited\":[\"BASIS\"]",
                // a bare 20个工作日 (no trigger written): the rule says so, and the source is kept as written
                "\"deadline\":{\"kind\":\"WORKING_DAYS_AFTER\",\"amount\":20,\"trigger\":{\"kind\":\"UNSPECIFIED\","
                        + "\"text\":\"\"},\"fallbackClause\":false,\"source\":\"20个工作日内\"}");
    }

    @Test
    void deadlineRulesAreWrittenStructuredAndReadFromTheirSource() throws Exception {
        ObjectMapper m = GongkaiJson.mapper();
        DeadlineRule rule = DeadlinePhrases.parse("自收到申请之日起20个工作日内");
        String json = m.writeValueAsString(rule);
        assertThat(json).isEqualTo("{\"kind\":\"WORKING_DAYS_AFTER\",\"amount\":20,\"trigger\":{\"kind\":"
                + "\"REQUEST_RECEIVED\",\"text\":\"收到申请\"},\"fallbackClause\":false,\"source\":\"自收到申请之日起20个工作日内\"}");
        assertThat(m.readValue(json, DeadlineRule.class)).isEqualTo(rule);
        // the structured part is informative: a wrong amount does not override the source
        assertThat(m.readValue(json.replace("\"amount\":20", "\"amount\":5"), DeadlineRule.class)).isEqualTo(rule);
    }

    @Test
    void identifiersAreCanonicalStrings() throws Exception {
        ObjectMapper m = GongkaiJson.mapper();
        // 发文字号 with the year's brackets written [ ]: read, and written back in the canonical 〔〕 form
        DocumentNumber n = m.readValue("\"东政办秘[2020]64号\"", DocumentNumber.class);
        assertThat(m.writeValueAsString(n)).isEqualTo("\"东政办秘〔2020〕64号\"");
        assertThatThrownBy(() -> m.readValue("\"91350100M000100Y4X\"", CreditCode.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("is no CreditCode");
    }

    @Test
    void strictCodesRejectsLabels() {
        ObjectMapper m = new ObjectMapper().registerModule(new GongkaiModule(GongkaiModule.Feature.STRICT_CODES));
        assertThatThrownBy(() -> m.readValue("{\"audiences\":[\"全社会\"]}", DisclosureItem.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("\"全社会\" is no code of Audience")
                .hasMessageContaining("/audiences/0")
                .hasMessageContaining("line: 1, column: 15");
    }

    @Test
    void unknownPropertyIsAnErrorWithItsPath() {
        ObjectMapper m = GongkaiJson.mapper();
        String json = "{\"title\":\"t\",\"items\":[{},\n{\"channels\":[{\"kind\":\"OTHER\",\"colour\":\"red\"}]}]}";
        assertThatThrownBy(() -> m.readValue(json, Catalog.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("Unknown property \"colour\" of Channel at /items/1/channels/0/colour")
                .hasMessageContaining("line: 2");
        ObjectMapper tolerant = GongkaiJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(tolerantRead(tolerant, json).items()).hasSize(2);
    }

    private static Catalog tolerantRead(ObjectMapper m, String json) {
        try {
            return m.readValue(json, Catalog.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void wrongTypesAreErrorsWithPath() {
        ObjectMapper m = GongkaiJson.mapper();
        assertThatThrownBy(() -> m.readValue("{\"content\":42}", DisclosureItem.class))
                .hasMessageContaining("expected a string but found the number 42 at /content");
        assertThatThrownBy(() -> m.readValue("{\"deadline\":{\"kind\":\"IMMEDIATE\"}}", DisclosureItem.class))
                .hasMessageContaining("no \"source\"");
    }

    @Test
    void deeplyNestedInputIsRefusedByTheReadConstraints() {
        ObjectMapper m = GongkaiJson.mapper();
        String deep = "{\"extras\":" + "[".repeat(GongkaiJson.MAX_NESTING_DEPTH + 1) + "]".repeat(
                GongkaiJson.MAX_NESTING_DEPTH + 1) + "}";
        assertThatThrownBy(() -> m.readTree(deep)).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Document nesting depth");
    }

    @Test
    void overlongStringsAreRefused() {
        ObjectMapper m = GongkaiJson.mapper();
        String json = "{\"content\":\"" + "字".repeat(GongkaiJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertThatThrownBy(() -> m.readValue(json, DisclosureItem.class))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("String value length");
    }

    @Test
    void noDefaultTypingIsEnabled() {
        ObjectMapper m = GongkaiJson.mapper();
        assertThat(m.getPolymorphicTypeValidator()).isNotNull();
        assertThat(m.getDeserializationConfig().getDefaultTyper(null)).isNull();
    }

    @Test
    void streamingReaderReadsItemsOneByOneAndTheHeaderAfterThem() {
        String json = "{\"title\":\"目录\",\"items\":[" + MINIMAL_ITEM + "," + MINIMAL_ITEM + "],\"publisher\":\"某镇\"}";
        try (CatalogJsonReader r = CatalogJsonReader.open(in(json), "t.json")) {
            assertThat(r.header().title()).isEqualTo("目录");
            assertThat(r.header().publisher()).isEmpty();
            List<DisclosureItem> items = new ArrayList<>();
            r.forEachRemaining(items::add);
            assertThat(items).hasSize(2);
            assertThat(r.itemsRead()).isEqualTo(2);
            assertThat(r.header().publisher()).isEqualTo("某镇");
        }
    }

    @Test
    void streamingReaderErrorsNameSourceLineColumnAndPointer() {
        String json = "{\"items\":[\n" + MINIMAL_ITEM + ",\n{\"levels\":[\"州长\"]}]}";
        try (CatalogJsonReader r = CatalogJsonReader.open(in(json), "catalog.json")) {
            assertThat(r.next().serialNumber()).isEqualTo("1");
            assertThatThrownBy(r::hasNext).isInstanceOf(DataFormatException.class)
                    .hasMessageStartingWith("catalog.json:3:")
                    .hasMessageContaining("\"州长\" is no code of AdministrativeLevel")
                    .hasMessageContaining("at /items/1/levels/0")
                    .satisfies(e -> assertThat(((DataFormatException) e).line()).isEqualTo(3));
        }
    }

    @Test
    void streamingReaderRejectsTrailingGarbageAndNonCatalogs() {
        assertThatThrownBy(() -> CatalogJsonReader.open(in("[1]"), "x.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("expected a catalog");
        try (CatalogJsonReader r = CatalogJsonReader.open(in("{\"items\":[]} {}"), "x.json")) {
            assertThatThrownBy(r::hasNext).isInstanceOf(DataFormatException.class)
                    .hasMessageContaining("after the catalog");
        }
    }

    @Test
    void writerAndReaderRoundTripThroughAStream() {
        Catalog c = GoldenJsonTest.goldenCatalog();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CatalogJsonWriter w = CatalogJsonWriter.open(out, c.toBuilder().build(), true)) {
            assertThat(w.itemsWritten()).isEqualTo(2);
        }
        try (CatalogJsonReader r = CatalogJsonReader.open(new ByteArrayInputStream(out.toByteArray()), "mem")) {
            assertThat(r.readAll()).isEqualTo(c);
        }
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
