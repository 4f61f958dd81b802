package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureAttribute;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.gongkai.item.NegativeList;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.item.Provenance;
import org.junit.jupiter.api.Test;

/**
 * The golden files freeze the wire format: each is written by hand, and the objects built here by hand must write
 * exactly those keys in that order and values, and read back equal.
 */
class GoldenJsonTest {
    private final ObjectMapper mapper = GongkaiJson.mapper();
    private final ObjectMapper plain = new ObjectMapper();

    static Catalog goldenCatalog() {
        DisclosureItem first = DisclosureItem.builder().serialNumber("1").domain("义务教育").name("招生管理", "招生政策")
                .content("●随迁子女入学办法").basis("《中华人民共和国政府信息公开条例》")
                .deadlineText("信息形成或者变更之日起20个工作日内").responsibleBody("翔安区教育局")
                .addChannels(ChannelKind.GOVERNMENT_WEBSITE, ChannelKind.WEIBO_WECHAT_APP, ChannelKind.BULLETIN_BOARD)
                .addAudience(Audience.GENERAL_PUBLIC).addMethod(DisclosureMethod.PROACTIVE).build();
        DisclosureItem second = DisclosureItem.builder().serialNumber("2").domain("义务教育").name("招生管理", "招生范围")
                .content("●招生范围 ●学区划分详细情况").basis("《中华人民共和国政府信息公开条例》")
                .deadlineText("信息形成或者變更之日起20個工作日內").responsibleBody("翔安区教育局")
                .addChannel(Channel.of(ChannelKind.GOVERNMENT_WEBSITE, "铁力市政府网站"))
                .addChannel(Channel.of(null, "乡镇便民服务中心/村委会示栏"))
                .addAudience(Audience.SPECIFIC_GROUP).addAudience(Audience.GENERAL_PUBLIC).specificGroup("申请人")
                .addMethod(DisclosureMethod.ON_REQUEST).addMethod(DisclosureMethod.PROACTIVE)
                .addLevel(AdministrativeLevel.TOWNSHIP).addLevel(AdministrativeLevel.COUNTY)
                .stages(List.of(DisclosureStage.RESULT, DisclosureStage.DECISION))
                .addInherited(ItemElement.BASIS).addInherited(ItemElement.NAME)
                .putExtra("咨询电话", "0816-8859127").build();
        return Catalog.builder().title("翔安区香山街道义务教育领域基层政务公开标准目录").publisher("厦门市翔安区香山街道")
                .addLevel(AdministrativeLevel.TOWNSHIP).addDomain("义务教育")
                .provenance(new Provenance(
                        "http://www.xiangan.gov.cn/mlxa/ztzl/jczw/zjsd/xsjd/202408/t20240809_1063200.htm",
                        Optional.of(LocalDate.of(2024, 8, 9)), "catalog-rows.jsonl rows 1-2"))
                .addItem(first).addItem(second).build();
    }

    static InformationRecord goldenRecord() {
        return InformationRecord.builder().title("东莞市人民政府办公室关于印发某某办法的通知").documentNumber("东政办秘〔2020〕64号")
                .domain("财政预决算").item(ItemName.of("财政预决算", "政府预算")).attribute(DisclosureAttribute.WITHHELD)
                .addGround(NonDisclosureGround.PROCESS_DRAFT).addGround(NonDisclosureGround.STATE_SECRET)
                .groundText("属于国家秘密").formedOn(LocalDate.of(2024, 9, 27))
                .withholdingReviewedOn(LocalDate.of(2025, 1, 6)).listedAsCurrent(true).build();
    }

    static NegativeList goldenNegativeList() {
        return new NegativeList("某县人民政府办公室", List.of(
                new NegativeList.Entry("机关内部人事管理信息", java.util.Set.of(NonDisclosureGround.INTERNAL_PERSONNEL),
                        "条例第十六条第一款"),
                new NegativeList.Entry("涉及个人隐私的信息", java.util.Set.of(NonDisclosureGround.THIRD_PARTY_RIGHTS), "")));
    }

    static JsonNode golden(ObjectMapper m, String name) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream(name)) {
            return m.readTree(in);
        }
    }

    /** Compact text of a tree: keeps key order, so equal text = same keys, same order, same values. */
    private String compact(JsonNode n) throws IOException {
        return plain.writeValueAsString(n);
    }

    @Test
    void catalogIsWrittenExactlyAsTheGoldenFile() throws IOException {
        String written = mapper.writeValueAsString(goldenCatalog());
        assertThat(compact(plain.readTree(written))).isEqualTo(compact(golden(plain, "golden-catalog.json")));
    }

    @Test
    void goldenCatalogReadsBackEqual() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("golden-catalog.json")) {
            assertThat(mapper.readValue(in, Catalog.class)).isEqualTo(goldenCatalog());
        }
    }

    @Test
    void recordIsWrittenExactlyAsTheGoldenFileAndReadsBack() throws IOException {
        String written = mapper.writeValueAsString(goldenRecord());
        assertThat(compact(plain.readTree(written))).isEqualTo(compact(golden(plain, "golden-record.json")));
        try (InputStream in = getClass().getResourceAsStream("golden-record.json")) {
            assertThat(mapper.readValue(in, InformationRecord.class)).isEqualTo(goldenRecord());
        }
    }

    @Test
    void negativeListIsWrittenExactlyAsTheGoldenFileAndReadsBack() throws IOException {
        String written = mapper.writeValueAsString(goldenNegativeList());
        assertThat(compact(plain.readTree(written))).isEqualTo(compact(golden(plain, "golden-negative-list.json")));
        try (InputStream in = getClass().getResourceAsStream("golden-negative-list.json")) {
            assertThat(mapper.readValue(in, NegativeList.class)).isEqualTo(goldenNegativeList());
        }
    }

    @Test
    void streamingWriterWritesTheSameDocumentAsTheMapper() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CatalogJsonWriter.write(goldenCatalog(), out);
        assertThat(compact(plain.readTree(out.toByteArray()))).isEqualTo(compact(golden(plain, "golden-catalog.json")));
    }
}
