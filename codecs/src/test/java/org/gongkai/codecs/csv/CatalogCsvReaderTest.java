package org.gongkai.codecs.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.ItemElement;
import org.junit.jupiter.api.Test;

class CatalogCsvReaderTest {

    private static CsvReadResult read(String csv) {
        return CatalogCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    /** An L1 table (two-row header) as exported: title row, merged 一级事项 blank, 同上, repeated header, a note. */
    private static final String L1 = String.join("\r\n",
            "宝坻区社会救助领域基层政务公开标准目录,,,,,,,,,,,,,",
            "序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,",
            ",一级事项,二级事项,,,,,,全社会,特定群众,主动,依申请公开,县级,\"乡、村级\"",
            "1,综合业务,政策法规文件,法律法规,《社会救助暂行办法》,信息形成或者变更之日起20个工作日内,区民政局,"
                    + "■政府网站 □政府公报 ■社区/企事业单位/村公示栏(电子屏),√,,√,,√,√",
            "2,,办事指南,办理流程,同上,同上,区民政局,同上,√,申请人,√,√,√,",
            ",,,,,,,,,,,,,",
            "序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,",
            "注：本目录由区民政局负责解释,,,,,,,,,,,,,",
            "3,最低生活保障,审核信息,审核结果,《最低生活保障审核确认办法》,10个工作日,街道办事处,"
                    + "1.政府网站 2.两微一端,√,,√,,,√") + "\r\n";

    @Test
    void readsATwoRowHeaderTableAsExported() {
        CsvReadResult r = read(L1);
        Catalog c = r.catalog();
        assertThat(c.title()).isEqualTo("宝坻区社会救助领域基层政务公开标准目录");
        List<DisclosureItem> items = c.items();
        assertThat(items).hasSize(3);

        DisclosureItem first = items.get(0);
        assertThat(first.name().category()).isEqualTo("综合业务");
        assertThat(first.name().item()).isEqualTo("政策法规文件");
        assertThat(first.channels()).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE),
                Channel.of(ChannelKind.BULLETIN_BOARD));
        assertThat(first.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(first.methods()).containsExactly(DisclosureMethod.PROACTIVE);
        // 县级 and 乡、村级 ticked
        assertThat(first.levels()).containsExactly(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP,
                AdministrativeLevel.VILLAGE);

        DisclosureItem second = items.get(1);
        // merged 一级事项 exported blank: taken from the row above, and said so
        assertThat(second.name().category()).isEqualTo("综合业务");
        assertThat(second.basis().text()).isEqualTo("《社会救助暂行办法》");
        assertThat(second.deadlineText()).isEqualTo("信息形成或者变更之日起20个工作日内");
        assertThat(second.channels()).isEqualTo(first.channels());
        assertThat(second.inherited()).containsExactly(ItemElement.NAME, ItemElement.BASIS, ItemElement.DEADLINE,
                ItemElement.CHANNELS);
        // a description instead of √ under 特定群众
        assertThat(second.audiences()).containsExactly(Audience.GENERAL_PUBLIC, Audience.SPECIFIC_GROUP);
        assertThat(second.specificGroup()).isEqualTo("申请人");
        assertThat(second.methods()).containsExactly(DisclosureMethod.PROACTIVE, DisclosureMethod.ON_REQUEST);
        assertThat(second.levels()).containsExactly(AdministrativeLevel.COUNTY);

        DisclosureItem third = items.get(2);
        assertThat(third.channels()).extracting(Channel::text).containsExactly("政府网站", "两微一端");
        assertThat(third.levels()).containsExactly(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE);
        assertThat(third.inherited()).isEmpty();

        CsvSummary s = r.summary();
        // 10 rows: 1 title, 2+1 header rows, 1 blank, 1 note (rejected), 3 items
        assertThat(s.rowsRead()).isEqualTo(9);
        assertThat(s.preambleRows()).isEqualTo(1);
        assertThat(s.headerRows()).isEqualTo(3);
        assertThat(s.blankRows()).isEqualTo(1);
        assertThat(s.itemsKept()).isEqualTo(3);
        assertThat(s.rowsRejected()).isEqualTo(1);
        assertThat(s.preambleRows() + s.headerRows() + s.blankRows() + s.itemsKept() + s.rowsRejected())
                .isEqualTo(s.rowsRead());
        assertThat(s.problems()).hasSize(1);
        CsvProblem p = s.problems().get(0);
        assertThat(p.row()).isEqualTo(8);
        assertThat(p.severity()).isEqualTo(CsvProblem.Severity.ERROR);
        assertThat(p.cellText()).startsWith("注：本目录由区民政局负责解释");
        assertThat(p.toString()).startsWith("t.csv row 8").contains("rejected: not an item");
    }

