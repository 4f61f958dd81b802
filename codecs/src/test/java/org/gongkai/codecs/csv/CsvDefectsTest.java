package org.gongkai.codecs.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.junit.jupiter.api.Test;

/** The reproducers of the reliability audit's CSV defects D7–D11, each with its documented result. */
class CsvDefectsTest {

    private static CsvReadResult read(byte[] b) {
        return CatalogCsvReader.read(new ByteArrayInputStream(b), "t.csv");
    }

    private static CsvReadResult read(String s) {
        return read(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] write(Catalog c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogCsvWriter.write(c, out, false);
        return out.toByteArray();
    }

    /** D7: a data row with three cells starting with header words (公开内容…, 公开依据…, 公开时限…) is an item. */
    @Test
    void d7HeaderLikeDataRowIsAnItem() {
        CsvReadResult r = read("序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体\n"
                + "1,财政预决算,政府预算,预算报告,《预算法》,20个工作日内,财政局\n"
                + "2,财政预决算,政府决算,公开内容详见附件,公开依据同上,公开时限：20个工作日内,财政局\n");
        assertThat(r.summary().itemsKept()).isEqualTo(2);
        assertThat(r.summary().headerRows()).isEqualTo(1);
        assertThat(r.catalog().items().get(1).content()).isEqualTo("公开内容详见附件");
        // a header repeated with a variation (a page break) is still a header, now reported, not silent
        CsvReadResult rep = read("序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体\n"
                + "1,财政预决算,政府预算,预算报告,《预算法》,20个工作日内,财政局\n"
                + "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体\n");
        assertThat(rep.summary().itemsKept()).isEqualTo(1);
        assertThat(rep.summary().headerRows()).isEqualTo(2);
        assertThat(rep.summary().problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("repeated inside the table"));
    }

    /** D8a–f: the audit's minimal reproducers now read back exactly as written. */
    @Test
    void d8WriteThenReadIsLossless() {
        DisclosureItem a = DisclosureItem.builder().domain("财政预决算").name("财政预决算", "政府预算").content("预算报告")
                .basis("《预算法》").putExtra("咨询电话", "").build();
        DisclosureItem b = DisclosureItem.builder().domain("").name("", "政府决算").content("同上").basis("同 上")
                .addAudience(Audience.SPECIFIC_GROUP).specificGroup("无").putExtra("咨询电话", "12345").build();
        DisclosureItem c = DisclosureItem.builder().domain("财政预决算").name("财政预决算", "x").content("").responsibleBody("x\uD800y")
                .deadlineText("\t=1+1").basis("\r=2+2").addAudience(Audience.SPECIFIC_GROUP).specificGroup("√(申请人)")
                .build();
        DisclosureItem d = DisclosureItem.builder().domain("财政预决算").name("财政预决算", "y").content("")
                .addInherited(ItemElement.CONTENT).addAudience(Audience.SPECIFIC_GROUP).specificGroup("√").build();
        Catalog cat = Catalog.builder().title(" ").addItem(a).addItem(b).addItem(c).addItem(d).build();
        byte[] csv = write(cat);
        String text = new String(csv, StandardCharsets.UTF_8);
        // D9: TAB and CR at the start of a cell are neutralised like =, +, -, @ (OWASP CSV injection)
        assertThat(text).contains(",'\t=1+1,", "\"'\r=2+2\"");
        CsvReadResult r = read(csv);
        assertThat(r.summary().problems()).isEmpty();
        assertThat(r.catalog().items()).containsExactly(a, b, c, d);
        assertThat(r.catalog().title()).isEqualTo(" ");
    }

    /** D8d: a channel whose text would not read back is refused, never changed silently. */
    @Test
    void d8ChannelThatCannotBeWrittenIsRefused() {
        DisclosureItem a = DisclosureItem.builder().name("a", "b").content("c")
                .addChannel(Channel.of(ChannelKind.BULLETIN_BOARD, "村公示栏、")).build();
        assertThatThrownBy(() -> write(Catalog.builder().addItem(a).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("村公示栏、");
    }

    /** D10: an invalid UTF-8 byte after the first 64 KiB is an error with its byte offset, not a silent U+FFFD. */
    @Test
    void d10InvalidUtf8AnywhereIsReportedWithItsOffset() {
        StringBuilder sb = new StringBuilder("序号,一级事项,二级事项,公开内容\n");
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < 77_000) {
            sb.append("1,财政预决算,政府预算,预算报告\n");
        }
        byte[] head = (sb + "2,a,b,坏").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "字节\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xFF;
        all[head.length + 1] = (byte) 0xFE;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        assertThatThrownBy(() -> read(all)).isInstanceOf(CatalogCsvException.class)
                .hasMessageContaining("invalid UTF-8 at byte " + head.length).hasMessageContaining("FF");
    }

    /** D11: cells per row and characters per cell are bounded (TableLimits: 16,384 and 1,000,000). */
    @Test
    void d11ColumnsAndCellsAreBounded() {
        String header = "序号,一级事项,二级事项,公开内容\n";
        assertThatThrownBy(() -> read(header + "1" + ",".repeat(20_000) + "\n"))
                .isInstanceOf(CatalogCsvException.class).hasMessageContaining("more than 16384 cells");
        assertThatThrownBy(() -> read(header + "1,a,b," + "x".repeat(1_000_001) + "\n"))
                .isInstanceOf(CatalogCsvException.class).hasMessageContaining("1000000");
        assertThat(read(header + "1,a,b," + "x".repeat(999_999) + "\n").catalog().items().get(0).content())
                .hasSize(999_999);
        assertThat(new ItemName("a", "b", "").item()).isEqualTo("b");
        assertThat(List.of()).isEmpty();
    }
}
