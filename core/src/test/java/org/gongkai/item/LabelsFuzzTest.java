package org.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.gongkai.data.UnknownLabelException;
import org.gongkai.request.ReplyType;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the term labels (issue 13's convention; reliability audit D16): fromLabel and find of the item
 * enums, {@link AdministrativeLevel#parseAll}, {@link ReplyType#fromLabel}, {@link Channel#parse} and
 * {@link ChannelCell#parse}. Inputs are mutations of every label and variant (with marks, separators, Traditional
 * characters, long repetitions) and random text, and null. For each input: fromLabel throws only
 * {@link UnknownLabelException} and agrees with find; Channel.parse keeps the text; a channel cell is written back
 * character for character; one call takes under 1 s. Count {@code -Dfuzz.count} (default 2000), seed
 * {@code -Dfuzz.seed} (default 1).
 */
class LabelsFuzzTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final String NOISE = "■□口▄√nþüot /、;；,，:：()（）其他_…政府網站兩微一端1.2.\u3000\u0000\ud800\t";

    private static final List<String> LABELS = labels();

    private static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (ChannelKind k : ChannelKind.values()) {
            out.addAll(List.of(k.labels()));
        }
        for (Audience a : Audience.values()) {
            out.add(a.label());
        }
        for (DisclosureMethod m : DisclosureMethod.values()) {
            out.add(m.label());
        }
        for (DisclosureAttribute a : DisclosureAttribute.values()) {
            out.add(a.label());
        }
        for (DisclosureStage s : DisclosureStage.values()) {
            out.add(s.label());
        }
        for (AdministrativeLevel l : AdministrativeLevel.values()) {
            out.add(l.label());
        }
        for (ReplyType t : ReplyType.values()) {
            out.add(t.label());
        }
        return List.copyOf(out);
    }

    static String generate(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int options = 1 + r.nextInt(6);
        for (int o = 0; o < options; o++) {
            if (r.nextBoolean()) {
                sb.append(NOISE.charAt(r.nextInt(NOISE.length())));
            }
            sb.append(LABELS.get(r.nextInt(LABELS.size())));
        }
        int edits = r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(sb.length() + 1);
            switch (r.nextInt(4)) {
                case 0 -> sb.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                case 1 -> sb.setLength(at);
                case 2 -> sb.append(sb.toString().repeat(r.nextInt(50) == 0 ? 300 : 1));
                default -> sb.insert(at, (char) r.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    @Test
    void labelsThrowOnlyUnknownLabelAndCellsRoundTrip() {
        // warm-up, untimed: the 1 s bound is for the code, not for loading the classes and the JIT
        for (String label : LABELS) {
            ChannelCell.parse("■" + label + "□" + label);
            ChannelKind.find(label);
            AdministrativeLevel.find(label);
            NonDisclosureGround.find(label);
        }
        int known = 0;
        for (int i = 0; i < COUNT; i++) {
            long seed = SEED + i;
            SplittableRandom r = new SplittableRandom(seed);
            String input = r.nextInt(50) == 0 ? null : generate(r);
            long t0 = System.nanoTime();
            known += checkOnce(input, seed, i);
            long took = System.nanoTime() - t0;
            if (took > 1_000_000_000L) {
                // re-timed once: a pause of the shared machine (GC, scheduling) is not the parser's time
                long t1 = System.nanoTime();
                checkOnce(input, seed, i);
                took = System.nanoTime() - t1;
            }
            if (took > 1_000_000_000L) {
                fail("seed %d input #%d took %d ms (re-timed)", seed, i, took / 1_000_000);
            }
        }
        assertThat(known).isGreaterThan(0);
    }

    private static int checkOnce(String input, long seed, int i) {
        int known = 0;
        {
            try {
                known += agree(input, Audience::fromLabel, Audience::find);
                known += agree(input, DisclosureMethod::fromLabel, DisclosureMethod::find);
                known += agree(input, DisclosureAttribute::fromLabel, DisclosureAttribute::find);
                known += agree(input, DisclosureStage::fromLabel, DisclosureStage::find);
                known += agree(input, NonDisclosureGround::fromLabel, NonDisclosureGround::find);
                known += agree(input, AdministrativeLevel::fromLabel, AdministrativeLevel::find);
                known += agree(input, ChannelKind::fromLabel, ChannelKind::find);
                try {
                    AdministrativeLevel.parseAll(input);
                } catch (UnknownLabelException expected) {
                    // documented
                }
                Optional<ReplyType> reply = ReplyType.fromLabel(input);
                assertThat(reply).isNotNull();
                if (input != null) {
                    assertThat(Channel.parse(input).text()).isEqualTo(input);
                }
                ChannelCell cell = ChannelCell.parse(input);
                assertThat(cell.write()).as("seed %d input #%d: the cell is written back", seed, i)
                        .isEqualTo(input == null ? "" : input);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " input #" + i + " threw " + e + " on: " + input, e);
            }
        }
        return known;
    }

    private static <E> int agree(String input, Function<String, E> fromLabel, Function<String, Optional<E>> find) {
        E e;
        try {
            e = fromLabel.apply(input);
        } catch (UnknownLabelException ex) {
            assertThat(input == null ? Optional.empty() : find.apply(input)).isEmpty();
            return 0;
        }
        assertThat(find.apply(input)).contains(e);
        return 1;
    }
}
