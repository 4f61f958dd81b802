package org.gongkai.ident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link DocumentNumber} and {@link CreditCode} on every candidate found in the real catalog rows of the
 * shared reference (reference/catalog-rows.jsonl, copied into the test resources). Candidates are
 * cut out by a deliberately loose pattern (an agency-like run of Han characters, any of the accepted brackets, four
 * digits, up to 号/號), so that what the parser rejects can be inspected.
 */
class RealDataMeasurementTest {
    private static String rows() throws IOException {
        try (InputStream in = RealDataMeasurementTest.class
                .getResourceAsStream("/org/gongkai/reference/catalog-rows.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
    private static final Pattern CANDIDATE = Pattern.compile(
            "\\p{IsHan}{1,10}\\s*[〔\\[［﹝(（]\\s*\\d{4}[^号號\"]{0,8}?[号號]");
    private static final Pattern CREDIT = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])");

    @Test
    void documentNumbersInRealCatalogRows() throws IOException {
        String all = rows();
        Map<String, String> outcome = new LinkedHashMap<>();
        Matcher m = CANDIDATE.matcher(all);
        while (m.find()) {
            String candidate = m.group();
            String result;
            try {
                DocumentNumber n = DocumentNumber.parse(candidate);
                result = n.canonical() + (n.isRepaired() ? " (repaired)" : "") + " " + n.normalizations();
            } catch (IdentifierFormatException e) {
                result = "REJECTED " + e.reason() + " @" + e.position();
            }
            outcome.put(candidate, result);
        }
        long rejected = outcome.values().stream().filter(v -> v.startsWith("REJECTED")).count();
        System.out.println("[real data] distinct 发文字号 candidates: " + outcome.size() + ", read: "
                + (outcome.size() - rejected) + ", rejected: " + rejected);
        outcome.forEach((k, v) -> System.out.println("[real data]   " + k + " -> " + v));
        // Measured and each looked at: 23 distinct candidates; the only rejection is real OCR damage on the
        // 腾冲 page (建房〔2012 ) 8 4 号 ): a ')' where 〕 belongs, then spaces inside the serial.
        assertThat(outcome).hasSize(23);
        assertThat(outcome.entrySet().stream().filter(e -> e.getValue().startsWith("REJECTED"))
                .map(Map.Entry::getKey)).singleElement().asString().startsWith("建房〔2012");
        assertThat(outcome.values().stream().filter(v -> v.contains("(repaired)"))).hasSize(3);
    }

    @Test
    void creditCodesInRealCatalogRows() throws IOException {
        List<String> codes = new ArrayList<>();
        Matcher m = CREDIT.matcher(rows());
        while (m.find()) {
            codes.add(m.group());
        }
        System.out.println("[real data] 18-character candidates: " + codes + ", valid: "
                + codes.stream().filter(CreditCode::isValid).count());
        assertThat(codes).allMatch(CreditCode::isValid);
    }
}
