package org.gongkai.benchmarks.calendar;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gongkai.calendar.CoveragePolicy;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-day arithmetic on the official calendar: the indexed implementation (prefix counts and the reverse
 * table) beside a day-by-day loop over the same notices, for distances of 1, 20, 250 and 5000 working days.
 * Starts are 1024 random covered dates (seeded), cycled so that nothing is constant-folded.
 *
 * <p>The 20 covered years hold about 4,990 working days, so 5000 working days cannot fit inside the coverage: the
 * calendar runs under {@link CoveragePolicy#PROVISIONAL} and, for n = 5000 only, starts in 2007 and ends in 2027,
 * past the coverage (the O(1) Monday-Friday extension; the day-by-day loop does the same). For n up to 250 every
 * start and result is covered, so the index alone answers.
 *
 * <pre>java -jar examples/benchmarks/target/benchmarks.jar 'calendar.WorkingDayBenchmark' -f 1 -wi 3 -w 1s -i 5 -r 1s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayBenchmark {
    private static final int STARTS = 1024;

    /** The distance in working days. */
    @Param({"1", "20", "250", "5000"})
    public int n;

    private HolidayCalendar indexed;
    private NaiveCalendar naive;
    private LocalDate[] starts;
    private LocalDate[] ends;
    private int i;

    /** Picks the start dates so that start + n working days stays inside the coverage. */
    @Setup(Level.Trial)
    public void setUp() {
        indexed = WorkingDayCalendar.official().withPolicy(CoveragePolicy.PROVISIONAL);
        naive = new NaiveCalendar(indexed);
        long first = indexed.coverage().first().toEpochDay();
        long last = Math.max(first + 300, indexed.coverage().last().toEpochDay() - (n * 7L / 5 + 60));
        SplittableRandom random = new SplittableRandom(42);
        starts = new LocalDate[STARTS];
        ends = new LocalDate[STARTS];
        for (int k = 0; k < STARTS; k++) {
            starts[k] = LocalDate.ofEpochDay(random.nextLong(first, last));
            ends[k] = indexed.plusWorkingDays(starts[k], n);
            if (naive.workingDaysBetween(starts[k], ends[k]) != n
                    || !naive.plusWorkingDays(starts[k], n).equals(ends[k])) {
                throw new IllegalStateException("naive and indexed disagree at " + starts[k]);
            }
        }
    }

    private int next() {
        return i = (i + 1) & (STARTS - 1);
    }

    /** @return the indexed plusWorkingDays */
    @Benchmark
    public LocalDate plusIndexed() {
        return indexed.plusWorkingDays(starts[next()], n);
    }

    /** @return the day-by-day plusWorkingDays */
    @Benchmark
    public LocalDate plusDayByDay() {
        return naive.plusWorkingDays(starts[next()], n);
    }

    /** @return the indexed workingDaysBetween */
    @Benchmark
    public int betweenIndexed() {
        int k = next();
        return indexed.workingDaysBetween(starts[k], ends[k]);
    }

    /** @return the day-by-day workingDaysBetween */
    @Benchmark
    public int betweenDayByDay() {
        int k = next();
        return naive.workingDaysBetween(starts[k], ends[k]);
    }
}
