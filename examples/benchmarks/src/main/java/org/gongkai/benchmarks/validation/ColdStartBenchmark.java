package org.gongkai.benchmarks.validation;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.TimeUnit;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.validation.DisclosureValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first validation in a fresh JVM: SingleShotTime, no warm-up, one measurement per fork, many forks. The item
 * is built in the setup (an application has its items before it validates them; building it loads the core model's
 * classes), so the time is that of the first validation alone, including what it loads on first use: the validation
 * classes, the bundled domain registry (domains.json) and the deadline phrase reader. The facade beside Hibernate
 * Validator's bootstrap and first validation of the same item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
    private DisclosureItem item;

    /** Builds the item (core model classes loaded, nothing of validation). */
    @Setup(Level.Trial)
    public void setUp() {
        item = item();
    }

    static DisclosureItem item() {
        return DisclosureItem.builder().serialNumber("1").domain("义务教育").name("招生管理", "招生政策")
                .content("随迁子女入学办法").basis("《中华人民共和国政府信息公开条例》")
                .deadlineText("信息形成或者变更之日起20个工作日内").responsibleBody("翔安区教育局")
                .addChannels(ChannelKind.GOVERNMENT_WEBSITE).addAudience(Audience.GENERAL_PUBLIC)
                .addMethod(DisclosureMethod.PROACTIVE).addLevel(AdministrativeLevel.COUNTY).build();
    }

    /** @return whether the first item is valid, through the facade */
    @Benchmark
    public boolean firstValidationThroughTheFacade() {
        return DisclosureValidator.standard().validate(item).isValid();
    }

    /** @return the number of violations of the first item, through Hibernate Validator */
    @Benchmark
    public int firstValidationThroughHibernateValidator() {
        try (ValidatorFactory f = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            return f.getValidator().validate(new ItemBean(item)).size();
        }
    }
}
