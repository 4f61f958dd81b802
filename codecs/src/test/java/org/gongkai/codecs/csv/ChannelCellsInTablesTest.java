package org.gongkai.codecs.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.junit.jupiter.api.Test;

/**
 * A catalog table reads its 公开渠道和载体 cells the way {@link org.gongkai.item.ChannelCell} does (one reading of a
 * channel cell), with the form's legend: ■/▄ = selected, □/口 = not selected (catalog-layouts.md, "Channel
 * checkboxes").
 */
class ChannelCellsInTablesTest {

    private static final String HEADER = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体\n";

    private static CsvReadResult read(String channels) {
        String csv = HEADER + "1,财政预决算,政府预算,预算报告,《预算法》,20个工作日内,财政局," + channels + "\n";
        return CatalogCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    /**
     * Real row 55: "□其他   基层公共服务平台". The 其他 box is empty, so the official did not choose it; the text after the
     * box fills in the form's blank but ticks nothing. Only the ticked ■政府网站 is a channel, and nothing is reported
     * (the cell is read in full).
     */
    @Test
    void anUntickedOtherWithFreeTextIsNotAChannel() {
        CsvReadResult r = read("■政府网站 □两微一端 □其他   基层公共服务平台");
        assertThat(r.catalog().items().get(0).channels()).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE));
        assertThat(r.summary().problems()).isEmpty();
    }

    /**
     * Real row 39 (枣庄高新区: ▄ ticked, 口 unticked): 国家档案馆 is written with no box between boxed options, so its tick
     * cannot be read. It is not taken as a channel, and a WARNING at the channel column (the 8th) names it: never
     * dropped silently.
     */
    @Test
    void anOptionWithoutABoxAmongBoxedOnesIsReportedNotTaken() {
        CsvReadResult r = read("▄政府网站;口政府公报;口社区/企事业单位/村公示栏(电子屏);国家档案馆;口精准推送;口其他。");
        assertThat(r.catalog().items().get(0).channels()).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE));
        assertThat(r.summary().problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.message()).contains("国家档案馆").contains("without a check box");
        });
    }

    /** A list without boxes names every channel in it (real row 66: "1.政府网站 2.两微一端 3.政务服务中心 4.便民服务站"). */
    @Test
    void aListWithoutBoxesNamesEveryChannel() {
        CsvReadResult r = read("1.政府网站 2.两微一端 3.政务服务中心 4.便民服务站");
        assertThat(r.catalog().items().get(0).channels()).extracting(c -> c.kind().orElseThrow()).containsExactly(
                ChannelKind.GOVERNMENT_WEBSITE, ChannelKind.WEIBO_WECHAT_APP, ChannelKind.GOVERNMENT_SERVICE_CENTER,
                ChannelKind.CONVENIENCE_SERVICE_STATION);
        assertThat(r.summary().problems()).isEmpty();
    }
}
