package org.gongkai.examples.spring;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The endpoint through Spring MVC and Boot's own Hibernate Validator (8.0.x under Boot 3.5), with MockMvc. */
@WebMvcTest(ItemController.class)
class ItemControllerTest {

    @Autowired
    private MockMvc mvc;

    private static String body(String domain, String item, String deadline, String creditCode, String docNumber,
            String attribute) {
        return """
                {"domain": %s, "item": %s, "deadline": %s, "responsibleBodyCreditCode": %s,
                 "basisDocumentNumber": %s, "attribute": %s}""".formatted(q(domain), q(item), q(deadline),
                q(creditCode), q(docNumber), q(attribute));
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void aValidItemIsAnsweredWithTheCanonicalReadings() throws Exception {
        // 財政預決算 (Traditional, as mirror hosts print it) is the standard domain 财政预决算; 11500382774856013D is
        // a real credit code (双槐镇人民政府) whose check characters hold; 国办发〔2019〕54号 is the standard itself
        mvc.perform(post("/items/check").contentType(MediaType.APPLICATION_JSON)
                        .content(body("財政預決算", "政府预算", "信息形成或者变更之日起20个工作日内", "11500382774856013D",
                                "国办发〔2019〕54号", "主动公开")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.domain").value("财政预决算"))
                .andExpect(jsonPath("$.deadlineKind").value("WORKING_DAYS_AFTER"));
    }

    @Test
    void eachBrokenFieldIsReportedWithItsRuleCode() throws Exception {
        mvc.perform(post("/items/check").contentType(MediaType.APPLICATION_JSON)
                        .content(body("火星开发", "", "请见附件", "11500382774856013E", "税总发〔201744号", "公开")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.violations", hasSize(6)))
                // sorted by field: attribute, basisDocumentNumber, deadline, domain, item, responsibleBodyCreditCode
                // 公开 alone is none of 主动公开 / 依申请公开 / 不予公开
                .andExpect(jsonPath("$.violations[0].field").value("attribute"))
                .andExpect(jsonPath("$.violations[0].code").value("DISCLOSURE_ATTRIBUTE_UNKNOWN"))
                // the HTML sanitiser ate 〕: GB/T 9704 wants 〔2017〕44号
                .andExpect(jsonPath("$.violations[1].field").value("basisDocumentNumber"))
                .andExpect(jsonPath("$.violations[1].code").value("DOCUMENT_NUMBER_INVALID"))
                .andExpect(jsonPath("$.violations[2].field").value("deadline"))
                .andExpect(jsonPath("$.violations[2].code").value("DEADLINE_UNREADABLE"))
                .andExpect(jsonPath("$.violations[3].field").value("domain"))
                .andExpect(jsonPath("$.violations[3].code").value("DOMAIN_UNKNOWN"))
                .andExpect(jsonPath("$.violations[3].rejectedValue").value("火星开发"))
                .andExpect(jsonPath("$.violations[4].field").value("item"))
                .andExpect(jsonPath("$.violations[4].code").value("NotBlank"))
                // GB 32100: the check character of 11500382774856013? is D, not E
                .andExpect(jsonPath("$.violations[5].field").value("responsibleBodyCreditCode"))
                .andExpect(jsonPath("$.violations[5].code").value("CREDIT_CODE_INVALID"));
    }

    @Test
    void messagesFollowTheRequestLanguage() throws Exception {
        String bad = body("火星开发", "政府预算", "信息形成或者变更之日起20个工作日内", null, null, null);
        mvc.perform(post("/items/check").contentType(MediaType.APPLICATION_JSON).content(bad)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations", hasSize(1)))
                .andExpect(jsonPath("$.violations[0].code").value("DOMAIN_UNKNOWN"))
                .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("领域")));
        mvc.perform(post("/items/check").contentType(MediaType.APPLICATION_JSON).content(bad)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].code").value("DOMAIN_UNKNOWN"))
                .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("domain")));
    }
}
