package org.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Channel cells as they are really ticked (issue 14): every real cell of catalog-rows.jsonl is split without losing
 * text, and each class of the issue is checked on a cell written to stand for it, with the expected channels worked
 * out by hand from the Chinese.
 */
class ChannelCellTest {

    static List<String> realCells() throws IOException {
        try (InputStream in = ChannelCellTest.class.getResourceAsStream("catalog-row-channels.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    private static List<String> kinds(List<Channel> channels) {
        return channels.stream().map(c -> c.kind().map(Enum::name).orElse("?") + ":" + c.text()).toList();
    }

    /** Nothing lost: the options written back give every real cell character for character (82 distinct cells). */
    @Test
    void everyRealCellIsWrittenBackExactly() throws IOException {
        List<String> cells = realCells();
        assertThat(cells).hasSize(82);
        for (String cell : cells) {
            ChannelCell c = ChannelCell.parse(cell);
            assertThat(c.write()).isEqualTo(cell);
            assertThat(c.options()).isNotEmpty();
        }
    }

    /**
     * The first real row (翔安区香山街道, 义务教育): the 13 options of the 2019 form; ticked are 政府网站, 两微一端,
     * 广播电视, 纸质媒体, 公开查阅点 and 社区/企事业单位/村公示栏(电子屏) (■), the other 7 are □.
     */
    @Test
    void theFormOfTheFirstRealRow() throws IOException {
        ChannelCell c = ChannelCell.parse(realCells().get(0));
        assertThat(c.options()).hasSize(13);
        assertThat(kinds(c.selected())).containsExactly("GOVERNMENT_WEBSITE:政府网站", "WEIBO_WECHAT_APP:两微一端",
                "RADIO_TELEVISION:广播电视", "PRINT_MEDIA:纸质媒体", "PUBLIC_READING_POINT:公开查阅点",
                "BULLETIN_BOARD:社区/企事业单位/村公示栏(电子屏)");
        assertThat(c.options().stream().filter(o -> o.mark() == ChannelCell.Mark.UNTICKED)).hasSize(7);
    }

    /**
     * A real 2023-form cell (▄ and 口): 政府网站 ticked; 国家档案馆 written without a box between boxed options is a
     * plain option, listed by unboxed(), not dropped and not ticked.
     */
    @Test
    void anUnboxedOptionBetweenBoxedOnesIsAPlainOption() {
        ChannelCell c = ChannelCell.parse("▄政府网站;口政府公报;口政务新媒体;口图书馆:口社区/企事业单位/村公示栏(电子屏);国家档案馆;口精准推送;口其他。");
        assertThat(kinds(c.selected())).containsExactly("GOVERNMENT_WEBSITE:政府网站");
        assertThat(c.unboxed()).extracting(ChannelCell.Option::text).containsExactly("国家档案馆");
        assertThat(c.unboxed().get(0).channels().get(0).kind()).contains(ChannelKind.NATIONAL_ARCHIVES);
    }

    @Test
    void wingdingsLettersAreMarks() {
        // Word's Wingdings check boxes without their font: n = ■, t = ◆, þ = ☑, ü = ✓, o = □
        ChannelCell c = ChannelCell.parse("n政府网站 o政府公报 t两微一端 þ公开查阅点 ü政务服务中心");
        assertThat(kinds(c.selected())).containsExactly("GOVERNMENT_WEBSITE:政府网站", "WEIBO_WECHAT_APP:两微一端",
                "PUBLIC_READING_POINT:公开查阅点", "GOVERNMENT_SERVICE_CENTER:政务服务中心");
        assertThat(c.write()).isEqualTo("n政府网站 o政府公报 t两微一端 þ公开查阅点 ü政务服务中心");
        // a URL's letters are not marks
        assertThat(kinds(ChannelCell.parse("■http://www.tonghai.gov.cn政府网站").selected())).hasSize(1);
    }

    @Test
    void mouthAfterATickedOptionStartsTheNextUntickedOne() {
        ChannelCell c = ChannelCell.parse("■政府网站口政府公报■两微一端");
        assertThat(c.options()).extracting(ChannelCell.Option::mark).containsExactly(ChannelCell.Mark.TICKED,
                ChannelCell.Mark.UNTICKED, ChannelCell.Mark.TICKED);
        assertThat(kinds(c.selected())).containsExactly("GOVERNMENT_WEBSITE:政府网站", "WEIBO_WECHAT_APP:两微一端");
        // 口 inside a word (服务窗口) is not a box
        assertThat(ChannelCell.parse("■政务服务中心服务窗口").options()).hasSize(1);
    }

    @Test
    void aSlashBetweenTwoChannelsNamesTwo() {
        assertThat(kinds(ChannelCell.parse("■政府网站/公告栏").selected()))
                .containsExactly("GOVERNMENT_WEBSITE:政府网站", "BULLETIN_BOARD:公告栏");
        // a label with a slash of its own stays one channel
        assertThat(kinds(ChannelCell.parse("■发布会/听证会").selected()))
                .containsExactly("PRESS_CONFERENCE_OR_HEARING:发布会/听证会");
    }

    @Test
    void aResponsibleBodyIsOtherText() {
        ChannelCell c = ChannelCell.parse("■政府网站 ■各镇人民政府 ■公开栏");
        assertThat(kinds(c.selected())).containsExactly("GOVERNMENT_WEBSITE:政府网站", "OTHER:各镇人民政府",
                "BULLETIN_BOARD:公开栏");
    }

    /** Traditional spellings and the vocabulary of issue 14 name the same kinds as the simplified labels. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            兩微一端            | WEIBO_WECHAT_APP
            政府網站            | GOVERNMENT_WEBSITE
            公共資源交易平臺    | PUBLIC_RESOURCE_TRADING_PLATFORM
            投資項目在線審批監管平臺 | INVESTMENT_PROJECT_APPROVAL_PLATFORM
            社區/企事業單位/村公示欄(電子屏) | BULLETIN_BOARD
            纸质载体            | PRINT_MEDIA
            精准报送            | TARGETED_PUSH
            精準報送            | TARGETED_PUSH
            公示公开栏          | BULLETIN_BOARD
            12345政务服务热线   | GOVERNMENT_HOTLINE
            村务公开栏          | BULLETIN_BOARD
            镇村公示公开栏      | BULLETIN_BOARD
            行政服务中心        | GOVERNMENT_SERVICE_CENTER
            发布会听证会        | PRESS_CONFERENCE_OR_HEARING
            查询点              | PUBLIC_READING_POINT
            招投标公共服务平台  | BIDDING_SERVICE_PLATFORM
            """)
    void vocabulary(String text, ChannelKind kind) {
        assertThat(Channel.parse(text).kind()).contains(kind);
    }

    /**
     * The vocabulary of the real rows: every option of every real cell names a known kind, except the texts listed
     * here, which name no channel of the standard (each checked by hand).
     */
    @Test
    void everyRealOptionNamesAKnownChannelOrIsListedHere() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String cell : realCells()) {
            for (ChannelCell.Option o : ChannelCell.parse(cell).options()) {
                for (Channel ch : o.channels()) {
                    if (!ch.recognized()) {
                        unknown.add(ch.text());
                    }
                }
            }
        }
        assertThat(unknown).containsExactlyInAnyOrder(
                "政…(truncated)", // the transcription cut the cell
                "同上", // the row above's channels: resolved by the catalog reader
                "政府采购网", // a procurement site, not a disclosure channel of the standard
                "广东省建筑市场监管公共服务平台", // a provincial sector platform
                "便民…"); // truncated
    }

