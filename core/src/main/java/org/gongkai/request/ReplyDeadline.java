package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.CoverageWarning;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.Replied;
import org.gongkai.request.RequestEvent.SupplementRequested;

/**
 * The reply clock of a request for disclosure, computed from its timeline on a working-day calendar, with the
 * reasons for every date.
 *
 * <p>The rules (Regulation, 2019):
 * <ul>
 *   <li>Art. 33: the reply is due 20 working days after receipt. Counting convention: the day of receipt is day
 *       zero and the due date is the 20th working day after it ({@code calendar.plusWorkingDays(receipt, 20)});
 *       when receipt falls on a rest day, the first working day after it is day 1.</li>
 *   <li>Art. 30: the supplementation notice must go out within 7 working days of receipt
 *       ({@link #supplementNoticeBy()} = receipt + 7 working days); once the supplemented request is received, the
 *       20 working days run anew from that day (day zero), and until then there is no due date.</li>
 *   <li>Art. 32, 33: the time taken to consult a third party or another agency is not counted: a consultation from
 *       START to END pauses the working days {@code d} with {@code START < d <= END}; overlapping consultations
 *       pause each day once. A third party answers within 15 working days (Art. 32).</li>
 *   <li>Art. 33: an approved extension adds at most 20 working days; the extended due date is the date when
 *       20 + extension working days not paused have passed since day zero. An extension approved after the due
 *       date comes too late and is an error.</li>
 * </ul>
 */
public final class ReplyDeadline {
    /** Art. 33: working days to reply. */
    public static final int REPLY_WORKING_DAYS = 20;
    /** Art. 30: working days to notify the applicant of what to supplement. */
    public static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 7;
    /** Art. 32: working days a third party has to answer a consultation. */
    public static final int THIRD_PARTY_ANSWER_WORKING_DAYS = 15;

    /**
     * One consultation and what it did to the clock.
     *
     * @param consultation the consultation
     * @param workingDays the working days it paused the clock (those after day zero and before the due date)
     * @param thirdPartyAnswerDue for a third party, the last day of its 15 working days (Art. 32), counted here from
     *     the day the consultation went out (the Regulation counts from the third party's receipt of it); empty for
     *     another agency
     */
    public record Pause(Consultation consultation, int workingDays, Optional<LocalDate> thirdPartyAnswerDue) {
        /**
         * @param consultation the consultation
         * @param workingDays the working days paused, not negative
         * @param thirdPartyAnswerDue the third party's last day, or empty
         */
        public Pause {
            Objects.requireNonNull(consultation, "consultation");
            Objects.requireNonNull(thirdPartyAnswerDue, "thirdPartyAnswerDue");
            if (workingDays < 0) {
                throw new IllegalArgumentException("paused working days cannot be negative: " + workingDays);
            }
        }
    }

    private final WorkingDayCalendar calendar;
    private final DisclosureRequest request;
    private final LocalDate supplementNoticeBy;
    private final LocalDate clockStartsOn;
    private final LocalDate due;
    private final LocalDate extendedDue;
    private final List<Pause> pauses;
    private final int pausedWorkingDays;
    private final boolean provisional;
    /** Warnings that change no date: the calendar's data ends soon after the computation's last date. */
    private final List<String> warnings;
    /** Merged pauses as [start, end] pairs: working days d with start < d <= end are paused. */
    private final List<LocalDate[]> merged;

    private ReplyDeadline(WorkingDayCalendar calendar, DisclosureRequest request) {
        this.calendar = calendar;
        this.request = request;
        LocalDate receivedOn = request.receivedOn();
        this.supplementNoticeBy = calendar.plusWorkingDays(receivedOn, SUPPLEMENT_NOTICE_WORKING_DAYS);
        boolean waiting = request.supplementRequested().isPresent() && request.supplementReceived().isEmpty();
        this.clockStartsOn = waiting ? null
                : request.supplementReceived().map(RequestEvent::date).orElse(receivedOn);

        List<Consultation> sorted = new ArrayList<>(request.consultations());
        sorted.sort(Comparator.comparing(Consultation::startedOn));
        this.merged = new ArrayList<>();
        for (Consultation c : sorted) {
            LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c.startedOn().isBefore(last[1])) {
                if (c.endedOn().isAfter(last[1])) {
                    last[1] = c.endedOn();
                }
            } else {
                merged.add(new LocalDate[] {c.startedOn(), c.endedOn()});
            }
        }

