package org.gongkai.codecs.office;

import static org.assertj.core.api.Assertions.fail;

import java.io.UncheckedIOException;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs seeded mutations of an office file through a reader (the project's fuzz convention: count from
 * {@code fuzz.count}, base seed from {@code fuzz.seed}): only the documented exceptions, and at most 1 s per input.
 *
 * <p>Each input is a whole zip package or workbook (a few KB, opened, inflated and parsed), about twenty times the
 * work of a text input of the other fuzz tests: {@link #COUNT} is {@code fuzz.count / 20} so that each class stays
 * within about ten seconds at the default (100 inputs; 5,000 for {@code -Dfuzz.count=100000}).
 */
final class FuzzHarness {
    static final int COUNT = Math.max(1, Integer.getInteger("fuzz.count", 2000) / 20);
    static final long SEED = Long.getLong("fuzz.seed", 1L);

    private FuzzHarness() {
    }

    /**
     * @param what the reader's name, for messages
     * @param count inputs to run
     * @param mutate makes input i from its random generator
     * @param read reads an input; may throw only the documented exceptions
     * @param documented the documented exception types
     * @return how many inputs ended in a documented exception
     */
    @SafeVarargs
    static int run(String what, int count, Function<Random, byte[]> mutate, Consumer<byte[]> read,
            Class<? extends RuntimeException>... documented) {
        int refused = 0;
        for (int i = 0; i < count; i++) {
            long seed = SEED * 1_000_003L + i;
            byte[] input = mutate.apply(new Random(seed));
            long t0 = System.nanoTime();
            try {
                read.accept(input);
            } catch (RuntimeException e) {
                boolean ok = e instanceof UncheckedIOException;
                for (Class<? extends RuntimeException> d : documented) {
                    ok |= d.isInstance(e);
                }
                if (!ok) {
                    throw new AssertionError(what + ": undocumented " + e + " for input " + i + " (fuzz.seed=" + SEED
                            + ", input seed " + seed + ")", e);
                }
                refused++;
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(what + ": " + e + " for input " + i + " (fuzz.seed=" + SEED + ")", e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 1000) {
                fail(what + ": input " + i + " took " + ms + " ms, more than 1 s (fuzz.seed=" + SEED + ", input seed "
                        + seed + ")");
            }
        }
        System.out.println(what + " fuzz: " + count + " inputs, " + refused + " refused with a documented error, seed "
                + SEED);
        return refused;
    }
}
