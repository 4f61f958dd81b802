package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar describes the golden files. There is no schema-validator dependency, so this
 * test carries a small checker for the subset the schema uses: $ref to $defs, oneOf, type (one or several), required,
 * properties, additionalProperties (false or a schema), items, enum, uniqueItems, minimum, maximum.
 */
class SchemaTest {
    private final ObjectMapper plain = new ObjectMapper();

    private JsonNode schema() throws IOException {
        try (InputStream in = GongkaiModule.class.getResourceAsStream("gongkai-catalog.schema.json")) {
            assertThat(in).as("schema in the jar next to GongkaiModule").isNotNull();
            return plain.readTree(in);
        }
    }

    private List<String> check(JsonNode root, JsonNode schema, JsonNode value, String path) {
        List<String> problems = new ArrayList<>();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            assertThat(ref).startsWith("#/$defs/");
            problems.addAll(check(root, root.get("$defs").get(ref.substring(8)), value, path));
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> all = new ArrayList<>();
            for (JsonNode alternative : schema.get("oneOf")) {
                List<String> p = check(root, alternative, value, path);
                matching += p.isEmpty() ? 1 : 0;
                all.addAll(p);
            }
            if (matching != 1) {
                problems.add(path + ": matches " + matching + " of the oneOf alternatives, not exactly one"
                        + (matching == 0 ? " " + all : ""));
            }
        }
        if (schema.has("type")) {
            List<String> types = new ArrayList<>();
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(schema.get("type").asText());
            }
            if (types.stream().noneMatch(t -> hasType(value, t))) {
                problems.add(path + ": " + value.getNodeType() + " is not " + types);
                return problems;
            }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                problems.add(path + ": " + value + " is not in the enum");
            }
        }
        if (value.isNumber() && schema.has("minimum") && value.decimalValue().compareTo(
                schema.get("minimum").decimalValue()) < 0) {
            problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (value.isNumber() && schema.has("maximum") && value.decimalValue().compareTo(
                schema.get("maximum").decimalValue()) > 0) {
            problems.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
        }
        if (value.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!value.has(r.asText())) {
                        problems.add(path + ": missing required " + r.asText());
                    }
                }
            }
            JsonNode props = schema.get("properties");
            for (Map.Entry<String, JsonNode> f : value.properties()) {
                if (props != null && props.has(f.getKey())) {
                    problems.addAll(check(root, props.get(f.getKey()), f.getValue(), path + "/" + f.getKey()));
                } else if (schema.has("additionalProperties")) {
                    JsonNode ap = schema.get("additionalProperties");
                    if (ap.isBoolean() && !ap.asBoolean()) {
                        problems.add(path + ": property " + f.getKey() + " is not allowed");
                    } else if (ap.isObject()) {
                        problems.addAll(check(root, ap, f.getValue(), path + "/" + f.getKey()));
                    }
                }
            }
        }
        if (value.isArray()) {
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    problems.addAll(check(root, schema.get("items"), value.get(i), path + "/" + i));
                }
            }
            if (schema.path("uniqueItems").asBoolean() && new java.util.HashSet<JsonNode>(
                    plain.convertValue(value, new com.fasterxml.jackson.core.type.TypeReference<List<JsonNode>>() {
                    })).size() != value.size()) {
                problems.add(path + ": items are not unique");
            }
        }
        return problems;
    }

    private static boolean hasType(JsonNode v, String t) {
        return switch (t) {
            case "string" -> v.isTextual();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "boolean" -> v.isBoolean();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "null" -> v.isNull();
            default -> throw new AssertionError("type not supported by the test checker: " + t);
        };
    }

    private JsonNode def(JsonNode schema, String name) {
        return plain.createObjectNode().put("$ref", "#/$defs/" + name);
    }

    @Test
    void goldenFilesConformToTheShippedSchema() throws IOException {
        JsonNode s = schema();
        assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(check(s, s, GoldenJsonTest.golden(plain, "golden-catalog.json"), "")).isEmpty();
        assertThat(check(s, def(s, "informationRecord"), GoldenJsonTest.golden(plain, "golden-record.json"), ""))
                .isEmpty();
        assertThat(check(s, def(s, "negativeList"), GoldenJsonTest.golden(plain, "golden-negative-list.json"), ""))
                .isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void generatedCatalogsConformToTheSchema(long seed) throws IOException {
        JsonNode s = schema();
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        String json = GongkaiJson.mapper().writeValueAsString(org.gongkai.codecs.Generators.catalog(r, 20, false));
        assertThat(check(s, s, plain.readTree(json), "")).isEmpty();
    }

    @Test
    void theCheckerCatchesViolations() throws IOException {
        JsonNode s = schema();
        ObjectNode bad = (ObjectNode) GoldenJsonTest.golden(plain, "golden-catalog.json");
        ObjectNode item = (ObjectNode) bad.get("items").get(0);
        item.remove("basis");
        item.putArray("audiences").add("全社会");
        item.put("colour", "red");
        assertThat(check(s, s, bad, "")).containsExactlyInAnyOrder(
                "/items/0: missing required basis",
                "/items/0/audiences/0: \"全社会\" is not in the enum",
                "/items/0: property colour is not allowed");
    }

    @Test
    void goldenFilesOfRequestsCalendarAndReportsConformToTheShippedSchema() throws IOException {
        JsonNode s = schema();
        assertThat(check(s, def(s, "request"), GoldenJsonTest.golden(plain, "golden-request.json"), "")).isEmpty();
        assertThat(check(s, def(s, "replyDeadline"), GoldenJsonTest.golden(plain, "golden-reply-deadline.json"), ""))
                .isEmpty();
        assertThat(check(s, def(s, "table2"), GoldenJsonTest.golden(plain, "golden-table2.json"), "")).isEmpty();
        assertThat(check(s, def(s, "calendarProvenance"),
                GoldenJsonTest.golden(plain, "golden-calendar-provenance.json"), "")).isEmpty();
        for (int year = 2007; year <= 2027; year++) {
            // the real holiday-cn files are in the format
            assertThat(check(s, def(s, "holidayNotice"), GoldenJsonTest.golden(plain, "holidays/" + year + ".json"),
                    "")).as(year + ".json").isEmpty();
        }
        ObjectMapper m = GongkaiJson.mapper();
        JsonNode provenance = plain.readTree(m.writeValueAsString(org.gongkai.calendar.WorkingDayCalendar.official()
                .provenance()));
        assertThat(check(s, def(s, "calendarProvenance"), provenance, "")).isEmpty();
        JsonNode day = plain.readTree(m.writeValueAsString(org.gongkai.calendar.WorkingDayCalendar.official()
                .day(java.time.LocalDate.of(2024, 10, 1))));
        assertThat(check(s, def(s, "calendarDay"), day, "")).isEmpty();
        JsonNode range = plain.readTree(m.writeValueAsString(org.gongkai.calendar.WorkingDayCalendar.official()
                .coverage()));
        assertThat(check(s, def(s, "dateRange"), range, "")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void generatedRequestsNoticesAndTablesConformToTheSchema(long seed) throws IOException {
        JsonNode s = schema();
        ObjectMapper m = GongkaiJson.mapper();
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < 10; i++) {
            org.gongkai.request.DisclosureRequest request = RequestJsonTest.randomRequest(r);
            assertThat(check(s, def(s, "request"), plain.readTree(m.writeValueAsString(request)), "")).isEmpty();
            assertThat(check(s, def(s, "replyDeadline"), plain.readTree(m.writeValueAsString(
                    request.replyDeadline(org.gongkai.calendar.WorkingDayCalendar.official()
                            .withPolicy(org.gongkai.calendar.CoveragePolicy.PROVISIONAL)))), "")).isEmpty();
            assertThat(check(s, def(s, "holidayNotice"), plain.readTree(m.writeValueAsString(
                    CalendarJsonTest.randomNotice(r))), "")).isEmpty();
        }
    }

    @Test
    void theCheckerCatchesAnEventOfNoKind() throws IOException {
        JsonNode s = schema();
        ObjectNode bad = (ObjectNode) GoldenJsonTest.golden(plain, "golden-request.json");
        ((ObjectNode) bad.get("events").get(0)).put("kind", "REPLIED");
        assertThat(check(s, def(s, "request"), bad, "")).hasSize(1).first().asString()
                .startsWith("/events/0: matches 0 of the oneOf alternatives");
    }
}
