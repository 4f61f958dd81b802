package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Text that the parser does not read as a rule. Nothing is lost: the raw text is kept in {@link #source()} and
 * {@link DeadlinePhrases#format(DeadlineRule)} writes it back unchanged.
 *
 * @param source the raw text
 * @param reason why it was not read, in English
 */
public record Unrecognized(String source, String reason) implements DeadlineRule {

    /**
     * Checks the values are present.
     *
     * @param source the raw text
     * @param reason why it was not read, in English
     */
    public Unrecognized {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return {@link DeadlineKind#UNRECOGNIZED} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.UNRECOGNIZED;
    }

    /** @return false: an unread text is not known to defer to other laws */
    @Override
    public boolean fallbackClause() {
        return false;
    }

    /** @return always empty */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return Optional.empty();
    }

    /** @return an unrecognised rule for another text, with the same reason */
    @Override
    public Unrecognized withSource(String source) {
        return new Unrecognized(source, reason);
    }
}
