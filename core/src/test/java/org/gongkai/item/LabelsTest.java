package org.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gongkai.data.UnknownLabelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {

    record Term<E extends Enum<E>>(Class<E> type, Function<E, String> label, Function<String, E> fromLabel) {
        void roundTrips() {
            for (E e : type.getEnumConstants()) {
                assertThat(fromLabel.apply(label.apply(e))).as("%s", e).isEqualTo(e);
            }
        }
    }

    static Stream<Arguments> everyTermEnum() {
        return Stream.of(
                Arguments.of(new Term<>(Audience.class, Audience::label, Audience::fromLabel)),
                Arguments.of(new Term<>(DisclosureMethod.class, DisclosureMethod::label, DisclosureMethod::fromLabel)),
                Arguments.of(new Term<>(DisclosureAttribute.class, DisclosureAttribute::label,
                        DisclosureAttribute::fromLabel)),
                Arguments.of(new Term<>(DisclosureStage.class, DisclosureStage::label, DisclosureStage::fromLabel)),
                Arguments.of(new Term<>(AdministrativeLevel.class, AdministrativeLevel::label,
                        AdministrativeLevel::fromLabel)),
                Arguments.of(new Term<>(NonDisclosureGround.class, NonDisclosureGround::label,
                        NonDisclosureGround::fromLabel)),
                Arguments.of(new Term<>(ChannelKind.class, ChannelKind::label, ChannelKind::fromLabel)));
    }

    @ParameterizedTest
    @MethodSource("everyTermEnum")
    void everyLabelRoundTrips(Term<?> term) {
        term.roundTrips();
    }

    @Test
    void theLabelsAreTheGlossarysExactText() {
        assertThat(Audience.GENERAL_PUBLIC.label()).isEqualTo("全社会");
        assertThat(Audience.SPECIFIC_GROUP.label()).isEqualTo("特定群体");
        assertThat(DisclosureMethod.PROACTIVE.label()).isEqualTo("主动");
        assertThat(DisclosureMethod.ON_REQUEST.label()).isEqualTo("依申请");
        assertThat(DisclosureAttribute.PROACTIVE.label()).isEqualTo("主动公开");
        assertThat(DisclosureAttribute.ON_REQUEST.label()).isEqualTo("依申请公开");
        assertThat(DisclosureAttribute.WITHHELD.label()).isEqualTo("不予公开");
        assertThat(AdministrativeLevel.COUNTY.label()).isEqualTo("县级");
        assertThat(AdministrativeLevel.TOWNSHIP.label()).isEqualTo("乡级");
        assertThat(AdministrativeLevel.VILLAGE.label()).isEqualTo("村级");
    }

    /** Header and cell variants listed in reference/catalog-layouts.md and the issue. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            特定群众 | SPECIFIC_GROUP
            特定对象 | SPECIFIC_GROUP
            特定群体(请写明) | SPECIFIC_GROUP
            特定群体（请写明） | SPECIFIC_GROUP
            社会 | GENERAL_PUBLIC
            全 社 会 | GENERAL_PUBLIC
            """)
    void audienceVariants(String text, Audience expected) {
        assertThat(Audience.fromLabel(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            依申请 | ON_REQUEST
            依申请公开 | ON_REQUEST
            申请公开 | ON_REQUEST
            申请 | ON_REQUEST
            主动 | PROACTIVE
            主动公开 | PROACTIVE
            主动开 | PROACTIVE
            """)
    void methodVariants(String text, DisclosureMethod expected) {
        assertThat(DisclosureMethod.fromLabel(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            此件公开发布 | PROACTIVE
            此件主动公开 | PROACTIVE
            此件依申请公开 | ON_REQUEST
            此件不予公开 | WITHHELD
            """)
    void documentMarkingsGiveTheAttribute(String text, DisclosureAttribute expected) {
        // reference/regulation.md, "Document marking": 此件公开发布 / 此件主动公开 seen on documents
        assertThat(DisclosureAttribute.fromLabel(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            县级 | COUNTY
            区级 | COUNTY
            区县级 | COUNTY
            县(区)级 | COUNTY
            乡级 | TOWNSHIP
            乡镇级 | TOWNSHIP
            镇(街)级 | TOWNSHIP
            鎮(街)級 | TOWNSHIP
            镇街级 | TOWNSHIP
            鎮級 | TOWNSHIP
            鄉級 | TOWNSHIP
            村級 | VILLAGE
            嘎查(社区)级 | VILLAGE
            市级 | CITY
            东阳市级 | CITY
            """)
    void levelVariants(String text, AdministrativeLevel expected) {
        assertThat(AdministrativeLevel.fromLabel(text)).isEqualTo(expected);
    }

    /** Every distinct {@code levels} value of reference/catalog-rows.jsonl. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            乡级 | TOWNSHIP
            区级/乡级 | COUNTY,TOWNSHIP
            鄉、村級 | TOWNSHIP,VILLAGE
            县级/乡级 | COUNTY,TOWNSHIP
            县级 | COUNTY
            县级/乡、村级 | COUNTY,TOWNSHIP,VILLAGE
            县级, 乡、村级 | COUNTY,TOWNSHIP,VILLAGE
            鄉級 | TOWNSHIP
            區級, 鎮街、村級 | COUNTY,TOWNSHIP,VILLAGE
            县级/镇、村级 | COUNTY,TOWNSHIP,VILLAGE
            鎮(街)級 | TOWNSHIP
            村級 | VILLAGE
            鎮級 | TOWNSHIP
            乡、村级 | TOWNSHIP,VILLAGE
            州级县级 | CITY,COUNTY
            市级 县级 乡级 | CITY,COUNTY,TOWNSHIP
            """)
    void levelCellsNamingSeveralLevels(String text, String expected) {
        Set<AdministrativeLevel> want = EnumSet.noneOf(AdministrativeLevel.class);
        for (String s : expected.split(",")) {
            want.add(AdministrativeLevel.valueOf(s));
        }
        assertThat(AdministrativeLevel.parseAll(text)).isEqualTo(want);
    }

    @Test
    void anUnknownLabelIsRejectedNamingTheTextAndTheTerm() {
        assertThatThrownBy(() -> Audience.fromLabel("部分群众"))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("部分群众").hasMessageContaining("Audience");
        assertThatThrownBy(() -> AdministrativeLevel.parseAll("县级/某某"))
                .isInstanceOf(UnknownLabelException.class).hasMessageContaining("某某");
        assertThatThrownBy(() -> DisclosureMethod.fromLabel(null)).isInstanceOf(UnknownLabelException.class);
    }

    @Test
    void groundsCarryTheirArticleAndHowBindingTheyAre() {
        // Regulation Art. 14: shall not disclose; Art. 15: shall not unless consent / public interest;
        // Art. 16: may withhold; ¶2 overridden where laws, regulations or rules require disclosure.
        assertThat(NonDisclosureGround.STATE_SECRET.article()).isEqualTo(14);
        assertThat(NonDisclosureGround.STATE_SECRET.mandatory()).isTrue();
        assertThat(NonDisclosureGround.THIRD_PARTY_RIGHTS.article()).isEqualTo(15);
        assertThat(NonDisclosureGround.THIRD_PARTY_RIGHTS.category())
                .isEqualTo(NonDisclosureGround.Category.MANDATORY_UNLESS_CONSENT_OR_PUBLIC_INTEREST);
        assertThat(NonDisclosureGround.INTERNAL_PERSONNEL.discretionary()).isTrue();
        assertThat(NonDisclosureGround.INTERNAL_PERSONNEL.paragraph()).isEqualTo(1);
        assertThat(NonDisclosureGround.PROCESS_DRAFT.paragraph()).isEqualTo(2);
        assertThat(NonDisclosureGround.ENFORCEMENT_CASE_FILE.category())
                .isEqualTo(NonDisclosureGround.Category.DISCRETIONARY_UNLESS_LAW_REQUIRES);
        assertThat(NonDisclosureGround.ADMINISTRATIVE_QUERY.statutory()).isFalse();
        // the annual report's row labels (国办公开办函〔2021〕30号, table 三(三)) resolve
        assertThat(NonDisclosureGround.fromLabel("属于国家秘密")).isEqualTo(NonDisclosureGround.STATE_SECRET);
        assertThat(NonDisclosureGround.fromLabel("其他法律行政法规禁止公开"))
                .isEqualTo(NonDisclosureGround.PROHIBITED_BY_LAW);
        assertThat(NonDisclosureGround.fromLabel("危及“三安全一稳定”"))
                .isEqualTo(NonDisclosureGround.SECURITY_AND_STABILITY);
        assertThat(NonDisclosureGround.fromLabel("属于三类内部事务信息")).isEqualTo(NonDisclosureGround.INTERNAL_AFFAIRS);
        assertThat(NonDisclosureGround.fromLabel("属于四类过程性信息")).isEqualTo(NonDisclosureGround.PROCESS_INFORMATION);
        assertThat(NonDisclosureGround.fromLabel("属于行政执法案卷")).isEqualTo(NonDisclosureGround.ENFORCEMENT_CASE_FILE);
        assertThat(NonDisclosureGround.fromLabel("属于行政查询事项")).isEqualTo(NonDisclosureGround.ADMINISTRATIVE_QUERY);
    }
}
