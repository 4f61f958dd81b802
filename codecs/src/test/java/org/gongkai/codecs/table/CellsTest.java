package org.gongkai.codecs.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.junit.jupiter.api.Test;

/** Channel cells as the catalogs of reference/catalog-layouts.md write them. */
class CellsTest {
    @Test
    void channelCellsAsCatalogsWriteThem() {
        assertThat(Cells.channels("■政府網站 http://nr.dg.gov.cn/")).containsExactly(
                Channel.of(ChannelKind.GOVERNMENT_WEBSITE, "政府網站 http://nr.dg.gov.cn/"));
        assertThat(Cells.channels("■其他:办税服务厅")).containsExactly(Channel.of(ChannelKind.OTHER, "其他:办税服务厅"));
        // an unchecked □其他 followed by free text (catalog-layouts.md; real row 55): the box is empty, so the official
        // did not choose it; ■ = selected, □ = not selected is the form's own legend. The text stays in the cell
        // (ChannelCell keeps it as the unticked option's text) but is not a channel of the item.
        assertThat(Cells.channels("■政府网站 □其他   基层公共服务平台")).containsExactly(Channel.of(
                ChannelKind.GOVERNMENT_WEBSITE));
        assertThat(org.gongkai.item.ChannelCell.parse("■政府网站 □其他   基层公共服务平台").options().get(1).text())
                .isEqualTo("其他   基层公共服务平台");
        assertThat(Cells.channels("■政府网站 □其他_")).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE));
        assertThat(Cells.channels("嵩明政府网站、政务新媒体")).extracting(Channel::text)
                .containsExactly("嵩明政府网站", "政务新媒体");
        assertThat(Cells.channels("1.政府网站; 2.其他")).containsExactly(Channel.of(ChannelKind.GOVERNMENT_WEBSITE),
                Channel.of(ChannelKind.OTHER));
        assertThat(Cells.channels("◆便民服务站")).containsExactly(Channel.of(ChannelKind.CONVENIENCE_SERVICE_STATION));
        assertThat(Cells.channels("")).isEmpty();
    }

}
