package org.gongkai.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated event in the life of a request for disclosure. The events of a {@link DisclosureRequest} are its
 * timeline; the reply clock ({@link ReplyDeadline}) is computed from them.
 */
public sealed interface RequestEvent {

    /** The kinds of event, as they are named in error messages. */
    enum Kind {
        /** The request is received (Art. 31). */
        RECEIVED,
        /** The agency asks the applicant to supplement the request (Art. 30). */
        SUPPLEMENT_REQUESTED,
        /** The supplemented request is received (Art. 30). */
        SUPPLEMENT_RECEIVED,
        /** A third party or another agency is consulted (Art. 32, 33). */
        CONSULTATION,
        /** An extension of the reply period is approved (Art. 33). */
        EXTENSION_APPROVED,
        /** The agency replies (Art. 36, 37). */
        REPLIED
    }

    /** @return the date of the event (the start, for a consultation) */
    LocalDate date();

    /** @return the kind of event */
    Kind kind();

    /** @return the event as error messages name it, e.g. {@code SUPPLEMENT_RECEIVED on 2024-04-08} */
    default String describe() {
        return kind() + " on " + date();
    }

    /**
     * The request is received. The date of receipt is the date Art. 31 picks for the channel; use the factory
     * methods, which name that date.
     *
     * @param channel how the request arrived
     * @param date the date of receipt (收到申请之日) under Art. 31
     * @param arrivedOn for an ordinary letter, the day it arrived (the agency must confirm with the applicant that
     *     day); empty for the other channels
     */
    record Received(ReceiptChannel channel, LocalDate date, Optional<LocalDate> arrivedOn) implements RequestEvent {
        /**
         * @param channel how the request arrived
         * @param date the date of receipt
         * @param arrivedOn the day an ordinary letter arrived, not after {@code date}; empty for other channels
         */
        public Received {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(arrivedOn, "arrivedOn");
            if (arrivedOn.isPresent() && channel != ReceiptChannel.ORDINARY_LETTER) {
                throw new RequestTimelineException("RECEIVED on " + date, "an arrival date is recorded only for "
                        + "an ordinary letter, not for " + channel);
            }
            if (arrivedOn.isPresent() && arrivedOn.get().isAfter(date)) {
                throw new RequestTimelineException("RECEIVED on " + date, "the letter cannot be confirmed with "
                        + "the applicant before it arrived on " + arrivedOn.get());
            }
        }

        /**
         * @param submittedOn the day the request was handed in
         * @return receipt in person: received on the day submitted
         */
        public static Received inPerson(LocalDate submittedOn) {
            return new Received(ReceiptChannel.IN_PERSON, submittedOn, Optional.empty());
        }

        /**
         * @param signedForOn the day the agency signed for the mail
         * @return receipt by post needing a signature: received on the day signed for
         */
        public static Received byPostSignedFor(LocalDate signedForOn) {
            return new Received(ReceiptChannel.POST_SIGNED, signedForOn, Optional.empty());
        }

        /**
         * @param arrivedOn the day the letter arrived
         * @param confirmedWithApplicantOn the day the agency confirmed the request with the applicant
         * @return receipt by ordinary letter: received on the day of confirmation
         */
        public static Received byOrdinaryLetter(LocalDate arrivedOn, LocalDate confirmedWithApplicantOn) {
            return new Received(ReceiptChannel.ORDINARY_LETTER, confirmedWithApplicantOn,
                    Optional.of(Objects.requireNonNull(arrivedOn, "arrivedOn")));
        }

        /**
         * @param confirmedByBothOn the day both sides confirmed the request
         * @return receipt through the internet: received on the day both sides confirmed
         */
        public static Received online(LocalDate confirmedByBothOn) {
            return new Received(ReceiptChannel.ONLINE, confirmedByBothOn, Optional.empty());
        }

        /**
         * @param confirmedByBothOn the day both sides confirmed the fax
         * @return receipt by fax: received on the day both sides confirmed
         */
        public static Received byFax(LocalDate confirmedByBothOn) {
            return new Received(ReceiptChannel.FAX, confirmedByBothOn, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.RECEIVED;
        }
    }

