package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.gongkai.codecs.Generators;
import org.gongkai.codecs.jackson3.GongkaiJson3;
import org.gongkai.data.DataFormatException;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded fuzzing of Gongkai's JSON (issue 13's convention): generated catalogs round-trip unchanged through the
 * Jackson 2 mapper, the Jackson 3 mapper and the streaming reader/writer; mutations of those documents and random
 * bytes give only the documented exceptions ({@link JsonProcessingException} from {@link GongkaiJson#mapper()},
 * {@link JacksonException} from {@link GongkaiJson3#mapper()}, {@link DataFormatException} from
 * {@link CatalogJsonReader}), within 1 s per input; a mutated document that is accepted is written back and read
 * again unchanged. {@code -Dfuzz.count} inputs per kind from base seed {@code -Dfuzz.seed}.
 */
class JsonFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final long LIMIT_NANOS = 1_000_000_000L;

    private final ObjectMapper two = GongkaiJson.mapper();
    private final JsonMapper three = GongkaiJson3.mapper();

    /** Characters a mutation inserts: JSON's own, escapes, CJK, a surrogate half, controls, a BOM. */
    private static final String NOISE = "{}[]:,\"\\ \t\n0-9eE.+truefalsnl公开依据時限\uD83D\uFFFD\u0000\u001F\uFEFF/u";

    @Test
    void generatedCatalogsRoundTripUnchanged() throws Exception {
        for (int i = 0; i < COUNT; i++) {
            SplittableRandom r = new SplittableRandom(SEED * 1_000_003L + i);
            Catalog c = Generators.catalog(r, r.nextInt(4), false);
            long start = System.nanoTime();
            String json = two.writeValueAsString(c);
            assertThat(two.readValue(json, Catalog.class)).as(where(i, json)).isEqualTo(c);
            assertThat(three.readValue(json, Catalog.class)).as(where(i, json)).isEqualTo(c);
            assertThat(three.writeValueAsString(c)).as(where(i, json)).isEqualTo(json);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CatalogJsonWriter.write(c, out);
            try (CatalogJsonReader in = CatalogJsonReader.open(new ByteArrayInputStream(out.toByteArray()), "fuzz")) {
                assertThat(in.readAll()).as(where(i, json)).isEqualTo(c);
            }
            within(start, i, json);
        }
    }

    @Test
    void mutatedDocumentsGiveOnlyDocumentedErrors() throws Exception {
        for (int i = 0; i < COUNT; i++) {
            SplittableRandom r = new SplittableRandom(SEED * 7_000_003L + i);
            String json = two.writeValueAsString(Generators.catalog(r, 1 + r.nextInt(2), false));
            String mutated = mutate(json, r);
            long start = System.nanoTime();
            check(i, mutated.getBytes(StandardCharsets.UTF_8), mutated);
            within(start, i, mutated);
        }
    }

    @Test
    void randomInputGivesOnlyDocumentedErrors() throws Exception {
        for (int i = 0; i < COUNT; i++) {
            SplittableRandom r = new SplittableRandom(SEED * 9_000_011L + i);
            byte[] bytes = new byte[r.nextInt(64)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = r.nextInt(4) == 0 ? (byte) r.nextInt(256)
                        : (byte) "{}[]:,\"0123456789 truefalsenull".charAt(r.nextInt(30));
            }
            long start = System.nanoTime();
            check(i, bytes, java.util.HexFormat.of().formatHex(bytes));
            within(start, i, java.util.HexFormat.of().formatHex(bytes));
        }
    }

    private void check(int i, byte[] input, String shown) throws Exception {
        Catalog viaTwo = null;
        try {
            viaTwo = two.readValue(input, Catalog.class);
        } catch (JsonProcessingException expected) {
            // documented
        } catch (RuntimeException | java.io.IOException e) {
            fail("Jackson 2 mapper threw an undocumented " + e + " at " + where(i, shown), e);
        }
        Catalog viaThree = null;
        try {
            viaThree = three.readValue(input, Catalog.class);
        } catch (JacksonException expected) {
            // documented
        } catch (RuntimeException e) {
            fail("Jackson 3 mapper threw an undocumented " + e + " at " + where(i, shown), e);
        }
        // one mapping: both majors accept the same documents and read them equal
        assertThat(viaThree).as(where(i, shown)).isEqualTo(viaTwo);
        Catalog streamed = null;
        try (CatalogJsonReader in = CatalogJsonReader.open(new ByteArrayInputStream(input), "fuzz")) {
            streamed = in.readAll();
        } catch (DataFormatException expected) {
            // documented
        } catch (RuntimeException e) {
            fail("CatalogJsonReader threw an undocumented " + e + " at " + where(i, shown), e);
        }
        if (viaTwo != null) {
            String again = two.writeValueAsString(viaTwo);
            assertThat(two.readValue(again, Catalog.class)).as(where(i, shown)).isEqualTo(viaTwo);
            if (streamed != null) {
                assertThat(streamed).as(where(i, shown)).isEqualTo(viaTwo);
            }
        }
    }

    private static String mutate(String json, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(json);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                case 2 -> sb.setLength(at); // truncated
                case 3 -> { // a slice copied elsewhere: duplicate keys, nested values in odd places
                    int end = Math.min(sb.length(), at + 1 + r.nextInt(40));
                    String slice = sb.substring(at, end);
                    sb.insert(r.nextInt(sb.length()), slice);
                }
                case 4 -> sb.setCharAt(at, NOISE.charAt(r.nextInt(NOISE.length())));
                default -> { // a key repeated: "content":"…" written twice in one object
                    int k = sb.indexOf("\"content\":");
                    if (k >= 0) {
                        sb.insert(k, "\"content\":\"x\",");
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void within(long start, int i, String input) {
        long took = System.nanoTime() - start;
        if (took > LIMIT_NANOS) {
            fail("input took " + took / 1_000_000 + " ms (over 1 s) at " + where(i, input));
        }
    }

    private static String where(int i, String input) {
        return "fuzz.seed=" + SEED + " input " + i + ": " + (input.length() > 300 ? input.substring(0, 300) + "…"
                : input);
    }

    @Test
    void itemsReadAloneToo() throws Exception {
        // the item reader is the one the catalog uses; a few items read alone through both majors
        for (int i = 0; i < Math.min(COUNT, 200); i++) {
            DisclosureItem item = Generators.item(new SplittableRandom(SEED + i), null, false);
            String json = two.writeValueAsString(item);
            assertThat(three.readValue(json, DisclosureItem.class)).as(where(i, json)).isEqualTo(item);
        }
    }
}
