package org.gongkai.benchmarks.runner;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark of the project (or those the JMH options select) and then prints the comparisons: for
 * each benchmark class and parameter set, every method's score with JMH's error, and its ratio to the fastest method
 * of the group, so that each library path is read beside its baseline from one run on one machine.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar org.gongkai.benchmarks.runner.RunAll          # short settings
 * java -cp examples/benchmarks/target/benchmarks.jar org.gongkai.benchmarks.runner.RunAll 'WorkingDay' -i 10
 * </pre>
 *
 * <p>Without options it uses the short settings that fit a CI machine: 1 fork, 3 warm-up and 5 measurement
 * iterations of 1 s. Any JMH command-line option given replaces the corresponding default. The cold-start
 * benchmarks (first use in a fresh JVM: {@code FirstLoadBenchmark}, {@code ColdStartBenchmark}) run in a second pass
 * with their own settings (one single shot in each of many forks): the short defaults would measure a warm JVM.
 */
public final class RunAll {
    private RunAll() {
    }

    /**
     * @param args JMH command-line options (benchmark regexps, -f, -wi, -i, -w, -r …)
     * @throws RunnerException when JMH fails
     * @throws CommandLineOptionException when the options are malformed
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        List<RunResult> results = new ArrayList<>();
        if (cli.getIncludes().isEmpty() || cli.getIncludes().stream().anyMatch(RunAll::selectsWarmBenchmarks)) {
            results.addAll(new Runner(warmOptions(cli)).run());
        }
        if (cli.getIncludes().isEmpty() || cli.getIncludes().stream().anyMatch(RunAll::selectsColdBenchmarks)) {
            results.addAll(new Runner(new OptionsBuilder().include(COLD).build()).run());
        }
        print(results, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** The benchmarks that measure the first use in a fresh JVM (single shots in many forks). */
    private static final String COLD = "\\.(FirstLoadBenchmark|ColdStartBenchmark)\\.";

    private static boolean selectsColdBenchmarks(String include) {
        return Pattern.compile(include).matcher("org.gongkai.benchmarks.calendar.FirstLoadBenchmark.firstLoad").find()
                || Pattern.compile(include).matcher(
                        "org.gongkai.benchmarks.validation.ColdStartBenchmark.firstValidationThroughTheFacade").find();
    }

    private static boolean selectsWarmBenchmarks(String include) {
        return !include.contains("FirstLoad") && !include.contains("ColdStart");
    }

    private static Options warmOptions(CommandLineOptions cli) {
        OptionsBuilder b = new OptionsBuilder();
        b.parent(cli);
        b.exclude(COLD);
        if (cli.getForkCount().hasValue() == false) {
            b.forks(1);
        }
        if (cli.getWarmupIterations().hasValue() == false) {
            b.warmupIterations(3);
        }
        if (cli.getMeasurementIterations().hasValue() == false) {
            b.measurementIterations(5);
        }
        if (cli.getWarmupTime().hasValue() == false) {
            b.warmupTime(TimeValue.seconds(1));
        }
        if (cli.getMeasurementTime().hasValue() == false) {
            b.measurementTime(TimeValue.seconds(1));
        }
        return b.build();
    }

    /**
     * Prints the comparison tables.
     *
     * @param results JMH's results
     * @param out where to print
     */
    static void print(Collection<RunResult> results, PrintStream out) {
        Map<String, List<RunResult>> groups = new TreeMap<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String bench = p.getBenchmark();
            String cls = bench.substring(0, bench.lastIndexOf('.'));
            StringBuilder key = new StringBuilder(cls.substring(cls.lastIndexOf('.') + 1));
            for (String k : p.getParamsKeys()) {
                key.append(' ').append(k).append('=').append(p.getParam(k));
            }
            key.append(" [").append(p.getMode().shortLabel()).append(']');
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(r);
        }
        out.println();
        out.println("Comparisons (each group measured in this run; ratio to the best of its group):");
        for (Map.Entry<String, List<RunResult>> g : groups.entrySet()) {
            out.println();
            out.println(g.getKey());
            boolean higherIsBetter = g.getValue().get(0).getParams().getMode().shortLabel().equals("thrpt");
            double best = higherIsBetter ? 0 : Double.MAX_VALUE;
            Map<String, Result<?>> rows = new LinkedHashMap<>();
            for (RunResult r : g.getValue()) {
                Result<?> res = r.getPrimaryResult();
                String bench = r.getParams().getBenchmark();
                rows.put(bench.substring(bench.lastIndexOf('.') + 1), res);
                best = higherIsBetter ? Math.max(best, res.getScore()) : Math.min(best, res.getScore());
            }
            for (Map.Entry<String, Result<?>> row : rows.entrySet()) {
                Result<?> res = row.getValue();
                double ratio = higherIsBetter ? best / res.getScore() : res.getScore() / best;
                out.println(String.format(Locale.ROOT, "  %-34s %14.3f ± %-12.3f %-8s %8.2fx", row.getKey(),
                        res.getScore(), Double.isNaN(res.getScoreError()) ? 0.0 : res.getScoreError(),
                        res.getScoreUnit(), ratio));
            }
        }
    }
}
