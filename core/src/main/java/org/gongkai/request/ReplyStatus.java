package org.gongkai.request;

import java.util.Objects;

/**
 * Where a request's reply stands at a given date ({@link ReplyDeadline#status}).
 *
 * @param state the state
 * @param workingDays for {@link State#DUE_WITHIN} the working days left (0 = due that day, days paused by a
 *     consultation not counted); for {@link State#OVERDUE} the working days past the due date; for
 *     {@link State#PAUSED} the working days that will be left when the open consultation ends; 0 otherwise
 */
public record ReplyStatus(State state, int workingDays) {

    /** The states of a reply clock. */
    public enum State {
        /** Replied on or before the applicable due date (or while the clock had not started). */
        ON_TIME,
        /** Not replied yet; the due date has not passed. */
        DUE_WITHIN,
        /** Not replied by the due date (either still unanswered, or answered late). */
        OVERDUE,
        /** The applicant was asked to supplement the request and has not yet; the clock has not started. */
        AWAITING_SUPPLEMENT,
        /** The applicant's period to supplement ended without a supplement: the request is taken as abandoned. */
        LAPSED,
        /**
         * A consultation is open (gone out, not answered): the clock stands still and the due date is unknown until
         * it ends (Art. 33 ¶3).
         */
        PAUSED,
        /**
         * The fee notified was not paid by the last day the notice gave: the request is no longer handled (table 三
         * (六)2, Art. 42).
         */
        FEE_NOT_PAID
    }

    /**
     * @param state the state
     * @param workingDays the working days left or overdue, not negative
     */
    public ReplyStatus {
        Objects.requireNonNull(state, "state");
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days cannot be negative: " + workingDays);
        }
    }

    /** @return e.g. {@code DUE_WITHIN 3}, {@code OVERDUE 2}, {@code PAUSED 15}, {@code ON_TIME} */
    @Override
    public String toString() {
        return state == State.DUE_WITHIN || state == State.OVERDUE || state == State.PAUSED ? state + " " + workingDays
                : state.name();
    }
}