    @Test
    void stopOnErrorStopsAtTheRejectedRow() {
        assertThatThrownBy(() -> CatalogCsvReader.read(new ByteArrayInputStream(L1.getBytes(StandardCharsets.UTF_8)),
                "t.csv", CatalogCsvReader.Options.defaults().withStopOnError(true)))
                .isInstanceOf(CatalogCsvException.class)
                .satisfies(e -> assertThat(((CatalogCsvException) e).problem().row()).isEqualTo(8));
    }

    @Test
    void readsGb18030AndUtf8WithBomAlike() {
        byte[] gb = L1.getBytes(Charset.forName("GB18030"));
        CsvReadResult r = CatalogCsvReader.read(new ByteArrayInputStream(gb), "gb.csv");
        assertThat(r.summary().charset().name()).isEqualTo("GB18030");
        assertThat(r.catalog().items()).isEqualTo(read(L1).catalog().items());
        byte[] bom = ("\uFEFF" + L1).getBytes(StandardCharsets.UTF_8);
        CsvReadResult b = CatalogCsvReader.read(new ByteArrayInputStream(bom), "bom.csv");
        assertThat(b.summary().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(b.catalog().title()).isEqualTo("宝坻区社会救助领域基层政务公开标准目录");
    }

    @Test
    void readsTheReorderedL6LayoutWithBlockAndMouthMarks() {
        // 枣庄高新区 (L6): 公开方式 before 公开渠道, 公开对象 last; ▄ = checked, 口 = unchecked
        String csv = "序号,事项名称,,公开内容,公开依据,公开时限,公开主体,公开方式,,公开渠道,公开对象,\n"
                + ",一级事项,二级事项,,,,,主动,依申请,,全社会,特定群体\n"
                + "1,政策文件,法律法规,与安全生产有关的法律、法规,《中华人民共和国政府信息公开条例》,信息形成或变更之日起20个工作日内,"
                + "枣庄高新区应急管理局,√,,▄政府网站;口政府公报;口政务新媒体;口办事窗口,√,\n";
        DisclosureItem i = read(csv).catalog().items().get(0);
        assertThat(i.methods()).containsExactly(DisclosureMethod.PROACTIVE);
        assertThat(i.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(i.channels()).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE));
    }

    @Test
    void readsWordValuedCellsAndAPageThatLostTheGlyphGong() {
        // 平武县 (L8): 公 missing everywhere; 公开方式 holds 全文发布 (no method): kept in extras with a warning
        String csv = "序号,开事项,,开内容,开依据,开时限,开主体,开渠道,开方式,开属性,开对象,咨询电话\n"
                + ",一级事项,二级事项,,,,,,,,,\n"
                + "1,计划实施,任务分配,及时开农村危房改造补助农户名单,《通知》,分配结果确定后20个工作日内,乡镇人民政府,"
                + "乡镇便民服务中心/村委会示栏,全文发布,主动开,全社会,0816-8859127\n";
        CsvReadResult r = read(csv);
        DisclosureItem i = r.catalog().items().get(0);
        assertThat(i.name().item()).isEqualTo("任务分配");
        assertThat(i.methods()).containsExactly(DisclosureMethod.PROACTIVE);
        assertThat(i.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(i.extras()).isEqualTo(Map.of("开方式", "全文发布", "咨询电话", "0816-8859127"));
        assertThat(r.summary().problems()).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo(9))
                .satisfies(p -> assertThat(p.severity()).isEqualTo(CsvProblem.Severity.WARNING));
    }

