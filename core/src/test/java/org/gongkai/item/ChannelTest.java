package org.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChannelTest {

    /** Channel texts as real catalogs write them (reference/catalog-layouts.md, cell conventions). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            政府网站 | GOVERNMENT_WEBSITE
            铁力市政府网站 | GOVERNMENT_WEBSITE
            高新区(掇刀区)政府网站 | GOVERNMENT_WEBSITE
            政府網站 http://nr.dg.gov.cn/ | GOVERNMENT_WEBSITE
            嘉荫县司法局公众号 | GOVERNMENT_NEW_MEDIA
            政府服务中心 | GOVERNMENT_SERVICE_CENTER
            入户/现场宣传 | DOOR_TO_DOOR_OR_ON_SITE
            嘎查(社区)公示栏 | BULLETIN_BOARD
            线下公示栏 | BULLETIN_BOARD
            一微一端 | WEIBO_WECHAT_APP
            社区/企事业单位/村公示栏(电子屏) | BULLETIN_BOARD
            发布会/听证会 | PRESS_CONFERENCE_OR_HEARING
            广东政务服务网 | GOVERNMENT_SERVICE_PORTAL
            信用中国网站 | CREDIT_CHINA
            其他 | OTHER
            """)
    void recognisesTheKindAndKeepsTheText(String text, ChannelKind kind) {
        Channel c = Channel.parse(text);
        assertThat(c.kind()).contains(kind);
        assertThat(c.text()).isEqualTo(text);
    }

    @Test
    void anUnknownChannelIsKeptAsFreeTextNotDropped() {
        Channel c = Channel.parse("村民微信群");
        assertThat(c.kind()).isEmpty();
        assertThat(c.recognized()).isFalse();
        assertThat(c.text()).isEqualTo("村民微信群");
    }

    @Test
    void equalityUsesKindAndText() {
        assertThat(Channel.of(ChannelKind.GOVERNMENT_WEBSITE)).isEqualTo(Channel.parse("政府网站"));
        assertThat(Channel.parse("铁力市政府网站")).isNotEqualTo(Channel.of(ChannelKind.GOVERNMENT_WEBSITE));
        assertThat(Channel.of(ChannelKind.GOVERNMENT_WEBSITE).isPlainLabel()).isTrue();
    }
}
