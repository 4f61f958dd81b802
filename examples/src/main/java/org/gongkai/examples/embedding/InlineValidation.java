package org.gongkai.examples.embedding;

import java.util.List;
import java.util.Locale;
import org.gongkai.item.Audience;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.ValidationReport;

/**
 * A county platform builds a disclosure item from its own record and validates it inline, before it is published:
 * one validator for the whole application (it is immutable and thread-safe), one report per item.
 */
public final class InlineValidation {
    /** Built once: every rule of the standard, messages in Chinese. */
    private static final DisclosureValidator VALIDATOR = DisclosureValidator.builder()
            .locale(Locale.SIMPLIFIED_CHINESE).build();

    private InlineValidation() {
    }

    /**
     * The item as the platform's form gives it.
     *
     * @param domain 试点领域
     * @param category 一级事项
     * @param item 二级事项
     * @param content 公开内容
     * @param basis 公开依据 (may be empty: the report will say so)
     * @param deadline 公开时限
     * @param body 公开主体
     * @return the item, built whatever its defects (the model holds imperfect items so that they can be reported)
     */
    public static DisclosureItem fromForm(String domain, String category, String item, String content, String basis,
            String deadline, String body) {
        return DisclosureItem.builder()
                .domain(domain).name(category, item).content(content).basis(basis)
                .deadlineText(deadline).responsibleBody(body)
                .addChannels(ChannelKind.GOVERNMENT_WEBSITE)
                .addAudience(Audience.GENERAL_PUBLIC).addMethod(DisclosureMethod.PROACTIVE)
                .build();
    }

    /**
     * @param item an item
     * @return its report: {@link ValidationReport#isValid()} is false when a rule of severity ERROR fails
     */
    public static ValidationReport check(DisclosureItem item) {
        return VALIDATOR.validate(item);
    }

    /**
     * @param item an item
     * @return one line per violation, e.g. {@code ERROR ITEM_BASIS_MISSING basis: 缺少公开依据}
     */
    public static List<String> messages(DisclosureItem item) {
        return check(item).messages();
    }

    /**
     * Prints the report of an item without legal basis.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        DisclosureItem item = fromForm("义务教育", "招生管理", "招生政策", "随迁子女入学办法", "",
                "信息形成或者变更之日起20个工作日内", "翔安区教育局");
        messages(item).forEach(System.out::println);
    }
}
