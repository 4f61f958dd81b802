package org.gongkai.benchmarks.calendar;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.gongkai.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first use of the official calendar in a fresh JVM: reading its bundled index (derived from the JSON notices,
 * which are parsed only when asked for) and building the working-day counts, plus one query. Single shot, no warm-up, one fresh JVM per fork (the holder class is initialised once
 * per JVM, so only the first invocation of each fork measures the load).
 *
 * <pre>java -jar examples/benchmarks/target/benchmarks.jar 'calendar.FirstLoadBenchmark'</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class FirstLoadBenchmark {

    /** @return the first working day after 2024-09-30, on a calendar loaded by this call */
    @Benchmark
    public LocalDate firstLoad() {
        return WorkingDayCalendar.official().nextWorkingDay(LocalDate.of(2024, 9, 30));
    }
}
