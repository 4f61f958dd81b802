package org.gongkai.validation.assertj;

import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;

/**
 * Sample items for downstream tests, after real rows of published catalogs. {@link #valid()} passes every rule of
 * {@code DisclosureValidator.standard()}; each {@code without…} sample fails exactly the rule its name says.
 */
public final class SampleItems {
    private SampleItems() {
    }

    /**
     * 义务教育 / 招生管理 / 招生政策, as 厦门市翔安区香山街道 publishes it (2024), with every element.
     *
     * @return a valid proactive item
     */
    public static DisclosureItem valid() {
        return DisclosureItem.builder()
                .serialNumber("1")
                .domain("义务教育")
                .name("招生管理", "招生政策")
                .content("随迁子女入学办法")
                .basis("《中华人民共和国政府信息公开条例》《教育部关于推进中小学信息公开工作的意见》")
                .deadlineText("信息形成或者变更之日起20个工作日内")
                .responsibleBody("翔安区教育局")
                .addChannels(ChannelKind.GOVERNMENT_WEBSITE, ChannelKind.WEIBO_WECHAT_APP,
                        ChannelKind.PUBLIC_READING_POINT)
                .addAudience(Audience.GENERAL_PUBLIC)
                .addMethod(DisclosureMethod.PROACTIVE)
                .addLevel(AdministrativeLevel.COUNTY)
                .build();
    }

    /**
     * 国有土地上房屋征收与补偿 / 征收 / 社会稳定风险评估, disclosed on request to the applicant (as 遂溪县 lists it).
     *
     * @return a valid on-request item
     */
    public static DisclosureItem validOnRequest() {
        return DisclosureItem.builder()
                .serialNumber("2")
                .domain("国有土地上房屋征收与补偿")
                .name("征收", "社会稳定风险评估")
                .content("社会稳定风险评估报告")
                .basis("《国有土地上房屋征收与补偿条例》")
                .deadlineText("自收到申请之日起20个工作日内公开")
                .responsibleBody("县人民政府")
                .addChannels(ChannelKind.OTHER)
                .addAudience(Audience.SPECIFIC_GROUP)
                .specificGroup("申请人")
                .addMethod(DisclosureMethod.ON_REQUEST)
                .addLevel(AdministrativeLevel.COUNTY)
                .build();
    }

    /** @return {@link #valid()} without its legal basis: fails ITEM_BASIS_MISSING */
    public static DisclosureItem withoutBasis() {
        return valid().toBuilder().basis("").build();
    }

    /** @return {@link #valid()} without content: fails ITEM_CONTENT_MISSING */
    public static DisclosureItem withoutContent() {
        return valid().toBuilder().content("").build();
    }

    /** @return {@link #valid()} without a responsible body: fails ITEM_BODY_MISSING */
    public static DisclosureItem withoutResponsibleBody() {
        return valid().toBuilder().responsibleBody("").build();
    }

    /** @return {@link #valid()} (proactive) without channels: fails PROACTIVE_WITHOUT_CHANNEL */
    public static DisclosureItem proactiveWithoutChannel() {
        return valid().toBuilder().channels(java.util.List.of()).build();
    }

    /** @return {@link #valid()} (proactive) without a deadline: fails PROACTIVE_WITHOUT_DEADLINE */
    public static DisclosureItem proactiveWithoutDeadline() {
        return valid().toBuilder().deadlineText("").build();
    }

    /** @return {@link #valid()} filed under a domain no registry knows: fails DOMAIN_UNKNOWN */
    public static DisclosureItem inUnknownDomain() {
        return valid().toBuilder().domain("星际航行").build();
    }

    /**
     * @return a 县级 catalog of 义务教育 holding {@link #valid()} twice: fails CATALOG_DUPLICATE_ITEM at
     *     {@code items[1].name}
     */
    public static Catalog catalogWithDuplicate() {
        return Catalog.builder().title("义务教育领域基层政务公开标准目录").addLevel(AdministrativeLevel.COUNTY)
                .addDomain("义务教育").addItem(valid())
                .addItem(valid().toBuilder().serialNumber("2").build()).build();
    }
}
