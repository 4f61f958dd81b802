package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Random;
import org.gongkai.calendar.CoveragePolicy;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.item.DisclosureAttribute;
import org.gongkai.item.InformationRecord;
import org.junit.jupiter.api.Test;

/**
 * Reliability audit D6: {@link DisclosureValidator#validate(InformationRecord)} documents no exception, so records
 * with any dates (the whole {@code LocalDate} range, strict and provisional calendars, any validation date, stated
 * statutory periods) must give a report, never an exception, each within 1 s.
 */
class RecordDatesFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);
    private static final long MIN = LocalDate.MIN.toEpochDay();
    private static final long MAX = LocalDate.MAX.toEpochDay();

    private static LocalDate date(Random r) {
        switch (r.nextInt(5)) {
            case 0:
                return LocalDate.MAX.minusDays(r.nextInt(40));
            case 1:
                return LocalDate.MIN.plusDays(r.nextInt(40));
            case 2:
                return LocalDate.of(2000 + r.nextInt(40), 1, 1).plusDays(r.nextInt(366));
            case 3:
                return LocalDate.of(999_999_999, 1, 1).plusDays(r.nextInt(365));
            default:
                return LocalDate.ofEpochDay(MIN + (long) (r.nextDouble() * (MAX - MIN)));
        }
    }

    @Test
    void anyDatesGiveAReportNeverAnException() {
        DisclosureAttribute[] attributes = DisclosureAttribute.values();
        String[] periods = {"", "自该政府信息形成之日起30个工作日内", "自形成之日起7日内", "每年1月31日前", "按有关规定"};
        WorkingDayCalendar strict = WorkingDayCalendar.official();
        WorkingDayCalendar prov = WorkingDayCalendar.official().withPolicy(CoveragePolicy.PROVISIONAL);
        int reports = 0;
        // load the bundled calendar and the rules once, outside the per-input time bound
        DisclosureValidator.builder().asOf(LocalDate.of(2024, 11, 20)).build().validate(InformationRecord.builder()
                .title("t").attribute(DisclosureAttribute.PROACTIVE).formedOn(LocalDate.of(2024, 10, 8)).build());
        for (int i = -3; i < COUNT; i++) { // three warm-up inputs (class loading), not timed
            long seed = SEED * 1_000_003L + i;
            Random r = new Random(seed);
            InformationRecord.Builder b = InformationRecord.builder().title("t")
                    .attribute(attributes[r.nextInt(attributes.length)]).groundText("属于国家秘密")
                    .listedAsCurrent(r.nextBoolean()).statutoryDeadline(periods[r.nextInt(periods.length)]);
            if (r.nextBoolean()) {
                b.formedOn(date(r));
            }
            if (r.nextBoolean()) {
                b.changedOn(date(r));
            }
            if (r.nextBoolean()) {
                b.publishedOn(date(r));
            }
            if (r.nextBoolean()) {
                b.withholdingReviewedOn(date(r));
            }
            if (r.nextBoolean()) {
                b.repealedOn(date(r));
            }
            InformationRecord record = b.build();
            DisclosureValidator.Builder vb = DisclosureValidator.builder().calendar(r.nextBoolean() ? strict : prov);
            if (r.nextBoolean()) {
                vb.asOf(date(r));
            }
            DisclosureValidator v = vb.build();
            long t0 = System.nanoTime();
            try {
                ValidationReport rep = v.validate(record);
                reports += rep.violations().isEmpty() ? 0 : 1;
            } catch (RuntimeException e) {
                fail("seed " + SEED + ", input " + i + " (" + record + ", formed " + record.formedOn()
                        + ", published " + record.publishedOn() + "): " + e, e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (i >= 0) {
                assertThat(ms).as("seed %d, input %d: %d ms", SEED, i, ms).isLessThan(1000);
            }
        }
        assertThat(reports).isPositive();
    }
}