    @Test
    void readsThreeLevelNamesADomainColumnAndCellsBeyondTheHeader() {
        String csv = "序号,相应领域,一级事项,二级事项,三级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,主动,依申请,乡级\n"
                + "1,户籍管理,户籍管理,出生登记,出生登记,办理条件,《户口登记条例》,20个工作日,派出所,■政府网站,√,,√,,√,多余\n"
                + "2,,户籍管理,死亡登记,死亡登记,办理条件,《户口登记条例》,20个工作日,派出所,■政府网站,√,,√,,√\n";
        CsvReadResult r = read(csv);
        DisclosureItem a = r.catalog().items().get(0);
        DisclosureItem b = r.catalog().items().get(1);
        assertThat(a.name().subItem()).isEqualTo("出生登记");
        assertThat(a.domain()).isEqualTo("户籍管理");
        assertThat(a.extras()).isEqualTo(Map.of("column 16", "多余"));
        assertThat(b.domain()).isEqualTo("户籍管理");
        assertThat(b.inherited()).containsExactly(ItemElement.DOMAIN);
        assertThat(r.catalog().domains()).containsExactly("户籍管理");
        assertThat(r.summary().problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo(16));
    }

    @Test
    void formulaCellsAreEscapedOnWriteAndRestoredOnRead() {
        DisclosureItem i = DisclosureItem.builder().serialNumber("=1+1").name("@SUM", "-2").content("+cmd|' /C calc'!A0")
                .basis("'=already").deadlineText("'plain").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(Catalog.builder().addItem(i).build(), out, false);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=1+1,'@SUM,'-2,'+cmd|' /C calc'!A0,''=already,'plain,");
        assertThat(read(csv).catalog().items()).containsExactly(i);
    }

