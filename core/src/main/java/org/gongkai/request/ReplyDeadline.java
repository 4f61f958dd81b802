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
import org.gongkai.request.RequestEvent.DelayedReplyNotified;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.FeeNotified;
import org.gongkai.request.RequestEvent.OpenConsultation;
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
 *       pause each day once. A consultation still open pauses the clock from its start with no end: the due
 *       date is unknown ({@link #due()} empty) and the status is {@link ReplyStatus.State#PAUSED}.</li>
 *   <li>Art. 32, 34: a third party, or an agency that co-produced the information, answers "自收到征求意见书之日起15个
 *       工作日内": the 15th working day after the day it received the letter ({@link ConsultationPeriod}). When that
 *       day is not known, the period is estimated from the day the letter went out (the earliest it can end) and
 *       says so. A consultation that ends after the period is flagged as overrun: the agency then decides by
 *       itself (Art. 32 "由行政机关依照本条例的规定决定是否公开"), and a co-producing agency's silence is consent
 *       (Art. 34 "视为同意公开").</li>
 *   <li>Art. 33: approved extensions add at most 20 working days in all, in one step or more; the extended due
 *       date is the date when 20 + extension working days not paused have passed since day zero. A step approved
 *       after the period then running (20 plus the earlier steps) comes too late and is an error.</li>
 *   <li>Art. 35: when the agency sets a reasonable later reply date for an excessive request and tells the
 *       applicant, that date is the one that applies ({@link #applicableDue()}); the reply is not overdue before
 *       it.</li>
 *   <li>Art. 42: a fee notified and not paid by the notice's last day ends the request
 *       ({@link ReplyStatus.State#FEE_NOT_PAID}, table 三 (六)2). The clock is not paused while the fee is awaited:
 *       no text found says it is.</li>
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
     * @param thirdPartyAnswerDue for a third party or a co-producing agency, the last day of its 15 working days
     *     (Art. 32, 34), counted from its receipt of the letter, or estimated from the day the letter went out when
     *     the receipt is not recorded ({@link ConsultationPeriod#estimated()}); empty for another agency
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

    /**
     * One consultation seen from the consulted party's side: its period to answer and whether the consultation ran
     * past it.
     *
     * @param party whom the agency consulted
     * @param startedOn the day the letter went out
     * @param receivedOn the day the consulted party received it, when recorded
     * @param endedOn the day the consultation ended; empty while it is open
     * @param answerDue the last day of the consulted party's 15 working days (Art. 32, 34): the 15th working day
     *     after {@code receivedOn}, or after {@code startedOn} when the receipt is not recorded; empty when the
     *     Regulation sets the party no period (another agency, Art. 33)
     * @param estimated true when {@code answerDue} is counted from the sending day because the receipt is unknown
     *     (the true last day is that day or later)
     * @param overrun true when the consultation ended after {@code answerDue}: the agency decides by itself
     *     (Art. 32), a co-producing agency is taken to consent (Art. 34)
     */
    public record ConsultationPeriod(ConsultedParty party, LocalDate startedOn, Optional<LocalDate> receivedOn,
            Optional<LocalDate> endedOn, Optional<LocalDate> answerDue, boolean estimated, boolean overrun) {
        /**
         * @param party whom the agency consulted
         * @param startedOn the day the letter went out
         * @param receivedOn the day it was received, or empty
         * @param endedOn the day it ended, or empty while open
         * @param answerDue the consulted party's last day, or empty
         * @param estimated whether {@code answerDue} is an estimate
         * @param overrun whether the consultation ended after {@code answerDue}
         */
        public ConsultationPeriod {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(startedOn, "startedOn");
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(endedOn, "endedOn");
            Objects.requireNonNull(answerDue, "answerDue");
        }

        /** @return true while the consultation is open */
        public boolean open() {
            return endedOn.isEmpty();
        }

        /**
         * @return true when a co-producing agency let its period pass: its silence is consent (Art. 34
         *     "逾期未提出意见的视为同意公开")
         */
        public boolean deemedConsent() {
            return overrun && party.silenceIsConsent();
        }
    }

    private final WorkingDayCalendar calendar;
    private final DisclosureRequest request;
    private final LocalDate supplementNoticeBy;
    private final LocalDate clockStartsOn;
    private final LocalDate due;
    private final LocalDate extendedDue;
    private final List<Pause> pauses;
    private final List<ConsultationPeriod> consultationPeriods;
    /** The start of the open consultation that holds the clock, or null. */
    private final LocalDate pausedFrom;
    /** The working days left when the clock stopped at {@link #pausedFrom}. */
    private final int leftAtPause;
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

        List<LocalDate[]> spans = new ArrayList<>();
        for (Consultation c : request.consultations()) {
            spans.add(new LocalDate[] {c.startedOn(), c.endedOn()});
        }
        for (OpenConsultation c : request.openConsultations()) {
            spans.add(new LocalDate[] {c.startedOn(), null}); // no end yet
        }
        spans.sort(Comparator.comparing((LocalDate[] a) -> a[0]));
        this.merged = new ArrayList<>();
        for (LocalDate[] c : spans) {
            LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last[1] == null || c[0].isBefore(last[1]))) {
                if (last[1] != null && (c[1] == null || c[1].isAfter(last[1]))) {
                    last[1] = c[1];
                }
            } else {
                merged.add(new LocalDate[] {c[0], c[1]});
            }
        }

        LocalDate lastTouched = supplementNoticeBy;
        List<Pause> ps = new ArrayList<>();
        Hold hold = clockStartsOn == null ? null : openHold(clockStartsOn, REPLY_WORKING_DAYS
                + request.extensionWorkingDays());
        if (clockStartsOn == null) {
            this.due = null;
            this.extendedDue = null;
            this.pausedWorkingDays = 0;
            for (Consultation c : request.consultations()) {
                ps.add(new Pause(c, 0, answerDue(c.party(), c.startedOn(), c.receivedOn())));
            }
        } else {
            this.due = dueAfter(REPLY_WORKING_DAYS);
            int steps = 0;
            for (ExtensionApproved e : request.extensions()) {
                LocalDate running = dueAfter(REPLY_WORKING_DAYS + steps);
                if (running != null && e.date().isAfter(running)) {
                    throw new RequestTimelineException(e, "approved after the reply period ended on " + running
                            + "; Art. 33 lets the agency extend a period that is still running");
                }
                steps += e.workingDays();
            }
            this.extendedDue = steps > 0 ? dueAfter(REPLY_WORKING_DAYS + steps) : null;
            // with extensions, the extended due date is the final one (unknown while an open consultation holds it)
            LocalDate finalDue = steps > 0 ? extendedDue : due;
            int budget = REPLY_WORKING_DAYS + steps;
            this.pausedWorkingDays = finalDue == null ? pausedUntil(hold.from())
                    : calendar.workingDaysBetween(clockStartsOn, finalDue) - budget;
            LocalDate limit = finalDue != null ? finalDue : hold.from();
            for (Consultation c : request.consultations()) {
                LocalDate from = c.startedOn().isBefore(clockStartsOn) ? clockStartsOn : c.startedOn();
                int days = from.isBefore(limit) && c.endedOn().isAfter(from)
                        ? calendar.workingDaysBetween(from, c.endedOn().isAfter(limit) ? limit : c.endedOn())
                        : 0;
                ps.add(new Pause(c, days, answerDue(c.party(), c.startedOn(), c.receivedOn())));
            }
            if (finalDue != null) {
                lastTouched = max(lastTouched, finalDue);
            }
        }
        this.pausedFrom = hold == null ? null : hold.from();
        this.leftAtPause = hold == null ? 0 : hold.left();
        this.pauses = List.copyOf(ps);
        List<ConsultationPeriod> periods = new ArrayList<>();
        for (Consultation c : request.consultations()) {
            lastTouched = max(lastTouched, c.endedOn());
            periods.add(period(c.party(), c.startedOn(), c.receivedOn(), Optional.of(c.endedOn())));
        }
        for (OpenConsultation c : request.openConsultations()) {
            lastTouched = max(lastTouched, c.startedOn());
            periods.add(period(c.party(), c.startedOn(), c.receivedOn(), Optional.empty()));
        }
        for (ConsultationPeriod cp : periods) {
            if (cp.answerDue().isPresent()) {
                lastTouched = max(lastTouched, cp.answerDue().get());
            }
        }
        this.consultationPeriods = List.copyOf(periods);
        this.provisional = calendar.coverage().firstOutside(receivedOn, lastTouched).isPresent();
        this.warnings = CoverageWarning.near(calendar, lastTouched).map(List::of).orElse(List.of());
    }

    private ConsultationPeriod period(ConsultedParty party, LocalDate startedOn, Optional<LocalDate> receivedOn,
            Optional<LocalDate> endedOn) {
        Optional<LocalDate> answerDue = answerDue(party, startedOn, receivedOn);
        boolean overrun = answerDue.isPresent() && endedOn.isPresent() && endedOn.get().isAfter(answerDue.get());
        return new ConsultationPeriod(party, startedOn, receivedOn, endedOn, answerDue,
                answerDue.isPresent() && receivedOn.isEmpty(), overrun);
    }

    /**
     * Art. 32, 34: "自收到征求意见书之日起15个工作日内" — the receipt is day zero (民法典 Art. 201: the first day is not
     * counted), as for Art. 33's own period; estimated from the sending day when the receipt is unknown.
     */
    private Optional<LocalDate> answerDue(ConsultedParty party, LocalDate startedOn, Optional<LocalDate> receivedOn) {
        return party.answerWorkingDays() > 0
                ? Optional.of(calendar.plusWorkingDays(receivedOn.orElse(startedOn), party.answerWorkingDays()))
                : Optional.empty();
    }

    /** The consulted party's period as a note to a pause line: its last day, estimated or not, overrun or not. */
    private static String periodNote(ConsultationPeriod cp) {
        if (cp.answerDue().isEmpty()) {
            return "";
        }
        String who = cp.party() == ConsultedParty.CO_PRODUCING_AGENCY ? "co-producing agency" : "third party";
        String article = cp.party() == ConsultedParty.CO_PRODUCING_AGENCY ? "Art. 34" : "Art. 32";
        return "; " + who + " to answer by " + cp.answerDue().get() + " (" + article
                + (cp.estimated() ? ", ESTIMATED from the day the letter went out: its receipt is not recorded"
                        : ", 15 working days after its receipt on " + cp.receivedOn().get()) + ")"
                + (cp.overrun() ? "; OVERRUN: ended " + cp.endedOn().get() + (cp.deemedConsent()
                        ? ", silence is consent (Art. 34)" : ", the agency decides itself (Art. 32)") : "");
    }

    /** The working days paused from day zero up to {@code until} (the start of the open consultation). */
    private int pausedUntil(LocalDate until) {
        int paused = 0;
        for (LocalDate[] p : merged) {
            if (p[1] == null || !p[1].isAfter(clockStartsOn) || !p[0].isBefore(until)) {
                continue;
            }
            LocalDate from = max(p[0], clockStartsOn);
            paused += calendar.workingDaysBetween(from, p[1].isAfter(until) ? until : p[1]);
        }
        return paused;
    }

    /** Where an open consultation stops the clock, and the working days then left. */
    private record Hold(LocalDate from, int left) {
    }

    /** Where an open consultation stops the clock before {@code budget} working days have run, or null. */
    private Hold openHold(LocalDate start, int budget) {
        LocalDate cursor = start;
        int remaining = budget;
        for (LocalDate[] p : merged) {
            if (p[1] != null && !p[1].isAfter(cursor)) {
                continue;
            }
            LocalDate from = p[0].isAfter(cursor) ? p[0] : cursor;
            int counted = calendar.workingDaysBetween(cursor, from);
            if (counted >= remaining) {
                return null;
            }
            remaining -= counted;
            if (p[1] == null) {
                return new Hold(from, remaining);
            }
            cursor = p[1];
        }
        return null;
    }

    static ReplyDeadline compute(DisclosureRequest request, WorkingDayCalendar calendar) {
        return new ReplyDeadline(calendar, request);
    }

    /** The day when {@code budget} working days not paused have passed since day zero. */
    private LocalDate dueAfter(int budget) {
        return dueAfter(clockStartsOn, budget);
    }

    /**
     * The day when {@code budget} working days not paused have passed since {@code start}, or null when an open
     * consultation stops the clock before.
     */
    private LocalDate dueAfter(LocalDate start, int budget) {
        LocalDate cursor = start;
        int remaining = budget;
        for (LocalDate[] p : merged) {
            if (p[1] == null) {
                LocalDate from = p[0].isAfter(cursor) ? p[0] : cursor;
                return calendar.workingDaysBetween(cursor, from) >= remaining
                        ? calendar.plusWorkingDays(cursor, remaining) : null;
            }
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

    /**
     * @return the reply's due date (20 working days, consultations not counted); empty while awaiting a supplement
     *     and while an open consultation stops the clock before the 20 working days have run
     */
    public Optional<LocalDate> due() {
        return Optional.ofNullable(due);
    }

    /** @return the due date with the approved extension, if there is one */
    public Optional<LocalDate> extendedDue() {
        return Optional.ofNullable(extendedDue);
    }

    /**
     * @return the due date that applies: the reasonable date set under Art. 35 when the applicant was told of one,
     *     else the extended one when there is an extension, else {@link #due()}
     */
    public Optional<LocalDate> applicableDue() {
        if (request.delayedReply().isPresent() && clockStartsOn != null) {
            return Optional.of(request.delayedReply().get().replyBy());
        }
        return request.extensions().isEmpty() || clockStartsOn == null ? due() : Optional.ofNullable(extendedDue);
    }

    /** @return each consultation, ended or open, with the consulted party's period (Art. 32, 34) */
    public List<ConsultationPeriod> consultationPeriods() {
        return consultationPeriods;
    }

    /** @return the start of the open consultation that stops the clock before its due date, if any */
    public Optional<LocalDate> pausedFrom() {
        return Optional.ofNullable(pausedFrom);
    }

    /**
     * @return true when the request's ordinary letter was confirmed with the applicant after the day it arrived
     *     (Art. 31(二) "应当于收到申请的当日与申请人确认")
     */
    public boolean receiptConfirmationLate() {
        return request.receipt().confirmationLate();
    }

    /**
     * @return the extensions whose notice to the applicant is not recorded (Art. 33 ¶2 "并告知申请人")
     */
    public List<ExtensionApproved> extensionsWithoutNotice() {
        List<ExtensionApproved> missing = new ArrayList<>();
        for (ExtensionApproved e : request.extensions()) {
            if (e.applicantNotifiedOn().isEmpty()) {
                missing.add(e);
            }
        }
        return List.copyOf(missing);
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
     * Where the reply stands at a date. Only the reply, the extensions, the supplementation, the fee and the Art. 35
     * notice dated on or before {@code asOf} are taken into account, so that the status of a past date is what it
     * was that day (before a supplementation notice, the clock runs from the receipt). Consultations are taken as
     * recorded.
     *
     * @param asOf the date to look at, not before the receipt
     * @return on time, due within N working days, overdue by N working days, awaiting a supplement, lapsed, paused
     *     by an open consultation, or ended for a fee not paid
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
        Optional<FeeNotified> fee = request.feeNotified().filter(f -> !f.date().isAfter(asOf));
        boolean paid = request.feePaid().filter(f -> !f.date().isAfter(asOf)).isPresent();
        if (reply.isEmpty() && fee.isPresent() && !paid && fee.get().payBy().isPresent()
                && asOf.isAfter(fee.get().payBy().get())) {
            return new ReplyStatus(ReplyStatus.State.FEE_NOT_PAID, 0);
        }
        Optional<DelayedReplyNotified> delay = request.delayedReply().filter(d -> !d.date().isAfter(asOf));
        int steps = 0;
        for (ExtensionApproved e : request.extensions()) {
            if (!e.date().isAfter(asOf)) {
                steps += e.workingDays();
            }
        }
        LocalDate start = clockStartsOn;
        LocalDate applicable = steps > 0 ? dueAfter(REPLY_WORKING_DAYS + steps) : due;
        if (sreq.isEmpty() && request.supplementRequested().isPresent()) {
            // asOf is before the supplementation notice: that day the clock still ran from the receipt
            start = receivedOn();
            applicable = dueAfter(start, REPLY_WORKING_DAYS);
        }
        if (delay.isPresent()) {
            applicable = delay.get().replyBy(); // Art. 35: the reasonable period the applicant was told of
        }
        if (applicable == null) {
            // an open consultation stops the clock before the period has run: the due date is unknown
            if (reply.isPresent()) {
                return new ReplyStatus(ReplyStatus.State.ON_TIME, 0);
            }
            Hold hold = openHold(start, REPLY_WORKING_DAYS + steps);
            if (!asOf.isBefore(hold.from())) {
                return new ReplyStatus(ReplyStatus.State.PAUSED, hold.left());
            }
            return new ReplyStatus(ReplyStatus.State.DUE_WITHIN, hold.left() + calendar.workingDaysBetween(asOf,
                    hold.from()) - pausedBetween(asOf, hold.from()));
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
        if (delay.isEmpty()) {
            left -= pausedBetween(max(asOf, start), applicable);
        }
        return new ReplyStatus(ReplyStatus.State.DUE_WITHIN, left);
    }

    /** The working days d with from < d <= to that a consultation pauses, each counted once. */
    private int pausedBetween(LocalDate from, LocalDate to) {
        int paused = 0;
        for (LocalDate[] p : merged) {
            LocalDate a = max(p[0], from);
            LocalDate b = p[1] == null || p[1].isAfter(to) ? to : p[1];
            if (b.isAfter(a)) {
                paused += calendar.workingDaysBetween(a, b);
            }
        }
        return paused;
    }

    /** @return the reasons for the dates, one line each, in English */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add("received " + receivedOn() + " (" + request.receipt().channel() + ": "
                + request.receipt().channel().receiptRule() + ", Art. 31)"
                + (receiptConfirmationLate() ? "; LATE confirmation: the letter arrived "
                        + request.receipt().arrivedOn().orElseThrow() + " and Art. 31 requires confirming that day"
                        : ""));
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
            for (int i = 0; i < pauses.size(); i++) {
                Pause p = pauses.get(i);
                lines.add(p.consultation().describe() + " pauses " + p.workingDays() + " working days (Art. 33)"
                        + periodNote(consultationPeriods.get(i)));
            }
            for (int i = pauses.size(); i < consultationPeriods.size(); i++) {
                ConsultationPeriod cp = consultationPeriods.get(i);
                lines.add("CONSULTATION_OPEN of " + cp.party() + " from " + cp.startedOn() + " pauses the clock until "
                        + "it ends (Art. 33)" + periodNote(cp));
            }
            if (due == null) {
                lines.add("no due date: the consultation open since " + pausedFrom + " stops the clock with "
                        + leftAtPause + " working days left (Art. 33)");
            } else {
                int pausedBeforeDue = calendar.workingDaysBetween(clockStartsOn, due) - REPLY_WORKING_DAYS;
                lines.add("reply due " + due + " (" + REPLY_WORKING_DAYS + " working days after " + clockStartsOn
                        + (pausedBeforeDue > 0 ? " + " + pausedBeforeDue + " paused" : "") + ", Art. 33)");
            }
            int steps = 0;
            for (ExtensionApproved e : request.extensions()) {
                steps += e.workingDays();
                LocalDate stepDue = dueAfter(REPLY_WORKING_DAYS + steps);
                lines.add("extended by " + e.workingDays() + " working days, approved " + e.date() + " by "
                        + e.approvedBy() + e.applicantNotifiedOn().map(d -> ", applicant told " + d)
                                .orElse(", notice to the applicant not recorded") + ": due "
                        + (stepDue == null ? "unknown while a consultation is open" : stepDue.toString())
                        + (steps == request.extensionWorkingDays() && stepDue != null ? " (" + pausedWorkingDays
                                + " paused in all, Art. 33)" : " (Art. 33)"));
            }
            request.delayedReply().ifPresent(d -> lines.add("Art. 35: the applicant was told on " + d.date()
                    + " of a reasonable later reply date " + d.replyBy() + ", which applies"));
        }
        request.feeNotified().ifPresent(f -> lines.add("fee of " + f.amountYuan() + " yuan notified " + f.date()
                + f.payBy().map(d -> ", to be paid by " + d).orElse("") + request.feePaid().map(p -> "; paid "
                        + p.date()).orElse("; not paid") + " (Art. 42)"));
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
