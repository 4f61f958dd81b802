package org.gongkai.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureAttribute;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.ItemName;
import org.gongkai.item.NegativeList;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.validation.assertj.SampleItems;

/**
 * One failing and one passing input for every rule code, each worked out from the Regulation or the standard. The
 * inputs are objects (item, catalog, record, list, pair of catalogs) so that both the facade and the Jakarta path
 * can be run on them.
 */
final class RuleCases {
    static final LocalDate AS_OF = LocalDate.of(2024, 11, 20);

    /**
     * @param code the rule
     * @param failing an input that breaks the rule
     * @param path where the violation is expected
     * @param value the offending value expected (null: not checked)
     * @param passing an input that keeps it (close to the failing one)
     * @param why the article and the reasoning
     */
    record Case(RuleCode code, Object failing, String path, String value, Object passing, String why) {
        @Override
        public String toString() {
            return code.name();
        }
    }

    /** A township catalog and a village catalog to compare. */
    record Pair(Catalog township, Catalog village) {
    }

    private RuleCases() {
    }

    static DisclosureValidator validator() {
        return DisclosureValidator.builder().calendar(WorkingDayCalendar.official()).asOf(AS_OF).build();
    }

    static ValidationReport run(DisclosureValidator v, Object input) {
        if (input instanceof DisclosureItem i) {
            return v.validate(i);
        }
        if (input instanceof Catalog c) {
            return v.validate(c);
        }
        if (input instanceof InformationRecord r) {
            return v.validate(r);
        }
        if (input instanceof NegativeList l) {
            return v.validate(l);
        }
        if (input instanceof Pair p) {
            return v.compareTownshipAndVillage(p.township(), p.village());
        }
        throw new IllegalArgumentException(String.valueOf(input));
    }

    private static DisclosureItem valid() {
        return SampleItems.valid();
    }

    private static Catalog catalog(AdministrativeLevel level, DisclosureItem... items) {
        Catalog.Builder b = Catalog.builder().addDomain("义务教育");
        if (level != null) {
            b.addLevel(level);
        }
        for (DisclosureItem i : items) {
            b.addItem(i);
        }
        return b.build();
    }

    private static DisclosureItem named(String serial, String category, String item, AdministrativeLevel... levels) {
        return valid().toBuilder().serialNumber(serial).name(category, item).levels(List.of(levels)).build();
    }

    private static InformationRecord.Builder withheld() {
        return InformationRecord.builder().title("某征收项目补偿协议").attribute(DisclosureAttribute.WITHHELD)
                .formedOn(LocalDate.of(2024, 9, 27)).withholdingReviewedOn(LocalDate.of(2024, 6, 1));
    }

    private static InformationRecord.Builder proactive() {
        return InformationRecord.builder().title("关于2024年秋季学期招生工作的通知")
                .attribute(DisclosureAttribute.PROACTIVE).formedOn(LocalDate.of(2024, 9, 27));
    }

    private static NegativeList list(NegativeList.Entry e) {
        return new NegativeList("某县教育局", List.of(e));
    }

