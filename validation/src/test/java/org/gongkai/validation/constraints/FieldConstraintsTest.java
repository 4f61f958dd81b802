package org.gongkai.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.gongkai.validation.RuleCode;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Field constraints on a business system's plain strings, with no configuration. */
class FieldConstraintsTest {
    static {
        org.gongkai.validation.testing.HibernateValidatorAccess.grant();
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static List<String> failures(Beans.ItemForm form) {
        return validator.validate(form).stream()
                .map(v -> v.getPropertyPath() + ":" + RuleCode.fromMessageTemplate(v.getMessageTemplate()).orElseThrow())
                .sorted().toList();
    }

    @Test
    void knownDomainsAndAttributeLabelsPass() {
        // 环境保护 is one of the 26 (54号); 生态环境 is its later name; 統計 (Traditional) is an extension domain
        // added after the 26; 此件公开发布 is the marking printed on proactive documents.
        assertThat(failures(new Beans.ItemForm("环境保护", "统计", "此件公开发布"))).isEmpty();
        assertThat(failures(new Beans.ItemForm("生态环境", "統計", "不予公开"))).isEmpty();
        assertThat(failures(new Beans.ItemForm(null, null, null))).isEmpty();
    }

    @Test
    void unknownDomainsAndLabelsFailWithTheirRuleCodes() {
        // 统计 is no standard domain unless the extensions are accepted; 内部公开 is none of the three attributes
        assertThat(failures(new Beans.ItemForm("统计", "星际航行", "内部公开"))).containsExactly(
                "attribute:DISCLOSURE_ATTRIBUTE_UNKNOWN", "domain:DOMAIN_UNKNOWN", "localDomain:DOMAIN_UNKNOWN");
    }

    @Test
    void theFieldMessageIsTheRulesMessage() {
        ConstraintViolation<Beans.ItemForm> v = validator.validate(new Beans.ItemForm("环境保护", "统计", "公开"))
                .iterator().next();
        assertThat(v.getMessage()).isIn(RuleCode.DISCLOSURE_ATTRIBUTE_UNKNOWN.messageZh(),
                RuleCode.DISCLOSURE_ATTRIBUTE_UNKNOWN.messageEn());
    }

    @Test
    void identifiersAsPublishedPass() {
        // reference/identifiers.md: 济南市统计局's credit code (both check characters recomputed by hand there),
        // a 发文字号 with ﹝﹞ as 三门县 prints it, 双槐镇's 索引号
        assertThat(failures(new Beans.ItemForm(null, null, null, "113701000041890665", "国发﹝2015﹞2号",
                "11500382774856013D/2024-00016"))).isEmpty();
    }

    @Test
    void damagedIdentifiersFailWithTheirRuleCodes() {
        // GB 32100: the last character of 113701000041890665 changed → the mod-31 check fails;
        // 税总发〔201744号 lost its 〕 on the published page; 2021-None is a missing sequence
        assertThat(failures(new Beans.ItemForm(null, null, null, "113701000041890666", "税总发〔201744号",
                "11370300MB28347540/2021-None"))).containsExactly("creditCode:CREDIT_CODE_INVALID",
                "documentNumber:DOCUMENT_NUMBER_INVALID", "indexNumber:INDEX_NUMBER_INVALID");
    }

    @Test
    void deadlinePhrases() {
        // real 公开时限 cells (catalog-rows.jsonl): Art. 26's phrase, 及时公开, 同上 are read; 视情况而定 sets nothing
        for (String readable : List.of("信息形成或者变更之日起20个工作日内", "按进展情况及时公开", "同上")) {
            Beans.ItemForm f = new Beans.ItemForm(null, null, null);
            f.deadline = readable;
            assertThat(failures(f)).as(readable).isEmpty();
        }
        Beans.ItemForm f = new Beans.ItemForm(null, null, null);
        f.deadline = "视情况而定";
        assertThat(failures(f)).containsExactly("deadline:DEADLINE_UNREADABLE");
    }

    @Test
    void everyFieldConstraintCarriesItsRuleCodeAsTheDynamicPayload() {
        // the six field constraints (@KnownDomain on two fields, @DisclosureAttributeLabel, @CreditCode,
        // @DocumentNumber, @IndexNumber, @DeadlinePhrase) with the failing inputs of the tests above: under Hibernate
        // Validator each violation carries the same code as its message template, as the object-level ones do
        Beans.ItemForm f = new Beans.ItemForm("统计", "星际航行", "内部公开", "113701000041890666", "税总发〔201744号",
                "11370300MB28347540/2021-None");
        f.deadline = "视情况而定";
        List<String> payloads = validator.validate(f).stream().map(v -> {
            @SuppressWarnings("unchecked")
            org.hibernate.validator.engine.HibernateConstraintViolation<Beans.ItemForm> hv =
                    v.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class);
            RuleCode payload = hv.getDynamicPayload(RuleCode.class);
            assertThat(payload).as(v.getPropertyPath().toString())
                    .isEqualTo(RuleCode.fromMessageTemplate(v.getMessageTemplate()).orElseThrow());
            return v.getPropertyPath() + ":" + payload;
        }).sorted().toList();
        assertThat(payloads).containsExactly("attribute:DISCLOSURE_ATTRIBUTE_UNKNOWN", "creditCode:CREDIT_CODE_INVALID",
                "deadline:DEADLINE_UNREADABLE", "documentNumber:DOCUMENT_NUMBER_INVALID", "domain:DOMAIN_UNKNOWN",
                "indexNumber:INDEX_NUMBER_INVALID", "localDomain:DOMAIN_UNKNOWN");
    }
}
