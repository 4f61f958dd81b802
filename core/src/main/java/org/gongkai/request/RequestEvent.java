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
        REPLIED,
        /** A consultation has gone out and not come back yet (Art. 33 ¶3: the time it needs is not counted). */
        CONSULTATION_OPEN,
        /** The agency notifies the applicant of an information-processing fee (Art. 42). */
        FEE_NOTIFIED,
        /** The applicant pays the fee notified (Art. 42). */
        FEE_PAID,
        /** For an excessive request, the agency sets a reasonable later reply date and tells the applicant (Art. 35). */
        DELAYED_REPLY_NOTIFIED
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

        /**
         * Art. 31(二): for an ordinary letter "政府信息公开工作机构应当于收到申请的当日与申请人确认". A confirmation on a
         * later day breaches "当日" (the date of receipt is still the day of confirmation, as the same sentence says).
         *
         * @return true when an ordinary letter was confirmed with the applicant later than the day it arrived
         */
        public boolean confirmationLate() {
            return arrivedOn.isPresent() && date.isAfter(arrivedOn.get());
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
     * A consultation of a third party (Art. 32), a co-producing agency (Art. 34) or another agency (Art. 33), and
     * its end. The working days {@code d} with {@code startedOn < d <= endedOn} are not counted in the reply period
     * (Art. 33 ¶3): the day the consultation goes out still counts, the day its answer comes back does not.
     *
     * @param party whom the agency consulted
     * @param startedOn the day the consultation went out (the letter was sent)
     * @param endedOn the day the answer came back (or the day the agency stopped waiting for it)
     * @param receivedOn the day the consulted party received the letter, when known: its 15 working days run from
     *     that day (Art. 32: "自收到征求意见书之日起15个工作日内"; Art. 34 the same); empty when not known
     */
    record Consultation(ConsultedParty party, LocalDate startedOn, LocalDate endedOn, Optional<LocalDate> receivedOn)
            implements RequestEvent {
        /**
         * @param party whom the agency consulted
         * @param startedOn the day it went out
         * @param endedOn the day it ended, not before {@code startedOn}
         * @param receivedOn the day the letter was received, not before {@code startedOn} nor after
         *     {@code endedOn}; or empty
         * @throws RequestTimelineException when the dates are out of order
         */
        public Consultation {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(startedOn, "startedOn");
            Objects.requireNonNull(endedOn, "endedOn");
            Objects.requireNonNull(receivedOn, "receivedOn");
            if (endedOn.isBefore(startedOn)) {
                throw new RequestTimelineException("CONSULTATION of " + party + " " + startedOn + ".." + endedOn,
                        "the consultation cannot end on " + endedOn + ", before it started");
            }
            checkReceipt("CONSULTATION of " + party + " " + startedOn + ".." + endedOn, startedOn, receivedOn);
            if (receivedOn.isPresent() && receivedOn.get().isAfter(endedOn)) {
                throw new RequestTimelineException("CONSULTATION of " + party + " " + startedOn + ".." + endedOn,
                        "the letter cannot be received on " + receivedOn.get() + ", after the consultation ended");
            }
        }

        /**
         * A consultation whose letter's receipt is not known (the consulted party's period is then estimated from
         * the day the letter went out).
         *
         * @param party whom the agency consulted
         * @param startedOn the day it went out
         * @param endedOn the day it ended, not before {@code startedOn}
         * @throws RequestTimelineException when it ends before it starts
         */
        public Consultation(ConsultedParty party, LocalDate startedOn, LocalDate endedOn) {
            this(party, startedOn, endedOn, Optional.empty());
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
     * A consultation that has gone out and not come back yet. While it is open the reply clock is paused and its
     * due date is unknown (Art. 33 ¶3: "征求第三方和其他机关意见所需时间不计算在前款规定的期限内"). When it ends,
     * replace it by a {@link Consultation} with the same start.
     *
     * @param party whom the agency consulted
     * @param startedOn the day the consultation went out
     * @param receivedOn the day the consulted party received the letter, when known
     */
    record OpenConsultation(ConsultedParty party, LocalDate startedOn, Optional<LocalDate> receivedOn)
            implements RequestEvent {
        /**
         * @param party whom the agency consulted
         * @param startedOn the day it went out
         * @param receivedOn the day the letter was received, not before {@code startedOn}; or empty
         * @throws RequestTimelineException when the letter is received before it was sent
         */
        public OpenConsultation {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(startedOn, "startedOn");
            Objects.requireNonNull(receivedOn, "receivedOn");
            checkReceipt("CONSULTATION_OPEN of " + party + " " + startedOn, startedOn, receivedOn);
        }

        /**
         * @param end the day the answer came back
         * @return the ended consultation
         * @throws RequestTimelineException when {@code end} is before the start or the letter's receipt
         */
        public Consultation endedOn(LocalDate end) {
            return new Consultation(party, startedOn, end, receivedOn);
        }

        @Override
        public LocalDate date() {
            return startedOn;
        }

        @Override
        public Kind kind() {
            return Kind.CONSULTATION_OPEN;
        }

        @Override
        public String describe() {
            return "CONSULTATION_OPEN of " + party + " from " + startedOn;
        }
    }

    private static void checkReceipt(String event, LocalDate startedOn, Optional<LocalDate> receivedOn) {
        if (receivedOn.isPresent() && receivedOn.get().isBefore(startedOn)) {
            throw new RequestTimelineException(event, "the letter cannot be received on " + receivedOn.get()
                    + ", before it was sent on " + startedOn);
        }
    }

    /**
     * The head of the disclosure office approves an extension of the reply period, and the applicant is told
     * (Art. 33 ¶2: "需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日").
     * An extension may be approved in more than one step; all steps together are at most 20 working days
     * ({@link DisclosureRequest} checks the sum).
     *
     * @param date the day of approval
     * @param workingDays the extension, 1 to 20 working days
     * @param approvedBy who approved it (the 政府信息公开工作机构负责人), as recorded
     * @param applicantNotifiedOn the day the applicant was told (告知申请人), when recorded
     */
    record ExtensionApproved(LocalDate date, int workingDays, String approvedBy, Optional<LocalDate> applicantNotifiedOn)
            implements RequestEvent {
        /** The most Art. 33 allows. */
        public static final int MAX_WORKING_DAYS = 20;

        /**
         * @param date the day of approval
         * @param workingDays 1 to 20
         * @param approvedBy who approved it, not blank
         * @param applicantNotifiedOn the day the applicant was told, not before the approval; or empty
         * @throws RequestTimelineException when the extension is beyond 20 working days, not positive, has no
         *     approver, or the applicant was told before the approval
         */
        public ExtensionApproved {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(approvedBy, "approvedBy");
            Objects.requireNonNull(applicantNotifiedOn, "applicantNotifiedOn");
            if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
                throw new RequestTimelineException("EXTENSION_APPROVED on " + date, "an extension of "
                        + workingDays + " working days; Art. 33 allows 1 to 20");
            }
            if (approvedBy.isBlank()) {
                throw new RequestTimelineException("EXTENSION_APPROVED on " + date,
                        "Art. 33 requires the approval of the head of the disclosure office; record who approved");
            }
            if (applicantNotifiedOn.isPresent() && applicantNotifiedOn.get().isBefore(date)) {
                throw new RequestTimelineException("EXTENSION_APPROVED on " + date, "the applicant cannot be told on "
                        + applicantNotifiedOn.get() + " of an extension approved later");
            }
        }

        /**
         * An extension whose notice to the applicant is not recorded.
         *
         * @param date the day of approval
         * @param workingDays 1 to 20
         * @param approvedBy who approved it, not blank
         * @throws RequestTimelineException when the extension is beyond 20 working days, not positive, or has no
         *     approver
         */
        public ExtensionApproved(LocalDate date, int workingDays, String approvedBy) {
            this(date, workingDays, approvedBy, Optional.empty());
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
     * The agency notifies the applicant of an information-processing fee (信息处理费, Art. 42 ¶1: "申请人申请公开政府
     * 信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费"), its amount computed by
     * {@link InformationProcessingFee}. When the fee is not paid by {@code payBy}, the request is no longer handled
     * (table 三 row (六)2 "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请").
     *
     * @param date the day the notice went out
     * @param amountYuan the amount notified, in yuan
     * @param payBy the last day to pay, as the notice states it (the national measures' text on the payment period
     *     was not found; a provincial rule, 四川 2021, gives 20 working days from the day after the notice is
     *     received); empty when not recorded
     */
    record FeeNotified(LocalDate date, long amountYuan, Optional<LocalDate> payBy) implements RequestEvent {
        /**
         * @param date the day the notice went out
         * @param amountYuan the amount, positive
         * @param payBy the last day to pay, not before {@code date}; or empty
         * @throws RequestTimelineException when the amount is not positive or the last day precedes the notice
         */
        public FeeNotified {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(payBy, "payBy");
            if (amountYuan <= 0) {
                throw new RequestTimelineException("FEE_NOTIFIED on " + date, "a fee notice of " + amountYuan
                        + " yuan; a notice is for a positive amount");
            }
            if (payBy.isPresent() && payBy.get().isBefore(date)) {
                throw new RequestTimelineException("FEE_NOTIFIED on " + date, "the payment period cannot end on "
                        + payBy.get() + ", before the notice");
            }
        }

        @Override
        public Kind kind() {
            return Kind.FEE_NOTIFIED;
        }
    }

    /**
     * The applicant pays the fee notified.
     *
     * @param date the day of payment
     */
    record FeePaid(LocalDate date) implements RequestEvent {
        /** @param date the day of payment */
        public FeePaid {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Kind kind() {
            return Kind.FEE_PAID;
        }
    }

    /**
     * Art. 35: for a request whose number or frequency clearly exceeds a reasonable range, the agency finds the
     * applicant's reason reasonable but cannot reply within Art. 33's period, so it sets a reasonable later reply
     * date and tells the applicant ("可以确定延迟答复的合理期限并告知申请人"). That date replaces Art. 33's due date.
     * (When the agency finds the reason unreasonable it replies {@link ReplyType#EXCESSIVE_NOT_PROCESSED}.)
     *
     * @param date the day the applicant was told
     * @param replyBy the reasonable period the agency set, as its last day
     */
    record DelayedReplyNotified(LocalDate date, LocalDate replyBy) implements RequestEvent {
        /**
         * @param date the day the applicant was told
         * @param replyBy the last day of the reasonable period, not before {@code date}
         * @throws RequestTimelineException when the period ends before the notice
         */
        public DelayedReplyNotified {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(replyBy, "replyBy");
            if (replyBy.isBefore(date)) {
                throw new RequestTimelineException("DELAYED_REPLY_NOTIFIED on " + date,
                        "the reasonable period cannot end on " + replyBy + ", before the notice");
            }
        }

        @Override
        public Kind kind() {
            return Kind.DELAYED_REPLY_NOTIFIED;
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
