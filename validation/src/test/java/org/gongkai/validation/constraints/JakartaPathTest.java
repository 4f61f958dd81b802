package org.gongkai.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.ItemName;
import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.RuleCode;
import org.gongkai.validation.Severity;
import org.gongkai.validation.Strictness;
import org.gongkai.validation.ValidationReport;
import org.gongkai.validation.Violation;
import org.gongkai.validation.assertj.SampleItems;
import org.gongkai.validation.testing.RealRows;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade and the Jakarta constraints run the same rules: on the same inputs they give the same codes at the same
 * paths (rule cases, seeded generated items, the real rows).
 */
class JakartaPathTest {
    static {
        org.gongkai.validation.testing.HibernateValidatorAccess.grant();
    }

    private static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2024, 11, 20);
    private static ValidatorFactory factory;
    private static Validator jakarta;
    private static final DisclosureValidator FACADE = DisclosureValidator.builder().asOf(AS_OF).build();

    @BeforeAll
    static void start() {
        Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> clock)
                .buildValidatorFactory();
        jakarta = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    static List<String> facade(Object input) {
        ValidationReport r;
        if (input instanceof DisclosureItem i) {
            r = FACADE.validate(i);
        } else if (input instanceof Catalog c) {
            r = FACADE.validate(c);
        } else {
            r = FACADE.validate((InformationRecord) input);
        }
        return r.violations().stream().map(v -> v.code() + "@" + v.path()).sorted().toList();
    }

    static List<String> jakarta(Object input) {
        Object bean;
        String prefix;
        if (input instanceof DisclosureItem i) {
            bean = new Beans.AllItem(i);
            prefix = "item";
        } else if (input instanceof Catalog c) {
            bean = new Beans.AllCatalog(c);
            prefix = "catalog";
        } else {
            bean = new Beans.AllRecord((InformationRecord) input);
            prefix = "record";
        }
        List<String> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : jakarta.validate(bean)) {
            RuleCode code = RuleCode.fromMessageTemplate(v.getMessageTemplate()).orElseThrow(
                    () -> new AssertionError("no rule code in " + v.getMessageTemplate()));
            // under Hibernate Validator the same code travels as the violation's dynamic payload
            @SuppressWarnings("unchecked")
            org.hibernate.validator.engine.HibernateConstraintViolation<Object> hv =
                    v.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class);
            assertThat(hv.getDynamicPayload(RuleCode.class)).isEqualTo(code);
            String path = v.getPropertyPath().toString();
            assertThat(path).startsWith(prefix);
            path = path.substring(prefix.length());
            out.add(code + "@" + (path.startsWith(".") ? path.substring(1) : path));
        }
        out.sort(null);
        return out;
    }

    static Stream<Object> ruleCaseInputs() {
        return org.gongkai.validation.RuleCasesAccess.inputs().stream()
                .filter(o -> o instanceof DisclosureItem || o instanceof Catalog || o instanceof InformationRecord);
    }

    @ParameterizedTest
    @MethodSource("ruleCaseInputs")
    void sameCodesAndPathsOnTheRuleCases(Object input) {
        assertThat(jakarta(input)).isEqualTo(facade(input));
    }

    static Stream<DisclosureItem> generated() {
        SplittableRandom random = new SplittableRandom(20241120L);
        return IntStream.range(0, 200).mapToObj(i -> Generated.item(random));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void sameCodesAndPathsOnGeneratedItems(DisclosureItem item) {
        assertThat(jakarta(item)).isEqualTo(facade(item));
    }

    @Test
    void sameCodesAndPathsOnTheRealRowsAndOnTheirCatalog() {
        List<DisclosureItem> items = RealRows.load().stream().map(RealRows.Row::item).toList();
        for (DisclosureItem item : items) {
            assertThat(jakarta(item)).as(item.toString()).isEqualTo(facade(item));
        }
        Catalog all = Catalog.builder().addItems(items).build();
        assertThat(jakarta(all)).isEqualTo(facade(all)).isNotEmpty();
    }

    @Test
    void theCodeTravelsInTheMessageTemplateAndTheMessageIsInterpolatedWithoutEl() {
        Set<ConstraintViolation<Beans.AllItem>> vs = jakarta.validate(new Beans.AllItem(SampleItems.withoutBasis()));
        assertThat(vs).hasSize(1);
        ConstraintViolation<Beans.AllItem> v = vs.iterator().next();
        assertThat(v.getMessageTemplate()).isEqualTo("{org.gongkai.validation.RuleCode.ITEM_BASIS_MISSING}");
        assertThat(v.getPropertyPath()).hasToString("item.basis");
        // ParameterMessageInterpolator, default locale: the message of the bundle for the JVM's locale
        assertThat(v.getMessage()).isIn(RuleCode.ITEM_BASIS_MISSING.messageZh(), RuleCode.ITEM_BASIS_MISSING.messageEn());
    }

    @Test
    void messagesInChineseAndEnglishThroughTheLocaleOfTheInterpolator() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            try (ValidatorFactory f = Validation.byDefaultProvider().configure()
                    .messageInterpolator(new LocaleInterpolator(new ParameterMessageInterpolator(), locale))
                    .buildValidatorFactory()) {
                String message = f.getValidator().validate(new Beans.AllItem(SampleItems.withoutBasis()))
                        .iterator().next().getMessage();
                assertThat(message).isEqualTo(RuleCode.ITEM_BASIS_MISSING.message(locale));
            }
        }
    }

    @Test
    void theDefaultInterpolatorWithElWorksToo() {
        try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Beans.AllItem>> vs = f.getValidator()
                    .validate(new Beans.AllItem(SampleItems.proactiveWithoutChannel()));
            assertThat(vs).extracting(ConstraintViolation::getMessageTemplate)
                    .containsExactly(RuleCode.PROACTIVE_WITHOUT_CHANNEL.messageTemplate());
        }
    }

    @Test
    void draftAndPublishGroups() {
        // a draft that lacks its basis: fine as a draft, not for publication (54号 requires the basis)
        Beans.Staged draft = new Beans.Staged(SampleItems.withoutBasis());
        assertThat(jakarta.validate(draft, Draft.class)).isEmpty();
        assertThat(jakarta.validate(draft, Publish.class)).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly(RuleCode.ITEM_BASIS_MISSING.messageTemplate());
        // an unknown domain is wrong already in a draft
        assertThat(jakarta.validate(new Beans.Staged(SampleItems.inUnknownDomain()), Draft.class))
                .extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly(RuleCode.DOMAIN_UNKNOWN.messageTemplate());
        // the facade at the same strictness agrees
        assertThat(DisclosureValidator.builder().strictness(Strictness.DRAFT).build()
                .validate(SampleItems.withoutBasis()).violations()).isEmpty();
    }

    @Test
    void eachItemOfAListIsCheckedAtItsIndex() {
        Set<ConstraintViolation<Beans.ItemList>> vs = jakarta.validate(new Beans.ItemList(
                List.of(SampleItems.valid(), SampleItems.withoutBasis())));
        // Jakarta names the container element node <list element>; the rule's own path (basis) follows it
        assertThat(vs).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("items[1].<list element>.basis");
    }

    @Test
    void byDefaultOnlyErrorsFailJakartaValidation() {
        DisclosureItem noAudience = SampleItems.valid().toBuilder().audiences(List.of()).build();
        assertThat(FACADE.validate(noAudience).violations()).extracting(Violation::severity)
                .containsExactly(Severity.WARNING);
        assertThat(jakarta.validate(new Beans.Staged(noAudience), Publish.class)).isEmpty();
    }

    /** Seeded generator of items with elements present or missing, real texts and variants. */
    static final class Generated {
        private static final String[] DOMAINS = {"义务教育", "环境保护", "生态环境", "扶贫", "乡村振兴", "星际航行", "",
            "救灾生产", "社会救助", "財政預決算"};
        private static final String[] DEADLINES = {"信息形成或者变更之日起20个工作日内", "", "及时公开", "同上",
            "制定或获取信息之日起10个工作日内"};

        static DisclosureItem item(SplittableRandom r) {
            DisclosureItem.Builder b = DisclosureItem.builder()
                    .serialNumber(String.valueOf(r.nextInt(1, 50)))
                    .domain(DOMAINS[r.nextInt(DOMAINS.length)])
                    .name(r.nextInt(10) == 0 ? new ItemName("", "", "") : ItemName.of("政策文件", "规范性文件"))
                    .content(r.nextInt(8) == 0 ? "" : "●规范性文件")
                    .basis(r.nextInt(6) == 0 ? "" : "《中华人民共和国政府信息公开条例》")
                    .deadlineText(DEADLINES[r.nextInt(DEADLINES.length)])
                    .responsibleBody(r.nextInt(7) == 0 ? " " : "县教育局");
            ChannelKind[] kinds = ChannelKind.values();
            for (int i = r.nextInt(3); i > 0; i--) {
                b.addChannels(kinds[r.nextInt(kinds.length)]);
            }
            if (r.nextBoolean()) {
                b.addAudience(Audience.GENERAL_PUBLIC);
            }
            if (r.nextInt(4) == 0) {
                b.addAudience(Audience.SPECIFIC_GROUP);
            }
            if (r.nextInt(3) > 0) {
                b.addMethod(DisclosureMethod.PROACTIVE);
            }
            if (r.nextInt(4) == 0) {
                b.addMethod(DisclosureMethod.ON_REQUEST);
            }
            if (r.nextBoolean()) {
                b.addLevel(AdministrativeLevel.values()[r.nextInt(AdministrativeLevel.values().length)]);
            }
            return b.build();
        }
    }

    /** Interpolates in a fixed locale (as a web framework does with the request's locale). */
    private record LocaleInterpolator(jakarta.validation.MessageInterpolator delegate, Locale locale)
            implements jakarta.validation.MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale l) {
            return delegate.interpolate(template, context, l);
        }
    }
}
