package org.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureItemTest {

    static DisclosureItem sample() {
        // a real row: reference/catalog-rows.jsonl, 厦门市翔安区香山街道, 义务教育 / 招生管理 / 招生政策
        return DisclosureItem.builder()
                .domain("义务教育")
                .name("招生管理", "招生政策")
                .content("●随迁子女入学办法")
                .basis("《中华人民共和国政府信息公开条例》")
                .deadlineText("信息形成或者变更之日起20个工作日内")
                .responsibleBody("翔安区教育局")
                .addChannels(ChannelKind.GOVERNMENT_WEBSITE, ChannelKind.WEIBO_WECHAT_APP)
                .addAudience(Audience.GENERAL_PUBLIC)
                .addMethod(DisclosureMethod.PROACTIVE)
                .putExtra("咨询电话", "0592-1234567")
                .build();
    }

    @Test
    void anItemKeepsEveryElementAndIsEqualToItsRebuiltCopy() {
        DisclosureItem item = sample();
        assertThat(item.name().toString()).isEqualTo("招生管理 / 招生政策");
        assertThat(item.basis().citations()).containsExactly("中华人民共和国政府信息公开条例");
        assertThat(item.basis().citesRegulation()).isTrue();
        assertThat(item.isProactive()).isTrue();
        assertThat(item.extras()).containsEntry("咨询电话", "0592-1234567");
        assertThat(item.toBuilder().build()).isEqualTo(item).hasSameHashCodeAs(item);
        assertThat(item.toBuilder().content("x").build()).isNotEqualTo(item);
    }

    @Test
    void anImperfectRowStillLoadsSoThatTheValidatorCanReportIt() {
        DisclosureItem item = DisclosureItem.builder().name("", "部门预算").basis((String) null).build();
        assertThat(item.basis().isEmpty()).isTrue();
        assertThat(item.responsibleBody().isEmpty()).isTrue();
        assertThat(item.channels()).isEmpty();
        assertThat(item.methods()).isEmpty();
    }

    @Test
    void valuesAreImmutable() {
        DisclosureItem item = sample();
        assertThatThrownBy(() -> item.channels().add(Channel.of(ChannelKind.OTHER)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.audiences().add(Audience.SPECIFIC_GROUP))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.extras().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
        Catalog c = Catalog.builder().addItem(item).build();
        assertThatThrownBy(() -> c.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void legalBasisCitationsToleratesALostClosingBracket() {
        // a real cell whose last 》 is lost: catalog-rows.jsonl, 香山街道 row 1
        LegalBasis b = LegalBasis.of("《中华人民共和国政府信息公开条例》《教育部关于推进中小学信息公开工作的意见");
        assertThat(b.citations()).containsExactly("中华人民共和国政府信息公开条例", "教育部关于推进中小学信息公开工作的意见");
    }

    @Test
    void aRecordsArt26WindowStartsAtTheLaterOfFormedAndChanged() {
        InformationRecord r = InformationRecord.builder().title("t")
                .formedOn(java.time.LocalDate.of(2024, 3, 1)).changedOn(java.time.LocalDate.of(2024, 5, 6))
                .attribute(DisclosureAttribute.PROACTIVE).build();
        assertThat(r.formedOrChangedOn()).contains(java.time.LocalDate.of(2024, 5, 6));
        assertThat(r.grounds()).isEqualTo(Set.of());
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(List.of(r)).hasSize(1);
    }

    @Test
    void theDeadlineTextIsReadIntoAStructuredRuleThatKeepsTheText() {
        DisclosureItem item = sample();
        // 信息形成或者变更之日起20个工作日内: Art. 26's window, 20 working days from formation or change
        assertThat(item.deadline().kind()).isEqualTo(org.gongkai.deadline.DeadlineKind.WORKING_DAYS_AFTER);
        assertThat(item.deadline().source()).isEqualTo("信息形成或者变更之日起20个工作日内");
        assertThat(((org.gongkai.deadline.WorkingDayWindow) item.deadline()).amount()).isEqualTo(20);
        assertThat(item.deadline()).isSameAs(item.deadline());
        DisclosureItem rebuilt = item.toBuilder()
                .deadline(org.gongkai.deadline.DeadlinePhrases.parse("及时公开")).build();
        assertThat(rebuilt.deadlineText()).isEqualTo("及时公开");
        assertThat(rebuilt.deadline().kind()).isEqualTo(org.gongkai.deadline.DeadlineKind.IMMEDIATE);
    }
}
