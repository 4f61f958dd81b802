package org.gongkai.benchmarks.codecs;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;

/** A generated catalog of realistic items (texts of the reference rows, varied by position). */
final class CodecsData {
    private CodecsData() {
    }

    static DisclosureItem item(int n) {
        DisclosureItem.Builder b = DisclosureItem.builder().serialNumber(Integer.toString(n + 1))
                .domain(n % 3 == 0 ? "社会救助" : "义务教育")
                .name(n % 2 == 0 ? "招生管理" : "综合业务", "招生政策 " + (n % 101))
                .content("●随迁子女入学办法 ●招生范围 ●学区划分详细情况，第" + n + "项")
                .basis("《中华人民共和国政府信息公开条例》《教育部关于推进中小学信息公开工作的意见》")
                .deadlineText(n % 2 == 0 ? "信息形成或者变更之日起20个工作日内" : "自收到申请之日起20个工作日内")
                .responsibleBody("翔安区教育局")
                .addChannels(ChannelKind.GOVERNMENT_WEBSITE, ChannelKind.WEIBO_WECHAT_APP)
                .addChannel(n % 5 == 0 ? Channel.parse("铁力市政府网站") : Channel.of(ChannelKind.BULLETIN_BOARD))
                .addAudience(Audience.GENERAL_PUBLIC).addMethod(DisclosureMethod.PROACTIVE)
                .addLevel(AdministrativeLevel.COUNTY);
        if (n % 4 == 0) {
            b.addAudience(Audience.SPECIFIC_GROUP).specificGroup("申请人").addMethod(DisclosureMethod.ON_REQUEST);
        }
        if (n % 7 == 0) {
            b.putExtra("咨询电话", "0816-8859127");
        }
        return b.build();
    }

    static Catalog catalog(int size) {
        List<DisclosureItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item(i));
        }
        return Catalog.builder().title("翔安区香山街道义务教育领域基层政务公开标准目录").publisher("厦门市翔安区香山街道")
                .addLevel(AdministrativeLevel.TOWNSHIP).addDomain("义务教育").addItems(items).build();
    }
}
