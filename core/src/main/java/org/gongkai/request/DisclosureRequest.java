package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.DelayedReplyNotified;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.FeeNotified;
import org.gongkai.request.RequestEvent.FeePaid;
import org.gongkai.request.RequestEvent.OpenConsultation;
import org.gongkai.request.RequestEvent.Received;
import org.gongkai.request.RequestEvent.Replied;
import org.gongkai.request.RequestEvent.SupplementReceived;
import org.gongkai.request.RequestEvent.SupplementRequested;

/**
 * A request for disclosure (依申请公开的申请) as an immutable timeline of dated events: its receipt, then any
 * supplementation, consultations, extension and the reply. {@link #replyDeadline} computes its reply clock.
 *
 * <p>The timeline is checked when built: exactly one receipt; nothing dated before the receipt; one supplementation
 * notice at most (一次性告知, Art. 30) and its supplement received on or after it; extensions of at most 20 working
 * days in all (Art. 33 ¶2, in one or more steps); one fee notice at most and its payment on or after it; one Art. 35
 * delayed-reply notice at most; one reply at most, nothing after it, and no consultation still open at it. A
 * {@link RequestTimelineException} names the offending event.
 */
public final class DisclosureRequest {
    private final List<RequestEvent> events;
    private final Received receipt;
    private final SupplementRequested supplementRequested;
    private final SupplementReceived supplementReceived;
    private final List<Consultation> consultations;
    private final List<OpenConsultation> openConsultations;
    private final List<ExtensionApproved> extensions;
    private final FeeNotified feeNotified;
    private final FeePaid feePaid;
    private final DelayedReplyNotified delayedReply;
    private final Replied reply;

    private DisclosureRequest(List<RequestEvent> events) {
        this.events = List.copyOf(events);
        Received rec = null;
        for (RequestEvent e : this.events) {
            if (e instanceof Received) {
                if (rec != null) {
                    throw new RequestTimelineException(e, "the request was already received on " + rec.date());
                }
                rec = (Received) e;
            }
        }
        if (rec == null) {
            throw new RequestTimelineException("(no RECEIVED event)", "a request's timeline starts with its receipt");
        }
        this.receipt = rec;
        SupplementRequested sreq = null;
        SupplementReceived srec = null;
        List<ExtensionApproved> exts = new ArrayList<>();
        int extended = 0;
        FeeNotified fee = null;
        FeePaid paid = null;
        DelayedReplyNotified delay = null;
        Replied rep = null;
        List<Consultation> cons = new ArrayList<>();
        List<OpenConsultation> open = new ArrayList<>();
        for (RequestEvent e : this.events) {
            if (e.date().isBefore(rec.date())) {
                throw new RequestTimelineException(e, "before the request was received on " + rec.date());
            }
            if (e instanceof SupplementRequested) {
                if (sreq != null) {
                    throw new RequestTimelineException(e, "Art. 30 allows one supplementation notice (一次性告知); "
                            + "it was already given on " + sreq.date());
                }
                sreq = (SupplementRequested) e;
            } else if (e instanceof SupplementReceived) {
                if (srec != null) {
                    throw new RequestTimelineException(e, "the supplement was already received on " + srec.date());
                }
                srec = (SupplementReceived) e;
            } else if (e instanceof Consultation) {
                cons.add((Consultation) e);
            } else if (e instanceof OpenConsultation) {
                open.add((OpenConsultation) e);
            } else if (e instanceof ExtensionApproved) {
                extended += ((ExtensionApproved) e).workingDays();
                if (extended > ExtensionApproved.MAX_WORKING_DAYS) {
                    throw new RequestTimelineException(e, "the extensions come to " + extended + " working days; "
                            + "Art. 33 ¶2: \"延长的期限最长不得超过20个工作日\"");
                }
                exts.add((ExtensionApproved) e);
            } else if (e instanceof FeeNotified) {
                if (fee != null) {
                    throw new RequestTimelineException(e, "a fee was already notified on " + fee.date());
                }
                fee = (FeeNotified) e;
            } else if (e instanceof FeePaid) {
                if (paid != null) {
                    throw new RequestTimelineException(e, "the fee was already paid on " + paid.date());
                }
                paid = (FeePaid) e;
            } else if (e instanceof DelayedReplyNotified) {
                if (delay != null) {
                    throw new RequestTimelineException(e, "a delayed reply was already notified on " + delay.date());
                }
                delay = (DelayedReplyNotified) e;
            } else if (e instanceof Replied) {
                if (rep != null) {
                    throw new RequestTimelineException(e, "the request was already answered on " + rep.date());
                }
                rep = (Replied) e;
            }
        }
        if (srec != null) {
            if (sreq == null) {
                throw new RequestTimelineException(srec, "no supplement was requested (SUPPLEMENT_REQUESTED)");
            }
            if (srec.date().isBefore(sreq.date())) {
                throw new RequestTimelineException(srec, "received before the supplement was requested on "
                        + sreq.date());
            }
        }
        LocalDate clockStart = srec != null ? srec.date() : rec.date();
        ExtensionApproved ext = exts.isEmpty() ? null : exts.get(0);
        if (ext != null && ext.date().isBefore(clockStart)) {
            throw new RequestTimelineException(ext, "before the reply period began on " + clockStart
                    + " (receipt of the supplemented request)");
        }
        if (paid != null && (fee == null || paid.date().isBefore(fee.date()))) {
            throw new RequestTimelineException(paid, fee == null ? "no fee was notified (FEE_NOTIFIED)"
                    : "paid before the fee notice of " + fee.date());
        }
        if (ext != null && sreq != null && srec == null) {
            throw new RequestTimelineException(ext, "the reply period has not begun: the supplement requested on "
                    + sreq.date() + " has not been received");
        }
        if (rep != null) {
            for (RequestEvent e : this.events) {
                LocalDate last = e instanceof Consultation ? ((Consultation) e).endedOn() : e.date();
                if (e != rep && last.isAfter(rep.date())) {
                    throw new RequestTimelineException(e, "after the reply on " + rep.date());
                }
                if (e instanceof OpenConsultation) {
                    throw new RequestTimelineException(e, "still open at the reply on " + rep.date()
                            + "; record the day it ended (the agency may decide without the answer, Art. 32)");
                }
            }
        }
        this.supplementRequested = sreq;
        this.supplementReceived = srec;
        this.consultations = List.copyOf(cons);
        this.openConsultations = List.copyOf(open);
        this.extensions = List.copyOf(exts);
        this.feeNotified = fee;
        this.feePaid = paid;
        this.delayedReply = delay;
        this.reply = rep;
    }

