package org.gongkai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.data.DataFormatException;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the core JSON reader (reliability audit D4): seeded byte mutations of the bundled data files (the 21
 * holiday notices and domains.json), deep nesting, long strings and numbers, random bytes. Properties: only
 * {@link DataFormatException} (from {@link MiniJson#parse} and from {@link HolidayNotice#parse} behind it); at most
 * 1 s per input; every document read is read again unchanged from its own serialisation.
 */
class MiniJsonFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final String[] TOKENS = {"[", "]", "{", "}", ",", ":", "\"", "\\", "\\u", "\\ud800", "true", "null",
        "-", "1e999999999", "0.5", "\"year\":", "\"days\":[", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\u00e9", "\u6625",
        "\n", " ", "9999999999999999999999"};

    /** One untimed parse of each seed first: the 1 s bound is per input, not for a cold JVM's class loading. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        for (byte[] s : seeds()) {
            MiniJson.parse(s, "warm-up");
            try {
                HolidayNotice.parse(new String(s, StandardCharsets.UTF_8), "warm-up");
            } catch (DataFormatException expected) {
                // domains.json is no notice
            }
        }
        try {
            MiniJson.parse("[", "warm-up");
        } catch (DataFormatException expected) {
            // loads the error path
        }
    }

    static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (int y = 2007; y <= 2027; y++) {
            seeds.add(resource("/org/gongkai/calendar/holidays/" + y + ".json"));
        }
        seeds.add(resource("/org/gongkai/domain/domains.json"));
        return seeds;
    }

    private static byte[] resource(String name) {
        try (InputStream in = MiniJsonFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] mutate(byte[] s, Random r) {
        byte[] b = s;
        for (int e = 0; e < 1 + r.nextInt(4); e++) {
            int n = b.length;
            int at = r.nextInt(n + 1);
            switch (r.nextInt(6)) {
                case 0 -> b = splice(b, at, Math.min(n, at + 1 + r.nextInt(8)), new byte[0]);
                case 1 -> b = splice(b, at, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 2 -> {
                    if (n > 0) {
                        b = b.clone();
                        b[Math.min(at, n - 1)] = (byte) r.nextInt(256);
                    }
                }
                case 3 -> b = Arrays.copyOf(b, Math.min(n, at));
                case 4 -> b = splice(b, at, at, "[".repeat(r.nextInt(200)).getBytes(StandardCharsets.UTF_8));
                default -> {
                    int from = n == 0 ? 0 : r.nextInt(n);
                    byte[] seg = Arrays.copyOfRange(b, from, Math.min(n, from + r.nextInt(200)));
                    b = splice(b, at, at, seg);
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    /** A small JSON writer for the round trip (the core has none). */
    static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                write(e.getKey(), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(l.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toString());
        } else {
            sb.append(v);
        }
    }

    @Test
    void mutatedDataFilesParseOrFailAsDocumentedAndRoundTrip() {
        List<byte[]> seeds = seeds();
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < COUNT; i++) {
            Random r = new Random(SEED * 1_000_033L + i);
            byte[] doc = mutate(seeds.get(r.nextInt(seeds.size())), r);
            String where = "seed " + SEED + " input " + i;
            long t0 = System.nanoTime();
            Object v = null;
            try {
                v = MiniJson.parse(doc, "fuzz");
                parsed++;
            } catch (DataFormatException expected) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail(where + ": undocumented " + e, e);
            }
            try {
                HolidayNotice.parse(new String(doc, StandardCharsets.UTF_8), "fuzz");
            } catch (DataFormatException expected) {
                // documented
            } catch (RuntimeException | StackOverflowError e) {
                fail(where + ": HolidayNotice.parse: undocumented " + e, e);
            }
            assertThat((System.nanoTime() - t0) / 1_000_000).as(where + ": time (ms)").isLessThan(1000);
            if (v != null) {
                StringBuilder sb = new StringBuilder();
                write(v, sb);
                assertThat(MiniJson.parse(sb.toString(), "again")).as(where).isEqualTo(v);
            }
        }
        System.out.println("MiniJsonFuzzTest: seed " + SEED + ", " + COUNT + " inputs, " + parsed + " parsed, "
                + refused + " refused (DataFormatException)");
    }

    @Test
    void randomBytesAndTokensFailAsDocumented() {
        for (int i = 0; i < COUNT; i++) {
            Random r = new Random(SEED * 97L + i);
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(TOKENS[r.nextInt(TOKENS.length)]);
            }
            byte[] doc = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (r.nextBoolean()) {
                doc = mutate(doc, r);
            }
            long t0 = System.nanoTime();
            try {
                MiniJson.parse(doc, "fuzz");
            } catch (DataFormatException expected) {
                // documented
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + SEED + " random " + i + ": undocumented " + e, e);
            }
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
        }
    }
}
