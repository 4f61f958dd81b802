package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.codecs.Generators;
import org.gongkai.codecs.jackson3.GongkaiJackson3Module;
import org.gongkai.codecs.jackson3.GongkaiJson3;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.NegativeList;
import org.gongkai.report.Table2;
import org.gongkai.request.DisclosureRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One suite, run against both Jackson majors: the Jackson 2 {@link GongkaiModule} ({@link GongkaiJson#mapper()}) and
 * the Jackson 3 {@link GongkaiJackson3Module} ({@link GongkaiJson3#mapper()}). Both must write the golden files
 * exactly, read them back equal, write the same bytes for the same value, keep the same limits and report the same
 * errors (message and JSON Pointer) in their own exception types.
 */
class BothMajorsTest {

    /** What the suite needs of a Jackson major. */
    interface Major {
        String write(Object value) throws Exception;

        <T> T read(String json, Class<T> type) throws Exception;

        <T> T read(byte[] json, Class<T> type) throws Exception;

        /** @return the message without Jackson's location suffix, or null when {@code e} is no Jackson error */
        String original(Throwable e);

        /** @return the line of the error's location, or -1 when it has none */
        int line(Throwable e);
    }

    static final Major JACKSON_2 = new Major() {
        private final ObjectMapper m = GongkaiJson.mapper();

        @Override
        public String write(Object value) throws Exception {
            return m.writeValueAsString(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) throws Exception {
            return m.readValue(json, type);
        }

        @Override
        public <T> T read(byte[] json, Class<T> type) throws Exception {
            return m.readValue(json, type);
        }

        @Override
        public String original(Throwable e) {
            return e instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
        }

        @Override
        public int line(Throwable e) {
            return e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : -1;
        }

        @Override
        public String toString() {
            return "Jackson 2";
        }
    };

    static final Major JACKSON_3 = new Major() {
        private final JsonMapper m = GongkaiJson3.mapper();

        @Override
        public String write(Object value) {
            return m.writeValueAsString(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) {
            return m.readValue(json, type);
        }

        @Override
        public <T> T read(byte[] json, Class<T> type) {
            return m.readValue(json, type);
        }

        @Override
        public String original(Throwable e) {
            return e instanceof JacksonException j ? j.getOriginalMessage() : null;
        }

        @Override
        public int line(Throwable e) {
            return e instanceof JacksonException j && j.getLocation() != null ? j.getLocation().getLineNr() : -1;
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
    };

    static Stream<Major> majors() {
        return Stream.of(JACKSON_2, JACKSON_3);
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static String compact(String json) throws IOException {
        return PLAIN.writeValueAsString(PLAIN.readTree(json));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    record Golden(String file, Class<?> type) {
    }

    static final List<Golden> GOLDEN = List.of(new Golden("golden-catalog.json", Catalog.class),
            new Golden("golden-record.json", InformationRecord.class),
            new Golden("golden-negative-list.json", NegativeList.class),
            new Golden("golden-request.json", DisclosureRequest.class),
            new Golden("golden-table2.json", Table2.class),
            new Golden("golden-calendar-provenance.json", org.gongkai.calendar.Provenance.class));

    @ParameterizedTest
    @MethodSource("majors")
    void everyGoldenFileReadsAndIsWrittenBackExactly(Major major) throws Exception {
        for (Golden g : GOLDEN) {
            String text = golden(g.file());
            Object value = major.read(text, g.type());
            assertThat(compact(major.write(value))).as(g.file()).isEqualTo(compact(text));
        }
        assertThat(major.read(golden("golden-catalog.json"), Catalog.class)).isEqualTo(GoldenJsonTest.goldenCatalog());
    }

    @ParameterizedTest
    @MethodSource("majors")
    void theModuleIsFoundWithNoSetup(Major major) {
        if (major == JACKSON_2) {
            assertThat(new ObjectMapper().findAndRegisterModules().getRegisteredModuleIds())
                    .contains(GongkaiModule.class.getName());
        } else {
            JsonMapper found = JsonMapper.builder().findAndAddModules().build();
            assertThat(found.registeredModules()).anyMatch(m -> m instanceof GongkaiJackson3Module);
            // and it works there: a credit code is its canonical string, not {}
            assertThat(found.writeValueAsString(org.gongkai.ident.CreditCode.parse("11500382774856013D")))
                    .isEqualTo("\"11500382774856013D\"");
        }
    }

    @Test
    void bothMajorsWriteTheSameBytesAndReadEachOthersOutput() throws Exception {
        for (int seed = 0; seed < 200; seed++) {
            Catalog c = Generators.catalog(new SplittableRandom(seed), 1 + seed % 6, false);
            String two = JACKSON_2.write(c);
            String three = JACKSON_3.write(c);
            assertThat(three).as("seed %d", seed).isEqualTo(two);
            assertThat(JACKSON_3.read(two, Catalog.class)).as("seed %d", seed).isEqualTo(c);
            assertThat(JACKSON_2.read(three, Catalog.class)).as("seed %d", seed).isEqualTo(c);
        }
    }

    /** Inputs the format refuses, with the message (and JSON Pointer) both majors must give. */
    static final List<String[]> BAD = List.of(
            // reliability audit D12: a key given twice is an error naming where, not "the last one wins"
            new String[] {"{\"title\":\"a\",\"title\":\"b\"}", "Catalog", "the key \"title\" is given twice at /title"},
            new String[] {"{\"items\":[{\"content\":\"公开内容A\",\"content\":\"公开内容B\"}]}", "Catalog",
                "the key \"content\" is given twice at /items/0/content"},
            new String[] {"{\"year\":2025,\"days\":[{\"name\":\"元旦\",\"date\":\"2025-01-01\",\"date\":\"2025-01-02\","
                + "\"isOffDay\":true}]}", "HolidayNotice", "the key \"date\" is given twice at /days/0/date"},
            new String[] {"{\"items\":[{\"deadline\":{\"source\":\"及时\",\"source\":\"每年\"}}]}", "Catalog",
                "the key \"source\" is given twice at /items/0/deadline/source"},
            // unknown keys, bad codes, wrong shapes
            new String[] {"{\"items\":[{\"nope\":1}]}", "Catalog", "Unknown property \"nope\" of DisclosureItem at "
                + "/items/0/nope"},
            new String[] {"{\"audiences\":[\"NOBODY\"]}", "DisclosureItem", "\"NOBODY\" is no code of Audience nor one"
                + " of its Chinese labels; codes: GENERAL_PUBLIC, SPECIFIC_GROUP at /audiences/0"},
            new String[] {"{\"title\":5}", "Catalog", "expected a string but found the number 5 at /title"});

    private static Class<?> type(String name) {
        return switch (name) {
            case "Catalog" -> Catalog.class;
            case "DisclosureItem" -> DisclosureItem.class;
            case "HolidayNotice" -> HolidayNotice.class;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @MethodSource("majors")
    void badInputsGiveTheSameMessageWithThePointer(Major major) {
        for (String[] bad : BAD) {
            Throwable e = catchThrowable(() -> major.read(bad[0], type(bad[1])));
            assertThat(major.original(e)).as(bad[0]).isNotNull().startsWith(bad[2]);
        }
    }

    @ParameterizedTest
    @MethodSource("majors")
    void theWriterRefusesWhatTheReaderWouldRefuse(Major major) throws Exception {
        // reliability audit D13: the reader's limit is GongkaiJson.MAX_STRING_LENGTH characters per string
        String atLimit = "公".repeat(GongkaiJson.MAX_STRING_LENGTH);
        Catalog ok = Catalog.builder().title(atLimit).build();
        assertThat(major.read(major.write(ok), Catalog.class)).isEqualTo(ok);

        Catalog tooLong = Catalog.builder().title(atLimit + "开").build();
        Throwable e = catchThrowable(() -> major.write(tooLong));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("String value length (1000001) exceeds the maximum a Gongkai reader "
                + "accepts (1000000) at /title");
        // and the reader refuses the same text written by hand
        String json = "{\"title\":\"" + "a".repeat(GongkaiJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertThat(major.original(catchThrowable(() -> major.read(json, Catalog.class)))).contains("1000001");
    }

    @ParameterizedTest
    @MethodSource("majors")
    void nestingDeeperThanTheLimitIsRefused(Major major) {
        // the deadline's structured keys are skipped (the source is read), so the parser itself meets the depth
        String deep = "{\"deadline\":{\"kind\":" + "[".repeat(40) + "]".repeat(40) + ",\"source\":\"及时\"}}";
        Throwable e = catchThrowable(() -> major.read(deep, DisclosureItem.class));
        assertThat(major.original(e)).isNotNull().contains("nesting depth");
    }

    @ParameterizedTest
    @MethodSource("majors")
    void malformedUtf32IsAParseErrorWithItsLocation(Major major) {
        // reliability audit D14: the bytes 00 00 00 00 00 20 22 32 are detected as UTF-32BE; the second unit
        // 0x00202232 is above U+10FFFF, so no character
        byte[] bytes = {0, 0, 0, 0, 0, 0x20, 0x22, 0x32};
        Throwable e = catchThrowable(() -> major.read(bytes, Catalog.class));
        assertThat(major.original(e)).as("%s", e).isNotNull().startsWith("The input is not valid in its encoding: "
                + "Invalid UTF-32 character");
        assertThat(major.line(e)).isEqualTo(1);
    }

    @Test
    void bothMajorsGiveTheSameMessages() {
        for (String[] bad : BAD) {
            String two = JACKSON_2.original(catchThrowable(() -> JACKSON_2.read(bad[0], type(bad[1]))));
            String three = JACKSON_3.original(catchThrowable(() -> JACKSON_3.read(bad[0], type(bad[1]))));
            assertThat(three).as(bad[0]).isEqualTo(two);
        }
        assertThatThrownBy(() -> JACKSON_3.read("{\"items\":[{\"nope\":1}]}", Catalog.class))
                .isInstanceOf(tools.jackson.databind.exc.UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> JACKSON_2.read("{\"items\":[{\"nope\":1}]}", Catalog.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
    }
}