    @Test
    void d16NullAndEmpty() {
        assertThat(ChannelCell.parse(null).write()).isEmpty();
        assertThat(ChannelCell.parse("").selected()).isEmpty();
    }

    /** The README's example of a channel cell. */
    @Test
    void readmeExample() {
        String text = "■政府网站口政府公报 n两微一端 ■各镇人民政府;国家档案馆";
        ChannelCell cell = ChannelCell.parse(text);
        assertThat(kinds(cell.selected())).containsExactly("GOVERNMENT_WEBSITE:政府网站", "WEIBO_WECHAT_APP:两微一端",
                "OTHER:各镇人民政府");
        assertThat(cell.unboxed()).extracting(ChannelCell.Option::text).containsExactly("国家档案馆");
        assertThat(cell.write()).isEqualTo(text);
    }

    /**
     * The shape of the deep fuzz run's slowest input (-Dfuzz.count=100000 -Dfuzz.seed=20261202, input #25,055): a cell
     * of about 100,000 unboxed options, each a label or a label glued to another. Each option is still read to its
     * kind by the longest label it contains (微博微信客户端 is a variant of 两微一端; in 入户微博微信客户端 the longest
     * label is 微博微信客户端, seven characters, longer than 入户), and the cell is written back unchanged. The time is
     * the fuzz test's to bound; this test asserts the result.
     */
    @Test
    void aCellOfOneHundredThousandOptionsIsReadOptionByOption() {
        String text = "微博微信客户端 入户微博微信客户端 ".repeat(50_000);
        ChannelCell cell = ChannelCell.parse(text);
        assertThat(cell.write()).isEqualTo(text);
        // no box in the cell: a list split at the spaces, every option listed and chosen
        assertThat(cell.options()).hasSize(100_000);
        for (int i = 0; i < 100_000; i++) {
            ChannelCell.Option o = cell.options().get(i);
            assertThat(o.mark()).isEqualTo(ChannelCell.Mark.NONE);
            assertThat(o.text()).isEqualTo(i % 2 == 0 ? "微博微信客户端" : "入户微博微信客户端");
            assertThat(o.channels()).singleElement().extracting(c -> c.kind().orElseThrow())
                    .isEqualTo(ChannelKind.WEIBO_WECHAT_APP);
        }
        assertThat(cell.selected()).hasSize(100_000);
    }

    /**
     * Kinds found inside longer text: the longest label wins, and of two labels of one length the kind declared
     * first. 铁力市政府网站 holds 政府网站 (4) and 政府网 (3); 社区公示栏(电子屏) holds 社区公示栏 (5) and 电子屏 (3); 广播电视台
     * holds 广播电视 (4), 广播 and 电视 (2); 图书馆档案馆 holds 图书馆 and 档案馆 (3 each): LIBRARY is declared before
     * NATIONAL_ARCHIVES. A label found by itself at the end of the text counts as well (xx公开查阅点).
     */
    @ParameterizedTest
    @CsvSource({"铁力市政府网站, GOVERNMENT_WEBSITE", "社区公示栏(电子屏)x, BULLETIN_BOARD", "广播电视台, RADIO_TELEVISION",
        "图书馆档案馆, LIBRARY", "某某公开查阅点, PUBLIC_READING_POINT", "其他平台, ", "x, "})
    void theLongestContainedLabelNamesTheKind(String text, ChannelKind expected) {
        assertThat(Channel.parse(text).kind().orElse(null)).isEqualTo(expected);
    }
}
