package org.gongkai.codecs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.ItemElement;
import org.gongkai.item.Provenance;

/**
 * Seeded generators of items and catalogs with odd text: Traditional characters, emoji (surrogate pairs), quotes,
 * commas, line breaks inside cells, leading =, +, -, @ and apostrophes, full-width punctuation, edge spaces.
 *
 * <p>{@code tableSafe} items keep to what a table can say (the CSV round trip): no text that reads as 同上 or as a
 * tick, channel texts without check-mark glyphs or edge spaces, a channel's kind being the one its text names, a
 * specific-group description only with the 特定群体 tick, non-blank 一级事项 and 领域, non-empty extras.
 */
public final class Generators {
    private static final String[] PIECES = {"財政預決算", "信息形成或者變更之日起20個工作日內", "😀", "𠀀", "\"引号\"", "a,b",
        "第一行\n第二行", "=SUM(A1)", "+86 0816", "-1", "@home", "'=x", "''", "全角，标点（）：；", " 前导空格", "尾随空格 ",
        "《中华人民共和国政府信息公开条例》", "〔2019〕54号", "http://nr.dg.gov.cn/", "●随迁子女入学办法", "1.政府网站 2.两微一端",
        "tab\there", "\r\n", "√", "口", "■", "同上x", "x同上", "，", "ab", "乡镇便民服务中心/村委会示栏", "ᠮᠣᠩᠭᠣᠯ"};
    private static final String[] NAMED_CHANNELS = {"铁力市政府网站", "高新区(掇刀区)政府网站", "嘉荫县司法局公众号", "政府網站",
        "办税服务厅", "乡镇便民服务中心/村委会示栏", "广东省建筑市场监管公共服务平台", "信用中国网站", "政府门户网站",
        "区政府門戶網站 http://www.example.gov.cn/"};
    /** Deadline phrases of real catalogs (deadline-phrases.md), so that every class of rule is written. */
    private static final String[] DEADLINES = {"信息形成或者变更之日起20个工作日内", "自收到申请之日起20个工作日内", "及时公开",
        "实时公开", "长期公开", "常年公开", "动态调整", "公示期不少于7个工作日", "每季度", "每年1月31日前", "同上",
        "信息形成或者變更之日起20個工作日內", "自该信息形成或者变更之日起5个工作日内;长期公示", "20个工作日",
        "法律、法规另有规定的，从其规定", "自批准之日起7日内", "征求意见期限不得少于30日", "分配结果确定后20个工作日内"};
    private static final String[] GROUPS = {"申请人", "项目单位", "在征收范围内", "面向拟征收土地所在地的村集体成员", "法律援助申请人、受指派的法律援助人员"};
    private static final String[] EXTRA_KEYS = {"咨询电话", "备注", "责任科室", "监督举报电话"};
    private static final String[] DOMAINS = {"义务教育", "財政預決算", "社会救助", "公共法律服务", "卫生健康(公共事业单位)"};

    private Generators() {
    }

    /**
     * @param r the random source the pieces are drawn from
     * @return odd text of 0–4 pieces (may be empty)
     */
    public static String text(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String nonEmpty(SplittableRandom r) {
        String s = text(r);
        return s.isBlank() ? s + PIECES[r.nextInt(PIECES.length)] + "事项" : s;
    }

    private static <E extends Enum<E>> EnumSet<E> subset(SplittableRandom r, Class<E> type) {
        EnumSet<E> s = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (r.nextInt(3) == 0) {
                s.add(e);
            }
        }
        return s;
    }

