package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code deadline parse TEXT}: the JSON object of the contract (kind, amount, trigger, parts, fallbackClause, source, canonical). */
class DeadlineParseTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String text) {
        Cli.Result r = Cli.run("deadline", "parse", text);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        return (Map<String, Object>) r.json();
    }

    @Test
    void statutoryWindowWithFallbackClause() {
        // Regulation Art. 26: 自该政府信息形成或者变更之日起20个工作日内; 法律、法规对…另有规定的，从其规定
        String text = "信息形成或者变更之日起20个工作日内；法律、法规另有规定的，从其规定";
        Map<String, Object> json = parse(text);
        assertThat(json).containsEntry("kind", "WORKING_DAYS_AFTER")
                .containsEntry("amount", new BigDecimal(20))
                .containsEntry("trigger", Map.of("kind", "INFORMATION_FORMED_OR_CHANGED", "text", "信息形成或者变更"))
                .containsEntry("fallbackClause", true)
                .containsEntry("source", text)
                .containsEntry("canonical", text);
        assertThat(json.keySet()).startsWith("kind")
                .endsWith("fallbackClause", "source", "canonical", "partial", "unread");
        assertThat(json).containsEntry("direction", "AFTER").containsEntry("partial", false)
                .containsEntry("unread", List.of());
    }

    @Test
    void calendarWindowOfTheBudgetLaw() {
        // 预算法 Art. 14: 批准后20日内 (calendar days)
        Map<String, Object> json = parse("本级人民代表大会或其常务委员会批准后20日内");
        assertThat(json).containsEntry("kind", "CALENDAR_DAYS_AFTER").containsEntry("amount", new BigDecimal(20))
                .containsEntry("fallbackClause", false);
        assertThat(json.get("trigger")).isInstanceOf(Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void compoundHasParts() {
        // a real catalog phrase: decisions in 7 working days, the rest in 20
        String text = "执法决定信息在决定作出之日起7个工作日内公开,其他相关信息形成或变更之日起20个工作日内公开";
        Map<String, Object> json = parse(text);
        assertThat(json).containsEntry("kind", "COMPOUND").containsEntry("source", text).doesNotContainKey("amount");
        List<Map<String, Object>> parts = (List<Map<String, Object>>) json.get("parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).containsEntry("scope", "执法决定信息").containsEntry("kind", "WORKING_DAYS_AFTER")
                .containsEntry("amount", new BigDecimal(7));
        assertThat(parts.get(1)).containsEntry("scope", "其他相关信息").containsEntry("amount", new BigDecimal(20));
    }

    @Test
    void kindsWithoutWindow() {
        assertThat(parse("长期公开")).containsEntry("kind", "STANDING").doesNotContainKeys("amount", "parts");
        assertThat(parse("及时公开")).containsEntry("kind", "IMMEDIATE");
        assertThat(parse("每年1月31日前")).containsEntry("kind", "FIXED_DATE");  // Art. 49, the annual report
        assertThat(parse("每季度")).containsEntry("kind", "PERIODIC");
        assertThat(parse("同上")).containsEntry("kind", "SAME_AS_ABOVE");
        assertThat(parse("公示7个工作日")).containsEntry("kind", "PUBLICITY_PERIOD");
    }

    @Test
    void unreadableTextIsUnrecognizedNotAnError() {
        Map<String, Object> json = parse("请见附件");
        assertThat(json).containsEntry("kind", "UNRECOGNIZED").containsEntry("source", "请见附件")
                .containsEntry("canonical", "请见附件").containsKey("reason");
    }

    @Test
    void aWindowBeforeAnEventSaysSo() {
        // issue 14: 在召开听证会5个工作日前公开 runs BEFORE the hearing
        Map<String, Object> json = parse("在召开听证会5个工作日前公开");
        assertThat(json).containsEntry("kind", "WORKING_DAYS_AFTER").containsEntry("amount", new BigDecimal(5))
                .containsEntry("direction", "BEFORE")
                .containsEntry("trigger", Map.of("kind", "MEETING_HELD", "text", "召开听证会"));
    }

    @Test
    void onRequestCitesItsArticle() {
        // Regulation Art. 33: answered within 20 working days of the request's receipt
        Map<String, Object> json = parse("依申请公开");
        assertThat(json).containsEntry("kind", "ON_REQUEST")
                .containsEntry("article", "《中华人民共和国政府信息公开条例》第三十三条")
                .containsEntry("workingDays", new BigDecimal(20));
    }

    @Test
    void unreadTextIsShownAndTheCaveatIsTheNote() {
        Map<String, Object> partial = parse("信息形成之日起20个工作日内；第三季度末");
        assertThat(partial).containsEntry("kind", "WORKING_DAYS_AFTER").containsEntry("partial", true)
                .containsEntry("unread", List.of("第三季度末"));
        Map<String, Object> noted = parse("征求意见期限一般不少于30日；因情况紧急需要缩短期限的，应当予以说明");
        assertThat(noted).containsEntry("kind", "PUBLICITY_PERIOD").containsEntry("partial", false)
                .containsEntry("note", "因情况紧急需要缩短期限的，应当予以说明");
    }
}
