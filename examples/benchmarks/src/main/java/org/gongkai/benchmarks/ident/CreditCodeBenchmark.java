package org.gongkai.benchmarks.ident;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.gongkai.ident.CreditCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link CreditCode#isValid} beside the way credit codes are commonly checked: a regular expression for the shape,
 * then {@code String.indexOf} into the 31-symbol string for each character's value. Both check the same rules (shape,
 * the mod-31 check character and the embedded GB 11714 check). Inputs cycle over the five real codes of
 * reference/identifiers.md and five single-character mutants of them (half valid, half invalid).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CreditCodeBenchmark {
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] W = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] OW = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String REGEX = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private final String[] inputs = {
        "11500382774856013D", "113701000041890665", "11370300MB28347540", "11341702486344515H",
        "11371082004230911E", "11500382774856013E", "113701000041890765", "11370300MB2834754Y",
        "11341702486344515G", "11371O82004230911E"};
    private int next;

    private String nextInput() {
        String s = inputs[next];
        next = next == inputs.length - 1 ? 0 : next + 1;
        return s;
    }

    /** @return the verdict of Gongkai's allocation-free check */
    @Benchmark
    public boolean gongkaiIsValid() {
        return CreditCode.isValid(nextInput());
    }

    /** @return the verdict of a precompiled regex plus indexOf lookups */
    @Benchmark
    public boolean compiledRegexAndIndexOf() {
        String s = nextInput();
        return PATTERN.matcher(s).matches() && checks(s);
    }

    /** @return the verdict of {@code String.matches} (compiling the regex each call) plus indexOf lookups */
    @Benchmark
    public boolean naiveStringMatchesAndIndexOf() {
        String s = nextInput();
        return s.matches(REGEX) && checks(s);
    }

    private static boolean checks(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(s.charAt(i)) * W[i];
        }
        int c = 31 - sum % 31;
        if (CHARS.charAt(c == 31 ? 0 : c) != s.charAt(17)) {
            return false;
        }
        int osum = 0;
        for (int i = 0; i < 8; i++) {
            osum += ORG_CHARS.indexOf(s.charAt(8 + i)) * OW[i];
        }
        int oc = 11 - osum % 11;
        char expected = oc == 11 ? '0' : oc == 10 ? 'X' : (char) ('0' + oc);
        return expected == s.charAt(16);
    }
}
