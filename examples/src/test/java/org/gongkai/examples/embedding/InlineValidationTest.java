package org.gongkai.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class InlineValidationTest {

    @Test
    void aCompleteItemPasses() {
        DisclosureItem item = InlineValidation.fromForm("义务教育", "招生管理", "招生政策", "随迁子女入学办法",
                "《中华人民共和国政府信息公开条例》", "信息形成或者变更之日起20个工作日内", "翔安区教育局");
        ValidationReport report = InlineValidation.check(item);
        assertThat(report.isValid()).as(report.messages().toString()).isTrue();
    }

    @Test
    void anItemWithoutBasisIsReportedNotRefused() {
        // 国办发〔2019〕54号: every item of a catalog states its 公开依据; the model still builds the item
        DisclosureItem item = InlineValidation.fromForm("义务教育", "招生管理", "招生政策", "随迁子女入学办法", "",
                "信息形成或者变更之日起20个工作日内", "翔安区教育局");
        ValidationReport report = InlineValidation.check(item);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).extracting(v -> v.code()).containsExactly(RuleCode.ITEM_BASIS_MISSING);
        assertThat(InlineValidation.messages(item)).singleElement().asString().contains("ITEM_BASIS_MISSING");
    }
}