    /**
     * The agency notifies the applicant, once, of what to supplement (一次性告知, Art. 30).
     *
     * @param date the day the notice went out
     * @param supplyBy the reasonable period the notice gives the applicant, as its last day; empty when not recorded.
     *     Without a supplement by then, the request is taken as abandoned (视为放弃申请).
     */
    record SupplementRequested(LocalDate date, Optional<LocalDate> supplyBy) implements RequestEvent {
        /**
         * @param date the day the notice went out
         * @param supplyBy the applicant's last day, not before {@code date}, or empty
         */
        public SupplementRequested {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(supplyBy, "supplyBy");
            if (supplyBy.isPresent() && supplyBy.get().isBefore(date)) {
                throw new RequestTimelineException("SUPPLEMENT_REQUESTED on " + date,
                        "the applicant's period cannot end on " + supplyBy.get() + ", before the notice");
            }
        }

        /**
         * @param date the day the notice went out
         * @param supplyBy the applicant's last day
         * @return the event
         */
        public static SupplementRequested on(LocalDate date, LocalDate supplyBy) {
            return new SupplementRequested(date, Optional.of(supplyBy));
        }

        @Override
        public Kind kind() {
            return Kind.SUPPLEMENT_REQUESTED;
        }
    }

    /**
     * The supplemented request is received; the reply period runs anew from this day (Art. 30).
     *
     * @param date the day of receipt of the supplemented request (by the same rules of Art. 31)
     */
    record SupplementReceived(LocalDate date) implements RequestEvent {
        /** @param date the day of receipt */
        public SupplementReceived {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Kind kind() {
            return Kind.SUPPLEMENT_RECEIVED;
        }
    }

    /**
     * A consultation of a third party (Art. 32) or another agency (Art. 33). The working days {@code d} with
     * {@code startedOn < d <= endedOn} are not counted in the reply period: the day the consultation goes out still
     * counts, the day its answer comes back does not.
     *
     * @param party whom the agency consulted
     * @param startedOn the day the consultation went out
     * @param endedOn the day the answer came back (or the day the agency stopped waiting for it)
     */
    record Consultation(ConsultedParty party, LocalDate startedOn, LocalDate endedOn) implements RequestEvent {
        /**
         * @param party whom the agency consulted
         * @param startedOn the day it went out
         * @param endedOn the day it ended, not before {@code startedOn}
         */
        public Consultation {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(startedOn, "startedOn");
            Objects.requireNonNull(endedOn, "endedOn");
            if (endedOn.isBefore(startedOn)) {
                throw new RequestTimelineException("CONSULTATION of " + party + " " + startedOn + ".." + endedOn,
                        "the consultation cannot end on " + endedOn + ", before it started");
            }
        }

        @Override
        public LocalDate date() {
            return startedOn;
        }

        @Override
        public Kind kind() {
            return Kind.CONSULTATION;
        }

        @Override
        public String describe() {
            return "CONSULTATION of " + party + " " + startedOn + ".." + endedOn;
        }
    }

    /**
     * The head of the disclosure office approves an extension of the reply period, and the applicant is told
     * (Art. 33).
     *
     * @param date the day of approval
     * @param workingDays the extension, 1 to 20 working days
     * @param approvedBy who approved it (the 政府信息公开工作机构负责人), as recorded
     */
    record ExtensionApproved(LocalDate date, int workingDays, String approvedBy) implements RequestEvent {
        /** The most Art. 33 allows. */
        public static final int MAX_WORKING_DAYS = 20;

        /**
         * @param date the day of approval
         * @param workingDays 1 to 20
         * @param approvedBy who approved it, not blank
         * @throws RequestTimelineException when the extension is beyond 20 working days, not positive, or has no
         *     approver
         */
        public ExtensionApproved {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(approvedBy, "approvedBy");
            if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
                throw new RequestTimelineException("EXTENSION_APPROVED on " + date, "an extension of "
                        + workingDays + " working days; Art. 33 allows 1 to 20");
            }
            if (approvedBy.isBlank()) {
                throw new RequestTimelineException("EXTENSION_APPROVED on " + date,
                        "Art. 33 requires the approval of the head of the disclosure office; record who approved");
            }
        }

        /**
         * @param date the day of approval
         * @param approvedBy who approved it
         * @return an extension of the full 20 working days
         */
        public static ExtensionApproved full(LocalDate date, String approvedBy) {
            return new ExtensionApproved(date, MAX_WORKING_DAYS, approvedBy);
        }

        @Override
        public Kind kind() {
            return Kind.EXTENSION_APPROVED;
        }
    }

    /**
     * The agency replies.
     *
     * @param date the day of the reply
     * @param type its kind (Art. 36, 37)
     */
    record Replied(LocalDate date, ReplyType type) implements RequestEvent {
        /**
         * @param date the day of the reply
         * @param type its kind
         */
        public Replied {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Kind kind() {
            return Kind.REPLIED;
        }
    }
}
