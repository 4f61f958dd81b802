package org.gongkai.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code request due}: Regulation Art. 30 (supplement: notice within 7 working days, the clock restarts on the
 * supplement's receipt), Art. 32-33 (consultations not counted; 20 working days, extended by at most 20). Dates
 * counted by hand on the 2024 notice (National Day 10-01..10-07 off, Sun 09-29 and Sat 10-12 worked).
 */
class RequestDueTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> due(int expectedStatus, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "request";
        args[1] = "due";
        System.arraycopy(options, 0, args, 2, options.length);
        Cli.Result r = Cli.run(args);
        assertThat(r.status()).as(r.err()).isEqualTo(expectedStatus);
        return (Map<String, Object>) r.json();
    }

    @Test
    void receiptOnly() {
        // 20 working days from Fri 09-27 → 10-30; the supplement notice within 7: 09-29, 09-30, 10-08..10-11,
        // Sat 10-12 (7) → 10-12
        Map<String, Object> json = due(0, "--received", "2024-09-27");
        assertThat(json).containsEntry("due", "2024-10-30").containsEntry("extendedDue", null)
                .containsEntry("supplementNoticeBy", "2024-10-12")
                .containsEntry("pausedWorkingDays", BigDecimal.ZERO);
    }

    @Test
    void consultationPausesAndExtensionAdds20() {
        // 10-08:10-10 pauses 10-09 and 10-10 (START < d <= END). 20 counted days: 09-29, 09-30, 10-08, 10-11,
        // 10-12, 10-14..18 (10), 10-21..25 (15), 10-28..31 (19), 11-01 (20). Extended to 40: 11-04..08 (25),
        // 11-11..15 (30), 11-18..22 (35), 11-25..29 (40)
        Map<String, Object> json = due(0, "--received", "2024-09-27", "--consultation", "2024-10-08:2024-10-10",
                "--extend");
        assertThat(json).containsEntry("due", "2024-11-01").containsEntry("extendedDue", "2024-11-29")
                .containsEntry("pausedWorkingDays", new BigDecimal(2))
                .containsEntry("supplementNoticeBy", "2024-10-12");
    }

    @Test
    void overlappingConsultationsCountEachDayOnce() {
        // 10-08:10-10 and 10-09:10-11 pause 10-09, 10-10, 10-11: 3 days. 20 counted: 09-29, 09-30, 10-08, 10-12,
        // 10-14..18 (9), 10-21..25 (14), 10-28..11-01 (19), 11-04 (20)
        Map<String, Object> json = due(0, "--received", "2024-09-27", "--consultation", "2024-10-08:2024-10-10",
                "--consultation", "2024-10-09:2024-10-11");
        assertThat(json).containsEntry("due", "2024-11-04").containsEntry("pausedWorkingDays", new BigDecimal(3));
    }

    @Test
    void supplementRestartsTheClock() {
        // clock from the supplement's receipt Mon 10-14: 10-15..18 (4), 10-21..25 (9), 10-28..11-01 (14),
        // 11-04..08 (19), 11-11 (20); the notice deadline still runs from the first receipt
        Map<String, Object> json = due(0, "--received", "2024-09-27", "--supplement-requested", "2024-10-08",
                "--supplement-received", "2024-10-14");
        assertThat(json).containsEntry("due", "2024-11-11").containsEntry("supplementNoticeBy", "2024-10-12")
                .containsEntry("clockStartsOn", "2024-10-14");
    }

    @Test
    void awaitingTheSupplementHasNoDueDate() {
        Map<String, Object> json = due(1, "--received", "2024-09-27", "--supplement-requested", "2024-10-08");
        assertThat(json).containsEntry("due", null).containsEntry("extendedDue", null);
    }

    @Test
    void badTimelinesAreUsageErrors() {
        Cli.Result missing = Cli.run("request", "due");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("missing --received");
        Cli.Result before = Cli.run("request", "due", "--received", "2024-09-27", "--supplement-requested",
                "2024-09-20", "--supplement-received", "2024-09-30");
        assertThat(before.status()).isEqualTo(2);
        assertThat(before.err()).contains("2024-09-20", "before the request was received");
        Cli.Result shape = Cli.run("request", "due", "--received", "2024-09-27", "--consultation", "2024-10-08");
        assertThat(shape.status()).isEqualTo(2);
        assertThat(shape.err()).contains("'2024-10-08' is not START:END");
        Cli.Result orphan = Cli.run("request", "due", "--received", "2024-09-27", "--supplement-received",
                "2024-10-08");
        assertThat(orphan.status()).isEqualTo(2);
        assertThat(orphan.err()).contains("--supplement-received needs --supplement-requested");
    }
}