    /**
     * @param r the random source
     * @param above the item above (for inherited elements), or null
     * @param tableSafe keep to what a table can say
     * @return an item
     */
    public static DisclosureItem item(SplittableRandom r, DisclosureItem above, boolean tableSafe) {
        DisclosureItem.Builder b = DisclosureItem.builder().serialNumber(tableSafe ? safe(r, text(r)) : text(r));
        b.domain(tableSafe ? DOMAINS[r.nextInt(DOMAINS.length)] : text(r));
        String category = tableSafe ? safe(r, nonEmpty(r)) : text(r);
        String item = tableSafe ? safe(r, nonEmpty(r)) : text(r);
        String sub = r.nextInt(4) == 0 ? (tableSafe ? safe(r, nonEmpty(r)) : text(r)) : "";
        EnumSet<ItemElement> inherited = EnumSet.noneOf(ItemElement.class);
        if (above != null && r.nextInt(4) == 0) {
            category = above.name().category();
            inherited.add(ItemElement.NAME);
        }
        b.name(new org.gongkai.item.ItemName(category, item, sub));
        b.content(tableSafe ? safe(r, text(r)) : text(r));
        if (above != null && r.nextInt(3) == 0 && !above.basis().text().isEmpty()) {
            b.basis(above.basis());
            inherited.add(ItemElement.BASIS);
        } else {
            b.basis(tableSafe ? safe(r, text(r)) : text(r));
        }
        String deadline = r.nextBoolean() ? DEADLINES[r.nextInt(DEADLINES.length)] : text(r);
        b.deadlineText(tableSafe ? safe(r, deadline) : deadline);
        b.responsibleBody(tableSafe ? safe(r, text(r)) : text(r));
        if (above != null && r.nextInt(5) == 0 && !above.channels().isEmpty()) {
            b.channels(above.channels());
            inherited.add(ItemElement.CHANNELS);
        } else {
            List<Channel> ch = new ArrayList<>();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int pick = r.nextInt(3);
                if (pick == 0) {
                    ch.add(Channel.of(ChannelKind.values()[r.nextInt(ChannelKind.values().length)]));
                } else if (pick == 1 || tableSafe) {
                    ch.add(Channel.parse(NAMED_CHANNELS[r.nextInt(NAMED_CHANNELS.length)]));
                } else {
                    ch.add(Channel.of(null, text(r)));
                }
            }
            b.channels(ch);
        }
        EnumSet<Audience> aud = subset(r, Audience.class);
        b.audiences(aud);
        if (aud.contains(Audience.SPECIFIC_GROUP) || !tableSafe) {
            b.specificGroup(r.nextBoolean() ? GROUPS[r.nextInt(GROUPS.length)] : "");
        }
        b.methods(subset(r, DisclosureMethod.class));
        b.levels(subset(r, AdministrativeLevel.class));
        b.stages(subset(r, DisclosureStage.class));
        if (!tableSafe) {
            inherited.addAll(subset(r, ItemElement.class));
        }
        b.inherited(inherited);
        int extras = r.nextInt(3);
        for (int i = 0; i < extras; i++) {
            String v = nonEmpty(r);
            b.putExtra(tableSafe ? EXTRA_KEYS[r.nextInt(EXTRA_KEYS.length)] : text(r), tableSafe ? safe(r, v) : v);
        }
        return b.build();
    }

    /** Text a table cell cannot tell from 同上 or blank is replaced. */
    private static String safe(SplittableRandom r, String s) {
        String n = s.replaceAll("\\s", "");
        if (n.equals("同上") || n.equals("同上行") || n.equals("同上一行") || n.equals("同前")) {
            return "同 上下";
        }
        return s;
    }

    /**
     * @param r the random source
     * @param size the number of items
     * @param tableSafe keep to what a table can say
     * @return a catalog
     */
    public static Catalog catalog(SplittableRandom r, int size, boolean tableSafe) {
        Catalog.Builder b = Catalog.builder().title(tableSafe ? nonEmpty(r) : text(r)).publisher(tableSafe ? "" : text(r));
        List<DisclosureItem> items = new ArrayList<>();
        DisclosureItem above = null;
        for (int i = 0; i < size; i++) {
            DisclosureItem it = item(r, above, tableSafe);
            items.add(it);
            above = it;
        }
        if (!tableSafe) {
            b.levels(subset(r, AdministrativeLevel.class));
            b.addDomain(text(r));
            b.provenance(new Provenance(text(r), r.nextBoolean() ? Optional.of(LocalDate.of(2019 + r.nextInt(7),
                    1 + r.nextInt(12), 1 + r.nextInt(28))) : Optional.empty(), text(r)));
        } else {
            items.stream().map(DisclosureItem::domain).distinct().forEach(b::addDomain);
        }
        return b.addItems(items).build();
    }
}
