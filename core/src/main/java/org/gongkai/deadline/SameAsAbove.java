package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * 同上: the catalog repeats the previous row's deadline. The catalog reader resolves it with
 * {@link #resolve(DeadlineRule)}; unresolved it has no due date.
 *
 * @param source the text this rule was read from
 */
public record SameAsAbove(String source) implements DeadlineRule {

    /**
     * Checks the source is present.
     *
     * @param source the text this rule was read from
     */
    public SameAsAbove {
        Objects.requireNonNull(source, "source");
    }

    /** @return 同上 built in code */
    public static SameAsAbove of() {
        return new SameAsAbove("同上");
    }

    /**
     * @param previous the previous row's rule (itself resolved), or null for the first row
     * @return the previous rule; an {@link Unrecognized} rule keeping this text when there is no previous row or
     *     the previous row is itself unresolved
     */
    public DeadlineRule resolve(DeadlineRule previous) {
        if (previous == null || previous instanceof SameAsAbove) {
            return new Unrecognized(source, "同上 (same as above) with no previous row to refer to");
        }
        return previous;
    }

    /** @return {@link DeadlineKind#SAME_AS_ABOVE} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.SAME_AS_ABOVE;
    }

    /** @return false: 同上 itself says nothing; the resolved rule may */
    @Override
    public boolean fallbackClause() {
        return false;
    }

    /** @return always empty: resolve against the previous row first */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return Optional.empty();
    }

    /** @return this rule with another source text */
    @Override
    public SameAsAbove withSource(String source) {
        return new SameAsAbove(source);
    }
}
