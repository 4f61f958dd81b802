package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The result of checking one publication against its deadline rule: on time, late by N working days, or not
 * checkable (with the reason). Immutable.
 */
public final class PublicationCheck {

    /** The outcome of a check. */
    public enum Status {
        /** Published on or before the due date. */
        ON_TIME,
        /** Published after the due date. */
        LATE,
        /** The rule sets no date that one publication can be checked against (及时, 实时, 长期 …). */
        NOT_CHECKABLE
    }

    private final Status status;
    private final LocalDate dueDate;
    private final int workingDaysLate;
    private final String reason;

    private PublicationCheck(Status status, LocalDate dueDate, int workingDaysLate, String reason) {
        this.status = status;
        this.dueDate = dueDate;
        this.workingDaysLate = workingDaysLate;
        this.reason = reason;
    }

    /**
     * Checks a publication date against a rule. The due date is {@link DeadlineRule#dueDate} from the trigger
     * date; late means published after it, and the working days late are
     * {@code calendar.workingDaysBetween(due, publishedOn)} (so publishing on the Saturday after a Friday due date is
     * late by 0 working days; the status still says LATE).
     *
     * <p>Not checkable: {@link Immediate} (及时/实时/按进展情况 set no number of days: check by other means that the
     * publication followed the event promptly), {@link Standing} (长期/永久 says how long the information stays
     * published: check that it is still online), {@link PublicityPeriod} (runs from the posting), {@link Periodic}
     * (checked over a period, not one date), {@link SameAsAbove} (resolve against the previous row first),
     * {@link Unrecognized}, and a {@link Compound} whose branches each have their scope (check the branch that
     * applies, from {@link Compound#parts()}).
     *
     * @param rule the item's deadline rule
     * @param triggerDate the date of the rule's trigger; for most items the date the information was formed or
     *     changed (信息形成或者变更之日)
     * @param publishedOn the date the information was published
     * @param calendar the working-day calendar
     * @return the result
     */
    public static PublicationCheck check(DeadlineRule rule, LocalDate triggerDate, LocalDate publishedOn,
            WorkingDayCalendar calendar) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(triggerDate, "triggerDate");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(calendar, "calendar");
        Optional<LocalDate> due = rule.dueDate(triggerDate, calendar);
        if (due.isEmpty()) {
            return new PublicationCheck(Status.NOT_CHECKABLE, null, 0, notCheckableReason(rule));
        }
        LocalDate d = due.get();
        if (!publishedOn.isAfter(d)) {
            return new PublicationCheck(Status.ON_TIME, d, 0, "published on or before the due date " + d);
        }
        int late = calendar.workingDaysBetween(d, publishedOn);
        return new PublicationCheck(Status.LATE, d, late,
                "published " + publishedOn + ", after the due date " + d + ": " + late + " working day(s) late");
    }

    /**
     * Checks a piece of government information against its item's rule: the window runs from the later of its
     * formed and changed dates (Art. 26: 自该政府信息形成或者变更之日起). {@code InformationRecord.publicationCheck}
     * calls this with the record's dates (the deadline package knows no items: {@code org.gongkai.item} depends on
     * {@code org.gongkai.deadline}, never the other way).
     *
     * @param rule the deadline rule of the item the information belongs to
     * @param formedOrChangedOn the later of the dates the information was formed or changed, if known
     * @param publishedOn the date it was published, if it was
     * @param calendar the working-day calendar
     * @return the result; NOT_CHECKABLE with the reason when the formed/changed or published date is missing
     */
    public static PublicationCheck check(DeadlineRule rule, Optional<LocalDate> formedOrChangedOn,
            Optional<LocalDate> publishedOn, WorkingDayCalendar calendar) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(formedOrChangedOn, "formedOrChangedOn");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(calendar, "calendar");
        if (formedOrChangedOn.isEmpty()) {
            return new PublicationCheck(Status.NOT_CHECKABLE, null, 0,
                    "the record has no formed or changed date (信息形成或变更日期)");
        }
        if (publishedOn.isEmpty()) {
            Optional<LocalDate> due = rule.dueDate(formedOrChangedOn.get(), calendar);
            return new PublicationCheck(Status.NOT_CHECKABLE, due.orElse(null), 0,
                    "the record has not been published" + due.map(d -> "; it is due by " + d).orElse(""));
        }
        return check(rule, formedOrChangedOn.get(), publishedOn.get(), calendar);
    }

    private static String notCheckableReason(DeadlineRule rule) {
        if (rule instanceof Immediate im) {
            return switch (im.immediacy()) {
                case REAL_TIME -> "实时公开 (real time) sets no number of days; check that publication follows the "
                        + "information as it is produced";
                case AS_PROGRESS -> "按进展情况及时公开 (as progress is made) sets no number of days; check each stage";
                case AT_EVENT -> "published when the event happens (" + im.trigger().text() + "时); no number of days";
                default -> "及时公开 (promptly) sets no number of days; only the order of events can be checked";
            };
        }
        if (rule instanceof Standing) {
            return "长期/永久公开 (standing) says how long the information stays published, not when; check that it "
                    + "is still published";
        }
        if (rule instanceof PublicityPeriod) {
            return "a publicity period runs from the posting; check its length, not a publication deadline";
        }
        if (rule instanceof Periodic) {
            return "a frequency is checked over a period (count the publications), not against one date";
        }
        if (rule instanceof SameAsAbove) {
            return "同上 (same as above) must be resolved against the previous row first";
        }
        if (rule instanceof Unrecognized u) {
            return "the deadline text was not recognised: " + u.reason();
        }
        if (rule instanceof Compound) {
            return "the compound rule's branches each have their scope; check the branch that applies";
        }
        return "the rule sets no due date";
    }

    /** @return on time, late or not checkable */
    public Status status() {
        return status;
    }

    /** @return the due date, empty when not checkable */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** @return the working days after the due date when late; 0 otherwise */
    public int workingDaysLate() {
        return workingDaysLate;
    }

    /** @return why, in English (for not checkable: what can and cannot be checked) */
    public String reason() {
        return reason;
    }

    /** @return a description for logs */
    @Override
    public String toString() {
        return "PublicationCheck[" + status + (dueDate == null ? "" : ", due " + dueDate)
                + (status == Status.LATE ? ", " + workingDaysLate + " working days late" : "") + ": " + reason + "]";
    }

    /** @return equality of all fields */
    @Override
    public boolean equals(Object o) {
        return o instanceof PublicationCheck p && status == p.status && Objects.equals(dueDate, p.dueDate)
                && workingDaysLate == p.workingDaysLate && reason.equals(p.reason);
    }

    /** @return a hash of all fields */
    @Override
    public int hashCode() {
        return Objects.hash(status, dueDate, workingDaysLate, reason);
    }
}
