package org.gongkai.item;

import java.util.Optional;

/**
 * The standard vocabulary of 公开渠道和载体 (publication channels) of the 2019 national guides, the channels some
 * domains' guides add, and the newer (2023) vocabulary. A channel a catalog writes that is none of these is kept as
 * free text by {@link Channel}.
 */
public enum ChannelKind {
    /** 政府网站. */
    GOVERNMENT_WEBSITE("政府网站", "政府门户网站", "门户网站", "政府网"),
    /** 政府公报. */
    GOVERNMENT_GAZETTE("政府公报", "公报"),
    /** 两微一端 (government microblog, WeChat account and app). */
    WEIBO_WECHAT_APP("两微一端", "一微一端", "微博微信客户端"),
    /** 发布会/听证会. */
    PRESS_CONFERENCE_OR_HEARING("发布会/听证会", "发布会", "听证会", "新闻发布会", "发布会、听证会", "发布会听证会"),
    /** 广播电视. */
    RADIO_TELEVISION("广播电视", "广播", "电视"),
    /** 纸质媒体. */
    PRINT_MEDIA("纸质媒体", "报刊", "报纸", "纸质载体"),
    /** 公开查阅点. */
    PUBLIC_READING_POINT("公开查阅点", "查阅点", "政府信息公开查阅点", "信息公开查阅点", "查询点"),
    /** 政务服务中心. */
    GOVERNMENT_SERVICE_CENTER("政务服务中心", "政府服务中心", "政务服务大厅", "便民服务中心", "行政服务中心"),
    /** 便民服务站. */
    CONVENIENCE_SERVICE_STATION("便民服务站", "便民服务点"),
    /** 入户/现场. */
    DOOR_TO_DOOR_OR_ON_SITE("入户/现场", "入户/现场宣传", "入户", "现场", "入户、现场"),
    /** 社区/企事业单位/村公示栏(电子屏). */
    BULLETIN_BOARD("社区/企事业单位/村公示栏(电子屏)", "公示栏", "村公示栏", "社区公示栏", "嘎查(社区)公示栏", "线下公示栏",
            "村务公开栏", "公开栏", "电子屏", "社区/企事业单位/村公示栏", "村(居)公示栏", "公示公开栏", "镇村公示公开栏",
            "社区/村公示栏", "社区/村公示栏(电子屏)", "社区/企事业单位、村公示栏(电子屏)", "公告栏", "宣传栏"),
    /** 精准推送. */
    TARGETED_PUSH("精准推送", "精准报送"),
    /** 政务新媒体 (2023 vocabulary). */
    GOVERNMENT_NEW_MEDIA("政务新媒体", "新媒体", "公众号", "微信公众号"),
    /** 提供政务服务的场所 (2023 vocabulary). */
    GOVERNMENT_SERVICE_VENUE("提供政务服务的场所"),
    /** 图书馆 (2023 vocabulary). */
    LIBRARY("图书馆"),
    /** 国家档案馆 (2023 vocabulary). */
    NATIONAL_ARCHIVES("国家档案馆", "档案馆"),
    /** 党群服务中心. */
    PARTY_AND_PUBLIC_SERVICE_CENTER("党群服务中心"),
    /** 投资项目在线审批监管平台 (重大建设项目). */
    INVESTMENT_PROJECT_APPROVAL_PLATFORM("投资项目在线审批监管平台"),
    /** 征地信息公开平台 (征地补偿). */
    LAND_EXPROPRIATION_PLATFORM("征地信息公开平台"),
    /** 招标投标公共服务平台. */
    BIDDING_SERVICE_PLATFORM("招标投标公共服务平台", "招投标公共服务平台"),
    /** 公共资源交易平台. */
    PUBLIC_RESOURCE_TRADING_PLATFORM("公共资源交易平台"),
    /** 信用中国网站. */
    CREDIT_CHINA("信用中国网站", "信用中国"),
    /** 法律服务网 (中国法律服务网 and its provincial sites). */
    LEGAL_SERVICE_NETWORK("法律服务网", "其他法律服务网"),
    /** 基层公共服务平台. */
    GRASSROOTS_SERVICE_PLATFORM("基层公共服务平台"),
    /** 国家企业信用信息公示系统. */
    ENTERPRISE_CREDIT_SYSTEM("国家企业信用信息公示系统"),
    /** 政务服务网 (a province's online service portal). */
    GOVERNMENT_SERVICE_PORTAL("政务服务网"),
    /** 12345政务服务热线 (the government service hotline). */
    GOVERNMENT_HOTLINE("12345政务服务热线", "政务服务热线", "12345热线", "12345便民服务热线"),
    /** 其他: any other channel (the catalog may name it after the word). */
    OTHER("其他");

    private static final Labels<ChannelKind> LABELS = Labels.of("公开渠道 (ChannelKind)", ChannelKind.class,
            e -> e.labels);
    private final String[] labels;

    ChannelKind(String label, String... variants) {
        this.labels = Labels.with(label, variants);
    }

    /** @return the exact Chinese label of the guides */
    public String label() {
        return labels[0];
    }

    /** @return the label and its variants, label first (package use: matching inside longer text) */
    String[] labels() {
        return labels.clone();
    }

    /**
     * @param text a label or variant
     * @return the channel kind
     * @throws org.gongkai.data.UnknownLabelException naming the text when it is none of them, and for null (named
     *     "null"; reliability audit D16)
     */
    public static ChannelKind fromLabel(CharSequence text) {
        return LABELS.require(text);
    }

    /**
     * @param text any text
     * @return the kind it names exactly (after normalisation), if any
     */
    public static Optional<ChannelKind> find(CharSequence text) {
        return LABELS.find(text);
    }
}