        LocalDate lastTouched = supplementNoticeBy;
        List<Pause> ps = new ArrayList<>();
        if (clockStartsOn == null) {
            this.due = null;
            this.extendedDue = null;
            this.pausedWorkingDays = 0;
            for (Consultation c : request.consultations()) {
                ps.add(new Pause(c, 0, thirdPartyDue(c)));
            }
        } else {
            this.due = dueAfter(REPLY_WORKING_DAYS);
            Optional<ExtensionApproved> ext = request.extension();
            if (ext.isPresent() && ext.get().date().isAfter(due)) {
                throw new RequestTimelineException(ext.get(), "approved after the reply period ended on " + due
                        + "; Art. 33 lets the agency extend a period that is still running");
            }
            this.extendedDue = ext.map(e -> dueAfter(REPLY_WORKING_DAYS + e.workingDays())).orElse(null);
            LocalDate finalDue = extendedDue != null ? extendedDue : due;
            int budget = REPLY_WORKING_DAYS + ext.map(ExtensionApproved::workingDays).orElse(0);
            this.pausedWorkingDays = calendar.workingDaysBetween(clockStartsOn, finalDue) - budget;
            for (Consultation c : request.consultations()) {
                LocalDate from = c.startedOn().isBefore(clockStartsOn) ? clockStartsOn : c.startedOn();
                int days = from.isBefore(finalDue) && c.endedOn().isAfter(from)
                        ? calendar.workingDaysBetween(from, c.endedOn().isAfter(finalDue) ? finalDue : c.endedOn())
                        : 0;
                ps.add(new Pause(c, days, thirdPartyDue(c)));
            }
            lastTouched = max(lastTouched, finalDue);
        }
        this.pauses = List.copyOf(ps);
        for (Consultation c : request.consultations()) {
            lastTouched = max(lastTouched, c.endedOn());
        }
        this.provisional = calendar.coverage().firstOutside(receivedOn, lastTouched).isPresent();
        this.warnings = CoverageWarning.near(calendar, lastTouched).map(List::of).orElse(List.of());
    }

    static ReplyDeadline compute(DisclosureRequest request, WorkingDayCalendar calendar) {
        return new ReplyDeadline(calendar, request);
    }

    private Optional<LocalDate> thirdPartyDue(Consultation c) {
        return c.party() == ConsultedParty.THIRD_PARTY
                ? Optional.of(calendar.plusWorkingDays(c.startedOn(), THIRD_PARTY_ANSWER_WORKING_DAYS))
                : Optional.empty();
    }

    /** The day when {@code budget} working days not paused have passed since day zero. */
    private LocalDate dueAfter(int budget) {
        return dueAfter(clockStartsOn, budget);
    }

    /** The day when {@code budget} working days not paused have passed since {@code start}. */
    private LocalDate dueAfter(LocalDate start, int budget) {
        LocalDate cursor = start;
        int remaining = budget;
        for (LocalDate[] p : merged) {
            if (!p[1].isAfter(cursor)) {
                continue; // the pause ended before the clock (re)started
            }
            LocalDate from = p[0].isAfter(cursor) ? p[0] : cursor;
            int counted = calendar.workingDaysBetween(cursor, from);
            if (counted >= remaining) {
                break; // the period ends on or before the pause starts
            }
            remaining -= counted;
            cursor = p[1];
        }
        return calendar.plusWorkingDays(cursor, remaining);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** @return the request this clock belongs to */
    public DisclosureRequest request() {
        return request;
    }

    /** @return the date of receipt (Art. 31) */
    public LocalDate receivedOn() {
        return request.receivedOn();
    }

    /** @return the last day to send the supplementation notice: receipt + 7 working days (Art. 30) */
    public LocalDate supplementNoticeBy() {
        return supplementNoticeBy;
    }

    /** @return true when a supplementation notice was sent after {@link #supplementNoticeBy()} (a breach of Art. 30) */
    public boolean supplementNoticeLate() {
        return request.supplementRequested().map(s -> s.date().isAfter(supplementNoticeBy)).orElse(false);
    }

    /**
     * @return day zero of the reply period: the receipt, or the receipt of the supplemented request; empty while a
     *     requested supplement has not been received
     */
    public Optional<LocalDate> clockStartsOn() {
        return Optional.ofNullable(clockStartsOn);
    }

    /** @return the reply's due date (20 working days, consultations not counted); empty while awaiting a supplement */
    public Optional<LocalDate> due() {
        return Optional.ofNullable(due);
    }

    /** @return the due date with the approved extension, if there is one */
    public Optional<LocalDate> extendedDue() {
        return Optional.ofNullable(extendedDue);
    }

    /** @return the due date that applies: the extended one when there is an extension, else {@link #due()} */
    public Optional<LocalDate> applicableDue() {
        return extendedDue != null ? Optional.of(extendedDue) : due();
    }

    /** @return each consultation with the working days it paused the clock */
    public List<Pause> pauses() {
        return pauses;
    }

    /** @return the working days the consultations paused before the applicable due date, each day counted once */
    public int pausedWorkingDays() {
        return pausedWorkingDays;
    }

    /** @return true when a date of the computation is outside the calendar's coverage (provisional policy only) */
    public boolean provisional() {
        return provisional;
    }

    /**
     * @return warnings that change no date, e.g. that the calendar's data ends within
     *     {@value CoverageWarning#WINDOW_DAYS} days of the last date computed, with how to add the next notice
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Where the reply stands at a date. Only the reply, the extension and the supplementation dated on or before
     * {@code asOf} are taken into account, so that the status of a past date is what it was that day (before a
     * supplementation notice, the clock runs from the receipt). Consultations are taken as recorded.
     *
     * @param asOf the date to look at, not before the receipt
     * @return on time, due within N working days, overdue by N working days, awaiting a supplement, or lapsed
     * @throws IllegalArgumentException when {@code asOf} is before the receipt
     */
    public ReplyStatus status(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(receivedOn())) {
            throw new IllegalArgumentException("status on " + asOf + ": the request was received on "
                    + receivedOn());
        }
        Optional<Replied> reply = request.reply().filter(r -> !r.date().isAfter(asOf));
        Optional<SupplementRequested> sreq = request.supplementRequested().filter(s -> !s.date().isAfter(asOf));
        boolean supplementIn = request.supplementReceived().filter(s -> !s.date().isAfter(asOf)).isPresent();
        if (sreq.isPresent() && !supplementIn) {
            if (reply.isPresent()) {
                return new ReplyStatus(ReplyStatus.State.ON_TIME, 0);
            }
            Optional<LocalDate> supplyBy = sreq.get().supplyBy();
            return supplyBy.isPresent() && asOf.isAfter(supplyBy.get())
                    ? new ReplyStatus(ReplyStatus.State.LAPSED, 0)
                    : new ReplyStatus(ReplyStatus.State.AWAITING_SUPPLEMENT, 0);
        }
        boolean extended = request.extension().filter(e -> !e.date().isAfter(asOf)).isPresent();
        LocalDate start = clockStartsOn;
        LocalDate applicable = extended ? extendedDue : due;
        if (sreq.isEmpty() && request.supplementRequested().isPresent()) {
            // asOf is before the supplementation notice: that day the clock still ran from the receipt
            start = receivedOn();
            applicable = dueAfter(start, REPLY_WORKING_DAYS);
        }
        if (reply.isPresent()) {
            LocalDate on = reply.get().date();
            return on.isAfter(applicable)
                    ? new ReplyStatus(ReplyStatus.State.OVERDUE, calendar.workingDaysBetween(applicable, on))
                    : new ReplyStatus(ReplyStatus.State.ON_TIME, 0);
        }
        if (asOf.isAfter(applicable)) {
            return new ReplyStatus(ReplyStatus.State.OVERDUE, calendar.workingDaysBetween(applicable, asOf));
        }
        int left = calendar.workingDaysBetween(asOf, applicable);
        for (LocalDate[] p : merged) {
            LocalDate from = max(max(p[0], asOf), start);
            LocalDate to = p[1].isAfter(applicable) ? applicable : p[1];
            if (to.isAfter(from)) {
                left -= calendar.workingDaysBetween(from, to);
            }
        }
        return new ReplyStatus(ReplyStatus.State.DUE_WITHIN, left);
    }

    /** @return the reasons for the dates, one line each, in English */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add("received " + receivedOn() + " (" + request.receipt().channel() + ": "
                + request.receipt().channel().receiptRule() + ", Art. 31)");
        lines.add("supplementation notice due by " + supplementNoticeBy + " (receipt + "
                + SUPPLEMENT_NOTICE_WORKING_DAYS + " working days, Art. 30)"
                + request.supplementRequested().map(s -> "; sent " + s.date()
                        + (supplementNoticeLate() ? " (late)" : "")).orElse(""));
        if (clockStartsOn == null) {
            lines.add("no due date: awaiting the supplement requested on "
                    + request.supplementRequested().orElseThrow().date()
                    + request.supplementRequested().orElseThrow().supplyBy().map(d -> " (to be supplied by " + d
                            + ", else the request lapses)").orElse(""));
        } else {
            if (!clockStartsOn.equals(receivedOn())) {
                lines.add("the period runs anew from " + clockStartsOn + ", receipt of the supplement (Art. 30)");
            }
            for (Pause p : pauses) {
                lines.add(p.consultation().describe() + " pauses " + p.workingDays()
                        + " working days (Art. 33)" + p.thirdPartyAnswerDue().map(d -> "; third party to answer by "
                                + d + " (Art. 32)").orElse(""));
            }
            int pausedBeforeDue = calendar.workingDaysBetween(clockStartsOn, due) - REPLY_WORKING_DAYS;
            lines.add("reply due " + due + " (" + REPLY_WORKING_DAYS + " working days after " + clockStartsOn
                    + (pausedBeforeDue > 0 ? " + " + pausedBeforeDue + " paused" : "") + ", Art. 33)");
            request.extension().ifPresent(e -> lines.add("extended by " + e.workingDays() + " working days, approved "
                    + e.date() + " by " + e.approvedBy() + ": due " + extendedDue + " (" + pausedWorkingDays
                    + " paused in all, Art. 33)"));
        }
        if (provisional) {
            lines.add("PROVISIONAL: a date is outside the calendar's coverage " + calendar.coverage());
        }
        for (String w : warnings) {
            lines.add("WARNING: " + w);
        }
        return List.copyOf(lines);
    }

    /** @return the explanation on one line */
    @Override
    public String toString() {
        return "ReplyDeadline" + explanation();
    }
}
