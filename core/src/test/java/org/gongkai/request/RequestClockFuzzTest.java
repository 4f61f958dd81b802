package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.CoveragePolicy;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * Generated timelines with every kind of event (consultations with and without receipt, open ones, extension steps,
 * fees, Art. 35 notices, replies): building throws only {@link RequestTimelineException}, the clock only that or
 * {@link CalendarCoverageException} (strict calendar), and a clock once computed answers {@code status} for any date
 * from the receipt on and explains itself, each input within 1 s. Invariants checked on every clock: an open
 * consultation before the due date leaves no due date and the status PAUSED; a due date is never before day zero;
 * an answer-due day is estimated exactly when the receipt of the letter is unknown; paused working days are never
 * negative.
 */
class RequestClockFuzzTest {
    private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 1L);

    @Test
    void generatedTimelinesKeepTheirContract() {
        int clocks = 0;
        int paused = 0;
        // load the bundled calendar once, outside the per-input time bound
        DisclosureRequest.receivedBy(RequestEvent.Received.inPerson(LocalDate.of(2024, 9, 27)))
                .replyDeadline(WorkingDayCalendar.official()).explanation();
        for (int i = -3; i < COUNT; i++) { // three warm-up inputs (class loading), not timed
            long seed = SEED * 1_000_003L + i;
            Random r = new Random(seed);
            List<RequestEvent> events = timeline(r);
            WorkingDayCalendar cal = r.nextInt(4) == 0 ? WorkingDayCalendar.official()
                    .withPolicy(CoveragePolicy.PROVISIONAL) : WorkingDayCalendar.official();
            long t0 = System.nanoTime();
            try {
                DisclosureRequest request = DisclosureRequest.of(events);
                ReplyDeadline clock = request.replyDeadline(cal);
                clocks++;
                LocalDate asOf = request.receivedOn().plusDays(r.nextInt(400));
                ReplyStatus status = clock.status(asOf);
                assertThat(clock.explanation()).isNotEmpty();
                assertThat(clock.pausedWorkingDays()).as("seed %d, input %d: paused", SEED, i).isNotNegative();
                clock.clockStartsOn().ifPresent(start -> clock.due()
                        .ifPresent(due -> assertThat(due).isAfterOrEqualTo(start)));
                if (clock.pausedFrom().isPresent() && clock.applicableDue().isEmpty()
                        && request.reply().isEmpty() && !asOf.isBefore(clock.pausedFrom().get())
                        && status.state() != ReplyStatus.State.FEE_NOT_PAID) {
                    assertThat(status.state()).isEqualTo(ReplyStatus.State.PAUSED);
                    paused++;
                }
                for (ReplyDeadline.ConsultationPeriod p : clock.consultationPeriods()) {
                    assertThat(p.estimated()).isEqualTo(p.answerDue().isPresent() && p.receivedOn().isEmpty());
                }
            } catch (RequestTimelineException | CalendarCoverageException expected) {
                // documented
            } catch (RuntimeException e) {
                fail("seed " + SEED + ", input " + i + ": " + events + ": " + e, e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (i >= 0) {
                assertThat(ms).as("seed %d, input %d: %d ms", SEED, i, ms).isLessThan(1000);
            }
        }
        assertThat(clocks).isPositive();
        assertThat(paused).isPositive();
    }

    private static List<RequestEvent> timeline(Random r) {
        LocalDate received = LocalDate.of(2008 + r.nextInt(20), 1, 1).plusDays(r.nextInt(365));
        List<RequestEvent> events = new ArrayList<>();
        events.add(RequestEvent.Received.inPerson(received));
        ConsultedParty[] parties = ConsultedParty.values();
        for (int n = r.nextInt(3); n > 0; n--) {
            LocalDate start = received.plusDays(r.nextInt(40));
            LocalDate end = start.plusDays(r.nextInt(40));
            Optional<LocalDate> got = r.nextBoolean() ? Optional.of(start.plusDays(r.nextInt(5))) : Optional.empty();
            if (got.isPresent() && got.get().isAfter(end)) {
                got = Optional.of(end);
            }
            events.add(new RequestEvent.Consultation(parties[r.nextInt(parties.length)], start, end, got));
        }
        if (r.nextInt(3) == 0) {
            events.add(new RequestEvent.OpenConsultation(parties[r.nextInt(parties.length)],
                    received.plusDays(r.nextInt(40)), Optional.empty()));
        }
        for (int n = r.nextInt(3); n > 0; n--) {
            events.add(new RequestEvent.ExtensionApproved(received.plusDays(r.nextInt(35)), 1 + r.nextInt(12), "主任",
                    r.nextBoolean() ? Optional.of(received.plusDays(40)) : Optional.empty()));
        }
        if (r.nextInt(4) == 0) {
            LocalDate s = received.plusDays(r.nextInt(8));
            events.add(RequestEvent.SupplementRequested.on(s, s.plusDays(r.nextInt(20))));
            if (r.nextBoolean()) {
                events.add(new RequestEvent.SupplementReceived(s.plusDays(r.nextInt(30))));
            }
        }
        if (r.nextInt(4) == 0) {
            LocalDate f = received.plusDays(r.nextInt(20));
            events.add(new RequestEvent.FeeNotified(f, 1 + r.nextInt(5000), Optional.of(f.plusDays(r.nextInt(30)))));
            if (r.nextBoolean()) {
                events.add(new RequestEvent.FeePaid(f.plusDays(r.nextInt(40))));
            }
        }
        if (r.nextInt(5) == 0) {
            LocalDate t = received.plusDays(r.nextInt(30));
            events.add(new RequestEvent.DelayedReplyNotified(t, t.plusDays(r.nextInt(120))));
        }
        Collections.shuffle(events, r);
        if (r.nextInt(3) == 0) {
            ReplyType[] types = ReplyType.values();
            events.add(new RequestEvent.Replied(received.plusDays(r.nextInt(90)), types[r.nextInt(types.length)]));
        }
        return events;
    }
}
