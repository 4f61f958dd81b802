package org.gongkai.benchmarks.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.deadline.DeadlineKind;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.domain.Domains;
import org.gongkai.item.DisclosureItem;
import org.gongkai.validation.DisclosureValidator;
import org.gongkai.validation.ValidationReport;
import org.gongkai.validation.assertj.SampleItems;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One typical item (义务教育 / 招生管理 / 招生政策, every element present, so every rule runs to its end) checked
 * three ways in one run: the {@link DisclosureValidator} facade; a hand-written check of the same item rules (the
 * lower bound: direct field tests, no report); and the same item in a bean through Hibernate Validator with
 * {@code @ValidDisclosureItem}, which runs the same rules behind the Jakarta API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {
    private DisclosureValidator facade;
    private DisclosureItem item;
    private ItemBean bean;
    private ValidatorFactory factory;
    private Validator hibernate;
    private Domains domains;

    /** Builds the validators once, as an application does. */
    @Setup(Level.Trial)
    public void setUp() {
        facade = DisclosureValidator.standard();
        item = SampleItems.valid();
        bean = new ItemBean(item);
        domains = Domains.standard();
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        hibernate = factory.getValidator();
        if (!facade.validate(item).isEmpty() || handWritten(item, domains) != 0 || !hibernate.validate(bean).isEmpty()) {
            throw new IllegalStateException("the typical item must be valid on every path");
        }
    }

    /** Closes the factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    /** @return the facade's report */
    @Benchmark
    public ValidationReport facade() {
        return facade.validate(item);
    }

    /** @return the number of rules broken, checked by hand */
    @Benchmark
    public int handWritten() {
        return handWritten(item, domains);
    }

    /** @return the constraint violations through Hibernate Validator */
    @Benchmark
    public Object hibernateValidator() {
        return hibernate.validate(bean);
    }

    /** The canonical names of the 26 (what the facade also checks first, before the registry's lookup). */
    private static final java.util.Set<String> CANONICAL = canonical();

    private static java.util.Set<String> canonical() {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (org.gongkai.domain.StandardDomain d : org.gongkai.domain.StandardDomain.values()) {
            s.add(d.label());
        }
        return java.util.Set.copyOf(s);
    }

    /** The same item rules, inline: the lower bound of any implementation. */
    static int handWritten(DisclosureItem i, Domains domains) {
        int n = 0;
        if (!CANONICAL.contains(i.domain()) && domains.lookup(i.domain()).isEmpty()) {
            n++;
        }
        if (i.name().isEmpty()) {
            n++;
        }
        if (i.content().isBlank()) {
            n++;
        }
        if (i.basis().isEmpty()) {
            n++;
        }
        if (i.deadlineText().isBlank()) {
            n++;
        } else {
            DeadlineRule r = i.deadline();
            if (r.kind() == DeadlineKind.UNRECOGNIZED) {
                n++;
            } else if (i.isProactive() && r.exceedsStatutoryProactiveWindow()) {
                n++;
            }
        }
        if (i.responsibleBody().isEmpty()) {
            n++;
        }
        if (i.channels().isEmpty()) {
            n++;
        }
        if (i.audiences().isEmpty()) {
            n++;
        }
        if (i.methods().isEmpty()) {
            n++;
        }
        return n;
    }

    /** A 100,000-item catalog (items of the real shapes, distinct names and serials) validated whole. */
    @State(Scope.Benchmark)
    public static class BigCatalog {
        org.gongkai.item.Catalog catalog;

        /** Builds the catalog once. */
        @Setup(Level.Trial)
        public void setUp() {
            List<DisclosureItem> items = new ArrayList<>(100_000);
            DisclosureItem[] shapes = {SampleItems.valid(), SampleItems.validOnRequest(), SampleItems.withoutBasis()};
            for (int i = 0; i < 100_000; i++) {
                DisclosureItem s = shapes[i % shapes.length];
                items.add(s.toBuilder().domain("义务教育").serialNumber(String.valueOf(i + 1))
                        .name(s.name().category(), s.name().item() + i).build());
            }
            catalog = org.gongkai.item.Catalog.builder().addDomain("义务教育").addItems(items).build();
        }
    }

    /**
     * @param c the catalog
     * @return the report (a third of the items lack their basis: 33,334 ERRORs)
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ValidationReport catalogOf100000Items(BigCatalog c) {
        return facade.validate(c.catalog);
    }
}
