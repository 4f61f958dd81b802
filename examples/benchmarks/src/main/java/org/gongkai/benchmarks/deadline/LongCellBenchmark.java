package org.gongkai.benchmarks.deadline;

import java.util.concurrent.TimeUnit;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reliability audit D2: parsing time must grow linearly with the cell. A cell of real phrase #67 repeated (the
 * audit's quadratic reproducer) and one of #2 repeated with no separator (two phrases merged, read as a compound),
 * at 100 KB and 1 MB of characters; a linear parser takes about 10× as long for the larger cell (the issue asks for
 * less than 12×). Run:
 * {@code java -jar examples/benchmarks/target/benchmarks.jar LongCellBenchmark -f 2 -wi 3 -i 5}.
 *
 * <p>The forks run on one fixed heap touched at start ({@code -Xms1g -Xmx1g -XX:+AlwaysPreTouch}): a 1 MB cell's rule
 * has tens of thousands of parts, and with a growing heap the first touch of new memory on a virtual machine, not the
 * parser, decided the ratio (29× one run, 10× the next).
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongCellBenchmark {

    /** The cell's length in characters. */
    @Param({"100000", "1000000"})
    public int chars;

    /** Which phrase is repeated: #67 (with separators) or #2 (without). */
    @Param({"p67", "p2"})
    public String phrase;

    private String cell;

    /** Builds the cell. */
    @Setup
    public void setUp() {
        String p = phrase.equals("p67") ? "1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。"
                : "信息形成或者变更之日起20个工作日内";
        cell = p.repeat(chars / p.length());
    }

    /**
     * @return the rule of the whole cell
     */
    @Benchmark
    public DeadlineRule parseCell() {
        return DeadlinePhrases.parse(cell);
    }
}