    static List<Case> all() {
        List<Case> c = new ArrayList<>();
        DisclosureItem valid = valid();
        DisclosureItem onRequest = SampleItems.validOnRequest();
        // ---- elements required by 国办发〔2019〕54号 ----
        c.add(new Case(RuleCode.ITEM_NAME_MISSING, valid.toBuilder().name(new ItemName("", "", "")).build(), "name",
                "", valid, "54号: every item has a name (一级/二级事项)"));
        c.add(new Case(RuleCode.ITEM_CONTENT_MISSING, SampleItems.withoutContent(), "content", "", valid,
                "54号: 公开内容 is an element of every item"));
        c.add(new Case(RuleCode.ITEM_BASIS_MISSING, SampleItems.withoutBasis(), "basis", "", valid,
                "54号: 公开依据 is an element of every item"));
        c.add(new Case(RuleCode.ITEM_DEADLINE_MISSING, onRequest.toBuilder().deadlineText("").build(), "deadline",
                "", onRequest, "54号: 公开时限 is an element; an on-request item is not PROACTIVE_WITHOUT_DEADLINE"));
        c.add(new Case(RuleCode.ITEM_BODY_MISSING, SampleItems.withoutResponsibleBody(), "responsibleBody", "",
                valid, "54号: 公开主体 is an element of every item"));
        c.add(new Case(RuleCode.ITEM_CHANNEL_MISSING, onRequest.toBuilder().channels(List.of()).build(), "channels",
                "", onRequest, "54号: 公开渠道和载体 is an element; on request, so WARNING not the Art. 23 ERROR"));
        c.add(new Case(RuleCode.ITEM_AUDIENCE_MISSING, valid.toBuilder().audiences(List.of()).build(), "audiences",
                "", valid, "54号: 公开对象 (全社会/特定群体) is an element"));
        c.add(new Case(RuleCode.ITEM_METHOD_MISSING, valid.toBuilder().methods(List.of()).build(), "methods", "",
                valid, "54号: 公开方式 (主动/依申请) is an element"));
        c.add(new Case(RuleCode.ITEM_LEVEL_MISSING,
                catalog(AdministrativeLevel.TOWNSHIP, named("1", "招生管理", "招生政策")), "items[0].levels", "",
                catalog(AdministrativeLevel.TOWNSHIP, named("1", "招生管理", "招生政策", AdministrativeLevel.TOWNSHIP)),
                "54号: a catalog with 公开层级 columns ticks each item's level"));
        c.add(new Case(RuleCode.LEVEL_NOT_IN_CATALOG,
                catalog(AdministrativeLevel.TOWNSHIP, named("1", "招生管理", "招生政策", AdministrativeLevel.COUNTY)),
                "items[0].levels", "县级",
                catalog(AdministrativeLevel.TOWNSHIP, named("1", "招生管理", "招生政策", AdministrativeLevel.COUNTY,
                        AdministrativeLevel.TOWNSHIP)),
                "a 乡级 catalog lists an item ticked only 县级: not the township's to publish"));
        c.add(new Case(RuleCode.PROACTIVE_WITHOUT_CHANNEL, SampleItems.proactiveWithoutChannel(), "channels", "",
                valid, "Art. 23: proactive information is published through 政府公报、政府网站 … channels"));
        c.add(new Case(RuleCode.PROACTIVE_WITHOUT_DEADLINE, SampleItems.proactiveWithoutDeadline(), "deadline", "",
                valid, "Art. 26: proactive information within 20 working days unless a law says otherwise"));
        c.add(new Case(RuleCode.DOMAIN_UNKNOWN, SampleItems.inUnknownDomain(), "domain", "星际航行",
                valid.toBuilder().domain("环境保护").build(),
                "54号: the 26 domains (环境保护 is one; 星际航行 is none and is not registered)"));
        c.add(new Case(RuleCode.DOMAIN_MISSING, valid.toBuilder().domain("").build(), "domain", "",
                valid.toBuilder().domain("环境保护").build(),
                "54号: every item belongs to a domain; a table that names none (no 领域 column, no title) must be told"));
        c.add(new Case(RuleCode.DEADLINE_UNREADABLE, valid.toBuilder().deadlineText("视情况而定").build(), "deadline",
                "视情况而定", valid.toBuilder().deadlineText("同上").build(),
                "Art. 26 needs a deadline one can read; 同上 (the row above) is read, 视情况而定 sets none"));
        c.add(new Case(RuleCode.DEADLINE_EXCEEDS_ART26,
                valid.toBuilder().deadlineText("信息形成或者变更之日起30个工作日内").build(), "deadline",
                "信息形成或者变更之日起30个工作日内",
                valid.toBuilder().deadlineText("信息形成或者变更之日起30个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。")
                        .build(),
                "Art. 26: 20 working days; 30 exceeds it, the basis cites only the Regulation and a 教育部 意见 (no law); "
                        + "the fallback clause defers to the laws that allow it"));
        // ---- records ----
        c.add(new Case(RuleCode.RECORD_ATTRIBUTE_MISSING, proactive().attribute(null).publishedOn(
                LocalDate.of(2024, 10, 8)).build(), "attribute", "",
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).build(),
                "源头认定: 主动公开/依申请公开/不予公开 is determined when the document is drafted"));
        c.add(new Case(RuleCode.RECORD_PUBLISHED_LATE, proactive().publishedOn(LocalDate.of(2024, 11, 1)).build(),
                "publishedOn", "2024-11-01 (due 2024-10-30, 2 working days late)",
                proactive().publishedOn(LocalDate.of(2024, 10, 30)).build(),
                "Art. 26: formed Fri 2024-09-27 (day 0); Sun 9-29 worked (1), Mon 9-30 (2), 10-1..10-7 holiday, "
                        + "10-8..10-11 (3-6), Sat 10-12 worked (7), 10-14..10-18 (8-12), 10-21..10-25 (13-17), "
                        + "10-28..10-30 (18-20) → due Wed 2024-10-30; published Fri 11-01: 10-31, 11-01 = 2 late"));
        c.add(new Case(RuleCode.RECORD_PUBLICATION_OVERDUE, proactive().build(), "publishedOn",
                "unpublished on 2024-11-20 (due 2024-10-30, 15 working days overdue)",
                proactive().publishedOn(LocalDate.of(2024, 10, 25)).build(),
                "Art. 26: due 2024-10-30 (see above); on 2024-11-20 still unpublished: 10-31, 11-1, 11-4..8, "
                        + "11-11..15, 11-18..20 = 15 working days overdue"));
        c.add(new Case(RuleCode.RECORD_DEADLINE_NOT_COMPUTABLE,
                proactive().formedOn(LocalDate.of(2026, 12, 20)).publishedOn(LocalDate.of(2026, 12, 30)).build(),
                "formedOn", "2026-12-20 (no working-day data for 2027-01-01)",
                proactive().publishedOn(LocalDate.of(2024, 10, 30)).build(),
                "Art. 26 counts working days; the official calendar has no data for 2027 (its notice is not out): "
                        + "2026-12-21..12-31 hold 9 working days, so the 20th after 2026-12-20 is unknown"));
        c.add(new Case(RuleCode.RECORD_GROUND_MISSING, withheld().build(), "grounds", "",
                withheld().addGround(NonDisclosureGround.THIRD_PARTY_RIGHTS).build(),
                "Art. 36(3) and 54号: 不予公开 states its legal ground"));
        c.add(new Case(RuleCode.RECORD_GROUND_NOT_STATUTORY,
                withheld().addGround(NonDisclosureGround.ADMINISTRATIVE_QUERY).build(), "grounds", "行政查询事项",
                withheld().addGround(NonDisclosureGround.PROHIBITED_BY_LAW).build(),
                "Art. 14–16 list the grounds; 行政查询事项 is only a category of the annual report"));
        c.add(new Case(RuleCode.RECORD_GROUND_UNRECOGNIZED, withheld().groundText("领导未批准").build(), "groundText",
                "领导未批准", withheld().groundText("涉及商业秘密、个人隐私").build(),
                "Art. 15 names 商业秘密、个人隐私; 领导未批准 is no ground of Art. 14–16"));
        c.add(new Case(RuleCode.RECORD_DISCRETIONARY_GROUND_OVERRIDDEN_BY_LAW,
                withheld().addGround(NonDisclosureGround.PROCESS_DRAFT)
                        .lawRequiringDisclosure("《重大行政决策程序暂行条例》").build(), "grounds",
                "《重大行政决策程序暂行条例》",
                withheld().addGround(NonDisclosureGround.PROCESS_DRAFT).build(),
                "Art. 16 ¶2: 法律、法规、规章规定上述信息应当公开的，从其规定"));
        c.add(new Case(RuleCode.RECORD_THIRD_PARTY_OVERRIDE,
                withheld().addGround(NonDisclosureGround.THIRD_PARTY_RIGHTS).thirdPartyConsented(true).build(),
                "grounds", "third party consented",
                withheld().addGround(NonDisclosureGround.THIRD_PARTY_RIGHTS).addGround(NonDisclosureGround.STATE_SECRET)
                        .thirdPartyConsented(true).build(),
                "Art. 15: 第三方同意公开 → 予以公开; a state secret (Art. 14) still binds"));
        c.add(new Case(RuleCode.WITHHELD_NOT_REVIEWED,
                withheld().addGround(NonDisclosureGround.STATE_SECRET)
                        .withholdingReviewedOn(LocalDate.of(2023, 11, 19)).build(),
                "withholdingReviewedOn", "last reviewed 2023-11-19",
                withheld().addGround(NonDisclosureGround.STATE_SECRET)
                        .withholdingReviewedOn(LocalDate.of(2023, 11, 20)).build(),
                "按年度评估: reviewed 2023-11-19, more than a year before 2024-11-20; 2023-11-20 is exactly a year"));
        c.add(new Case(RuleCode.PROACTIVE_RECORD_HAS_WITHHELD_PARTS,
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).containsWithheldParts(true).build(),
                "containsWithheldParts", "true", proactive().publishedOn(LocalDate.of(2024, 10, 8)).build(),
                "源头认定: a 主动公开 document may not contain 依申请/不予公开 parts (Art. 37: separate them)"));
        c.add(new Case(RuleCode.REPEALED_STILL_CURRENT,
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).repealedOn(LocalDate.of(2024, 11, 20))
                        .listedAsCurrent(true).build(),
                "listedAsCurrent", "repealed 2024-11-20",
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).repealedOn(LocalDate.of(2024, 11, 21))
                        .listedAsCurrent(true).build(),
                "Art. 6 (accurate): repealed on the day of validation is no longer current; tomorrow's repeal is"));
        c.add(new Case(RuleCode.DOCUMENT_NUMBER_INVALID,
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).documentNumber("税总发〔201744号").build(),
                "documentNumber", "税总发〔201744号",
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).documentNumber("税总发[2017]44号").build(),
                "GB/T 9704: 机关代字〔年份〕序号; the real 税收管理 row lost its 〕 (damage), [] is an accepted variant"));
        c.add(new Case(RuleCode.INDEX_NUMBER_INVALID,
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).indexNumber("11370300MB28347540/2021-None").build(),
                "indexNumber", "11370300MB28347540/2021-None",
                proactive().publishedOn(LocalDate.of(2024, 10, 8)).indexNumber("11500382774856013D/2024-00016")
                        .build(),
                "Art. 12 索引: zbjkq.gov.cn renders a missing sequence as None; 双槐镇's number is whole"));
        // ---- catalogs ----
        c.add(new Case(RuleCode.CATALOG_DUPLICATE_ITEM, SampleItems.catalogWithDuplicate(), "items[1].name",
                "招生管理 / 招生政策 (as items[0])",
                catalog(null, named("1", "招生管理", "招生政策"), named("2", "招生管理", "招生计划")),
                "54号: one row per item"));
        c.add(new Case(RuleCode.CATALOG_SERIAL_GAP,
                catalog(null, named("1", "招生管理", "招生政策"), named("2", "招生管理", "招生计划"),
                        named("4", "招生管理", "招生范围")), "items[2].serialNumber", "4 after 2",
                catalog(null, named("1", "招生管理", "招生政策"), named("2", "招生管理", "招生计划"),
                        named("3", "招生管理", "招生范围")), "序号 counts 1, 2, 3: 3 is missing"));
        c.add(new Case(RuleCode.CATALOG_SERIAL_REPEAT,
                catalog(null, named("1", "招生管理", "招生政策"), named("2", "招生管理", "招生计划"),
                        named("2", "招生管理", "招生范围")), "items[2].serialNumber", "2",
                catalog(null, named("1", "招生管理", "招生政策"), named("2", "招生管理", "招生计划"),
                        named("1", "学生管理", "义务教育学生资助政策")),
                "序号 2 twice; numbering restarting at 1 for a new category is allowed"));
        c.add(new Case(RuleCode.CATALOG_ITEM_OUTSIDE_DOMAINS,
                catalog(null, named("1", "招生管理", "招生政策"),
                        named("2", "最低生活保障", "审核信息").toBuilder().domain("社会救助").build()),
                "items[1].domain", "社会救助",
                catalog(null, named("1", "招生管理", "招生政策"),
                        named("2", "招生管理", "招生计划").toBuilder().domain("义务教育").build()),
                "a 义务教育 catalog holds a 社会救助 item"));
        c.add(new Case(RuleCode.CATALOG_MISSING_STANDARD_ITEMS,
                catalog(AdministrativeLevel.TOWNSHIP,
                        named("1", "招生管理", "招生政策", AdministrativeLevel.TOWNSHIP),
                        named("2", "招生管理", "招生计划", AdministrativeLevel.TOWNSHIP),
                        named("3", "招生管理", "招生范围", AdministrativeLevel.TOWNSHIP),
                        named("4", "学生管理", "义务教育学生资助政策", AdministrativeLevel.TOWNSHIP)),
                "domains[0]", "重要政策执行情况 / 控辍保学",
                catalog(AdministrativeLevel.TOWNSHIP,
                        named("1", "招生管理", "招生政策", AdministrativeLevel.TOWNSHIP),
                        named("2", "招生管理", "招生计划", AdministrativeLevel.TOWNSHIP),
                        named("3", "招生管理", "招生范围", AdministrativeLevel.TOWNSHIP),
                        named("4", "学生管理", "义务教育学生资助政策", AdministrativeLevel.TOWNSHIP),
                        named("5", "重要政策执行情况", "控辍保学", AdministrativeLevel.TOWNSHIP)),
                "the bundled 义务教育 guide (教育部, consensus-of-3) has 5 items at 乡级; the 县级-only ones are "
                        + "not expected of a 乡级 catalog; 控辍保学 is missing"));
        c.add(new Case(RuleCode.NEGATIVE_LIST_ENTRY_WITHOUT_GROUND,
                list(new NegativeList.Entry("学生个人信息", java.util.Set.of(), "")), "entries[0].grounds",
                "学生个人信息",
                list(new NegativeList.Entry("学生个人信息", java.util.Set.of(NonDisclosureGround.THIRD_PARTY_RIGHTS),
                        "涉及个人隐私")),
                "负面清单: each entry states its ground (Art. 14–16)"));
        c.add(new Case(RuleCode.NEGATIVE_LIST_GROUND_NOT_STATUTORY,
                list(new NegativeList.Entry("学籍查询", java.util.Set.of(NonDisclosureGround.ADMINISTRATIVE_QUERY), "")),
                "entries[0].grounds", "行政查询事项",
                list(new NegativeList.Entry("学籍查询", java.util.Set.of(), "法律、行政法规禁止公开")),
                "行政查询事项 is no ground of Art. 14–16; 法律、行政法规禁止公开 is Art. 14"));
        c.add(new Case(RuleCode.NEGATIVE_LIST_GROUND_UNRECOGNIZED,
                list(new NegativeList.Entry("内部会议纪要", java.util.Set.of(), "其他原因")), "entries[0].groundText",
                "其他原因", list(new NegativeList.Entry("内部会议纪要", java.util.Set.of(), "讨论记录")),
                "讨论记录 is Art. 16 ¶2; 其他原因 is none"));
        DisclosureItem township = valid.toBuilder().domain("社会救助").name("最低生活保障", "审核信息")
                .content("低保对象名单、保障金额").build();
        c.add(new Case(RuleCode.TOWNSHIP_VILLAGE_CONTENT_DIFFERS,
                new Pair(Catalog.builder().addItem(township).build(),
                        Catalog.builder().addItem(township.toBuilder().content("低保对象名单").build()).build()),
                "items[0].content", "乡级: 低保对象名单、保障金额 | 村级: 低保对象名单",
                new Pair(Catalog.builder().addItem(township).build(),
                        Catalog.builder().addItem(township.toBuilder().content("●低保对象名单 ●保障金额").build()).build()),
                "54号: 相同事项的公开内容对应一致; bullets and punctuation are layout, not content"));
        return c;
    }

    /** @return a validator whose registry also holds a local domain (a registered local domain is known) */
    static Supplier<DisclosureValidator> withLocalDomain() {
        return () -> DisclosureValidator.builder()
                .domains(Domains.standard().withOverlay(List.of(Domain.local("interstellar", "星际航行", "Space"))))
                .build();
    }
}