    @Test
    void writerRefusesValuesItsLayoutCannotHold() {
        DisclosureItem i = DisclosureItem.builder().name("a", "b").addLevel(AdministrativeLevel.VILLAGE).build();
        try (CatalogCsvWriter w = CatalogCsvWriter.open(new ByteArrayOutputStream(), "",
                CatalogCsvWriter.Layout.standard())) {
            assertThatThrownBy(() -> w.write(i)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("村级");
            assertThat(w.itemsWritten()).isZero();
        }
        assertThatThrownBy(() -> new CatalogCsvWriter.Layout(false, false, List.of(), false, List.of("公开依据"),
                false, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheStandardHeaderAndMarks() {
        DisclosureItem i = DisclosureItem.builder().serialNumber("1").name("财政预决算", "政府预算").content("预算报告")
                .addChannels(ChannelKind.GOVERNMENT_WEBSITE).addAudience(Audience.GENERAL_PUBLIC)
                .addMethod(DisclosureMethod.PROACTIVE).addLevel(AdministrativeLevel.COUNTY).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CatalogCsvWriter w = CatalogCsvWriter.open(out, "", CatalogCsvWriter.Layout.standard())) {
            w.write(i);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,主动,依申请,县级,乡级\r\n"
                + "1,财政预决算,政府预算,预算报告,,,,■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 "
                + "□政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □其他,√,,√,,√,\r\n");
    }

    @Test
    void aTableWithoutHeaderIsRefused() {
        assertThatThrownBy(() -> read("a,b,c\n1,2,3\n")).isInstanceOf(CatalogCsvException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void detectsTheCharset() {
        byte[] utf8 = "公开事项".getBytes(StandardCharsets.UTF_8);
        assertThat(CatalogCsvReader.detectCharset(utf8, utf8.length)).isEqualTo(StandardCharsets.UTF_8);
        // a sample cut inside the last character is still UTF-8
        assertThat(CatalogCsvReader.detectCharset(utf8, utf8.length - 1)).isEqualTo(StandardCharsets.UTF_8);
        byte[] gb = "公开事项".getBytes(Charset.forName("GB18030"));
        assertThat(CatalogCsvReader.detectCharset(gb, gb.length)).isEqualTo(CatalogCsvReader.GB18030);
        assertThat(Set.of(CatalogCsvReader.detectCharset(new byte[0], 0))).containsExactly(StandardCharsets.UTF_8);
    }

    /** reference/catalog-layouts.md L7 (文昌市 救灾): subject before deadline, basis after channels, no 序号. */
    @Test
    void readsTheReorderedL7Layout() {
        DisclosureItem i = read("公开事项,,公开内容,公开主体,公开时限,公开渠道,公开依据,公开对象,,公开方式,\n一级事项,二级事项,,,,,,全社会,特定,主动,依申请公开\n灾害预警,预警信息,预警级别,文昌市应急管理局,实时公开,■政府网站 □政府公报,《突发事件应对法》,√,,√,\n").catalog().items().get(0);
        assertThat(i.name()).isEqualTo(org.gongkai.item.ItemName.of("灾害预警", "预警信息"));
        assertThat(i.responsibleBody().name()).isEqualTo("文昌市应急管理局");
        assertThat(i.deadlineText()).isEqualTo("实时公开");
        assertThat(i.basis().text()).isEqualTo("《突发事件应对法》");
        assertThat(i.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(i.methods()).containsExactly(DisclosureMethod.PROACTIVE);
        assertThat(i.channels()).extracting(c -> c.kind().orElseThrow())
                .containsExactly(ChannelKind.GOVERNMENT_WEBSITE);
    }

    /** L9 (康巴什区 救灾生产): 三级事项 and the legal-basis columns the model has no place for, kept as extras. */
    @Test
    void readsTheLegalBasisHeavyL9LayoutKeepingItsExtraColumns() {
        DisclosureItem i = read("序号,一级事项,二级事项,三级事项,公开内容(要素),公开依据,条款内容,依据效力(位阶),公开时限,公开主体,事项类别(法定公开、其他),公开渠道和载体,公开对象,,责任科室,对应职责\n,,,,,,,,,,,,全社会,特定群体,,\n1,救灾,救灾物资,物资发放,发放对象,《自然灾害救助条例》,第二十九条,行政法规,信息形成或者变更之日起20个工作日内,康巴什区应急管理局,法定公开,■政府网站,√,,救灾科,物资管理\n").catalog().items().get(0);
        assertThat(i.name()).isEqualTo(new org.gongkai.item.ItemName("救灾", "救灾物资", "物资发放"));
        assertThat(i.extras()).containsExactly(
                Map.entry("条款内容", "第二十九条"), Map.entry("依据效力(位阶)", "行政法规"),
                Map.entry("事项类别(法定公开、其他)", "法定公开"), Map.entry("责任科室", "救灾科"),
                Map.entry("对应职责", "物资管理"));
        assertThat(i.audiences()).containsExactly(Audience.GENERAL_PUBLIC);
        assertThat(i.methods()).isEmpty(); // L9 has no 公开方式 column
    }

    /** L5 (东阳市): level columns 东阳市级/镇街乡/村, a 公开 carrier column, 五公开 as ■/□ marks in one cell. */
    @Test
    void readsTheL5LayoutWithItsFiveOpennessCell() {
        DisclosureItem i = read("序号,公开事项,,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,,,公开,五公开\n,一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请,东阳市级,镇街乡,村,,\n1,招生管理,招生政策,招生政策文件,《义务教育法》,信息形成或者变更之日起20个工作日内,东阳市教育局,■政府网站,√,,√,,√,√,,■文本,■决策 □执行 □管理 □服务 ■结果\n").catalog().items().get(0);
        assertThat(i.stages()).containsExactly(org.gongkai.item.DisclosureStage.DECISION,
                org.gongkai.item.DisclosureStage.RESULT);
        // 东阳 is a county-level city; its header says 东阳市级, read as the 市级 tier (documented ambiguity)
        assertThat(i.levels()).containsExactly(AdministrativeLevel.CITY,
                AdministrativeLevel.TOWNSHIP);
        assertThat(i.extras()).containsEntry("公开", "■文本");
    }
}
