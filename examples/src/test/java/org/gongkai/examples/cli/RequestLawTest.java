package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code request due --consultation START:END[:RECEIVED] | START:} and {@code request fee}. Dates counted by hand
 * on the 2026 notice: 09-20 Sun worked, 09-25..27 and 10-01..07 rest, 10-10 Sat worked.
 */
class RequestLawTest {

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(int status, String... args) {
        Cli.Result r = run(args);
        assertThat(r.status()).as(r.err()).isEqualTo(status);
        return (Map<String, Object>) r.json();
    }

    /**
     * Art. 32 "自收到征求意见书之日起15个工作日内": sent 09-18, received 09-28 → 09-29, 30, 10-08, 09, 10, 12..16,
     * 19..23 → 2026-10-23; ended 10-26, after it: overrun.
     */
    @Test
    @SuppressWarnings("unchecked")
    void consultationWithReceipt() {
        Map<String, Object> j = json(0, "request", "due", "--received", "2026-09-17", "--as-of", "2026-09-17",
                "--consultation", "2026-09-18:2026-10-26:2026-09-28");
        List<Map<String, Object>> cs = (List<Map<String, Object>>) j.get("consultations");
        assertThat(cs).singleElement().satisfies(c -> assertThat(c).containsEntry("start", "2026-09-18")
                .containsEntry("end", "2026-10-26").containsEntry("thirdPartyReceived", "2026-09-28")
                .containsEntry("thirdPartyAnswerDue", "2026-10-23").containsEntry("estimated", false)
                .containsEntry("overrun", true));
    }

    /** Receipt unknown: estimated from the sending day 09-18 → 2026-10-15 (09-20 A, 21..24, 28..30, 10-08..10, 12..15). */
    @Test
    @SuppressWarnings("unchecked")
    void consultationWithoutReceiptIsEstimated() {
        Map<String, Object> j = json(0, "request", "due", "--received", "2026-09-17", "--as-of", "2026-09-17",
                "--consultation", "2026-09-18:2026-10-15");
        List<Map<String, Object>> cs = (List<Map<String, Object>>) j.get("consultations");
        assertThat(cs.get(0)).containsEntry("thirdPartyAnswerDue", "2026-10-15").containsEntry("estimated", true)
                .containsEntry("overrun", false).containsEntry("thirdPartyReceived", null);
    }

    /** Art. 33 ¶3: an open consultation stops the clock: no due date, status PAUSED, exit 1 (no due date yet). */
    @Test
    @SuppressWarnings("unchecked")
    void openConsultation() {
        Map<String, Object> j = json(1, "request", "due", "--received", "2026-09-01", "--as-of", "2026-09-10",
                "--consultation", "2026-09-08:");
        assertThat(j).containsEntry("due", null).containsEntry("status", "PAUSED");
        assertThat((List<Map<String, Object>>) j.get("consultations")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("start", "2026-09-08").containsEntry("end", null));
        assertThat(run("request", "due", "--received", "2026-09-01", "--consultation", "2026-09-08:x").status())
                .isEqualTo(2);
    }

    /** Received 09-01, due 09-29 (20 working days); on 10-08: OVERDUE. */
    @Test
    void statusAsOf() {
        Map<String, Object> j = json(0, "request", "due", "--received", "2026-09-01", "--as-of", "2026-10-08");
        assertThat(j).containsEntry("due", "2026-09-29").containsEntry("status", "OVERDUE");
    }

    /**
     * 国办函〔2020〕109号 Art. 4: 52 requests → 1-10 free, 11-30 at 100, 31-40 at 200, 41-50 at 300, 51-52 at 400 =
     * 2,000 + 2,000 + 3,000 + 800 = 7,800.
     */
    @Test
    @SuppressWarnings("unchecked")
    void feeByRequests() {
        Map<String, Object> j = json(0, "request", "fee", "--requests", "52");
        assertThat(j).containsEntry("basis", "REQUESTS").containsEntry("count", new BigDecimal(52))
                .containsEntry("amountYuan", new BigDecimal(7800));
        List<Map<String, Object>> tiers = (List<Map<String, Object>>) j.get("tiers");
        assertThat(tiers).hasSize(5);
        assertThat(tiers.get(4)).containsEntry("from", new BigDecimal(51)).containsEntry("to", new BigDecimal(52))
                .containsEntry("rate", new BigDecimal(400)).containsEntry("amount", new BigDecimal(800));
    }

    /** Art. 5: 250 pages → 70×10 + 100×20 + 50×40 = 4,700; one basis only. */
    @Test
    void feeByPages() {
        Map<String, Object> j = json(0, "request", "fee", "--pages", "250");
        assertThat(j).containsEntry("basis", "PAGES").containsEntry("amountYuan", new BigDecimal(4700));
        assertThat(run("request", "fee", "--pages", "3", "--requests", "3").status()).isEqualTo(2);
        assertThat(run("request", "fee").status()).isEqualTo(2);
        assertThat(run("request", "fee", "--pages", "-1").status()).isEqualTo(2);
    }
}