    /**
     * @param receipt how and when the request was received
     * @return a request with only its receipt so far
     */
    public static DisclosureRequest receivedBy(Received receipt) {
        return new DisclosureRequest(List.of(Objects.requireNonNull(receipt, "receipt")));
    }

    /**
     * @param events the whole timeline, with exactly one {@link Received}
     * @return the request
     * @throws RequestTimelineException when the timeline is impossible, naming the event
     */
    public static DisclosureRequest of(List<? extends RequestEvent> events) {
        Objects.requireNonNull(events, "events");
        List<RequestEvent> copy = new ArrayList<>(events.size());
        for (RequestEvent e : events) {
            copy.add(Objects.requireNonNull(e, "event"));
        }
        return new DisclosureRequest(copy);
    }

    /**
     * @param event the next event
     * @return a new request with the event added; this one is unchanged
     * @throws RequestTimelineException when the event makes the timeline impossible, naming it
     */
    public DisclosureRequest then(RequestEvent event) {
        List<RequestEvent> next = new ArrayList<>(events);
        next.add(Objects.requireNonNull(event, "event"));
        return new DisclosureRequest(next);
    }

    /**
     * Computes the reply clock on a calendar (normally {@link WorkingDayCalendar#official()}).
     *
     * @param calendar the working-day calendar
     * @return the deadlines, explained
     * @throws RequestTimelineException when an event is impossible given the deadlines (an extension approved after
     *     the reply period ended)
     * @throws org.gongkai.calendar.CalendarCoverageException when the clock runs outside the calendar's coverage
     *     under its strict policy
     */
    public ReplyDeadline replyDeadline(WorkingDayCalendar calendar) {
        return ReplyDeadline.compute(this, Objects.requireNonNull(calendar, "calendar"));
    }

    /** @return the events in the order given */
    public List<RequestEvent> events() {
        return events;
    }

    /** @return the receipt */
    public Received receipt() {
        return receipt;
    }

    /** @return the date of receipt (收到申请之日) under Art. 31 */
    public LocalDate receivedOn() {
        return receipt.date();
    }

    /** @return the supplementation notice, if any */
    public Optional<SupplementRequested> supplementRequested() {
        return Optional.ofNullable(supplementRequested);
    }

    /** @return the receipt of the supplemented request, if any */
    public Optional<SupplementReceived> supplementReceived() {
        return Optional.ofNullable(supplementReceived);
    }

    /** @return the consultations, in the order given */
    public List<Consultation> consultations() {
        return consultations;
    }

    /** @return the consultations still open (gone out, no answer yet), in the order given */
    public List<OpenConsultation> openConsultations() {
        return openConsultations;
    }

    /** @return the first approved extension, if any ({@link #extensions()} has every step) */
    public Optional<ExtensionApproved> extension() {
        return extensions.isEmpty() ? Optional.empty() : Optional.of(extensions.get(0));
    }

    /** @return every approved extension, in the order given; together at most 20 working days (Art. 33 ¶2) */
    public List<ExtensionApproved> extensions() {
        return extensions;
    }

    /** @return the working days of all approved extensions together, 0 to 20 */
    public int extensionWorkingDays() {
        int sum = 0;
        for (ExtensionApproved e : extensions) {
            sum += e.workingDays();
        }
        return sum;
    }

    /** @return the fee notice (Art. 42), if any */
    public Optional<FeeNotified> feeNotified() {
        return Optional.ofNullable(feeNotified);
    }

    /** @return the payment of the fee, if any */
    public Optional<FeePaid> feePaid() {
        return Optional.ofNullable(feePaid);
    }

    /** @return the Art. 35 delayed-reply notice, if any */
    public Optional<DelayedReplyNotified> delayedReply() {
        return Optional.ofNullable(delayedReply);
    }

    /** @return the reply, if given */
    public Optional<Replied> reply() {
        return Optional.ofNullable(reply);
    }

    /** @return the timeline */
    @Override
    public String toString() {
        return "DisclosureRequest" + events;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisclosureRequest && ((DisclosureRequest) o).events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }
}
