package org.gongkai.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the identifiers (issue 13's convention): {@link CreditCode}, {@link OrganizationCode},
 * {@link DocumentNumber}, {@link IndexNumber}. Inputs are mutations of valid identifiers (credit codes generated with
 * their GB 32100-2015 check character, real document and index numbers) and random text. For each input: parse throws
 * only {@link IdentifierFormatException}, with a position inside the text; parse, tryParse and isValid agree; what
 * parses is written back (toString, canonical) as text that parses to the same value; one call takes under 1 s.
 * Count {@code -Dfuzz.count} (default 2000), base seed {@code -Dfuzz.seed} (default 1).
 */
class IdentifiersFuzzTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final String NOISE = "0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ-/〔〕[]()（）﹝﹞号第年国办发政字 \u3000\t\u0000\ud800《》";
    private static final List<String> DOCUMENTS = List.of("国办发〔2019〕54号", "东政办秘〔2020〕64号", "辽政办发(2014)74号",
            "中办发﹝2016﹞8号", "建房〔2012〕84号", "国发〔2015〕23号", "税总发〔2017〕44号");
    private static final List<String> INDEXES = List.of("11500382774856013D/2024-00016", "11370300MB28347540/2021-None");

    static String creditCode(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(18);
        sb.append("123456789ANY".charAt(r.nextInt(12))).append("123459".charAt(r.nextInt(6)));
        for (int i = 2; i < 17; i++) {
            sb.append(CreditCode.CHARACTERS.charAt(r.nextInt(CreditCode.CHARACTERS.length())));
        }
        return sb.append(CreditCode.checkCharacterOf(sb)).toString();
    }

    static String mutate(String base, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(base);
        int edits = r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> sb.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, NOISE.charAt(r.nextInt(NOISE.length())));
                    }
                }
                case 3 -> sb.setLength(at);
                case 4 -> sb.append(sb.toString().repeat(r.nextInt(20) == 0 ? 1000 : 1));
                default -> sb.insert(at, (char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    @Test
    void identifiersThrowOnlyTheirExceptionAndAgree() {
        // warm-up, untimed: the 1 s bound is for the code, not for loading the classes and the JIT
        for (String d : DOCUMENTS) {
            DocumentNumber.tryParse(d);
        }
        for (String x : INDEXES) {
            IndexNumber.tryParse(x);
        }
        int parsed = 0;
        for (int i = 0; i < COUNT; i++) {
            long seed = SEED + i;
            SplittableRandom r = new SplittableRandom(seed);
            String code = mutate(creditCode(r), r);
            parsed += check(code, CreditCode::parse, CreditCode::tryParse, CreditCode::isValid, Object::toString,
                    seed, i);
            String org = mutate(creditCode(r).substring(8, 17), r);
            check(org, OrganizationCode::parse, OrganizationCode::tryParse, OrganizationCode::isValid,
                    Object::toString, seed, i);
            String doc = mutate(DOCUMENTS.get(r.nextInt(DOCUMENTS.size())), r);
            parsed += check(doc, DocumentNumber::parse, DocumentNumber::tryParse, DocumentNumber::isValid,
                    d -> d.canonical(), seed, i);
            String index = mutate(INDEXES.get(r.nextInt(INDEXES.size())), r);
            check(index, IndexNumber::parse, IndexNumber::tryParse, IndexNumber::isValid, Object::toString, seed, i);
        }
        // the generator keeps a share of valid identifiers, else it would test the error path only
        assertThat(parsed).isGreaterThan(COUNT / 10);
    }

    private static <T> int check(String input, Function<String, T> parse, Function<String, Optional<T>> tryParse,
            Function<String, Boolean> isValid, Function<T, String> write, long seed, int index) {
        long t0 = System.nanoTime();
        T value = null;
        try {
            value = parse.apply(input);
        } catch (IdentifierFormatException e) {
            assertThat(e.getMessage()).as("seed %d input #%d", seed, index).isNotBlank();
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + " input #" + index + " threw " + e + " on: " + input, e);
        }
        long took = System.nanoTime() - t0;
        if (took > 1_000_000_000L) {
            // re-timed once: a pause of the shared machine (GC, scheduling) is not the parser's time
            long t1 = System.nanoTime();
            tryParse.apply(input);
            took = System.nanoTime() - t1;
        }
        if (took > 1_000_000_000L) {
            fail("seed %d input #%d took %d ms: %s", seed, index, took / 1_000_000, input);
        }
        Optional<T> tried = tryParse.apply(input);
        if (value == null) {
            // isValid may be stricter than tryParse for index numbers (audit §7): it never accepts what parse refuses
            assertThat(isValid.apply(input)).as("seed %d input #%d: %s", seed, index, input).isFalse();
            return 0;
        }
        assertThat(tried).as("seed %d input #%d: %s", seed, index, input).contains(value);
        T back = parse.apply(write.apply(value));
        assertThat(back).as("seed %d input #%d: written back", seed, index).isEqualTo(value);
        return 1;
    }
}
