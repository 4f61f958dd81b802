package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Standing publication: the information stays published, 长期公开 (also written 长期公示, 保持长期公开) or 永久公开,
 * possibly 动态调整 (kept up to date). This says how long the information stays published, not when it must first
 * appear.
 *
 * @param permanent true for 永久 (permanently), false for 长期 (for the long term)
 * @param dynamicallyAdjusted true when the phrase adds 动态调整 (kept up to date as it changes)
 * @param fallbackClause whether the phrase defers to other laws
 * @param source the text this rule was read from
 */
public record Standing(boolean permanent, boolean dynamicallyAdjusted, boolean fallbackClause, String source)
        implements DeadlineRule {

    /**
     * Checks the source is present.
     *
     * @param permanent true for 永久 (permanently), false for 长期 (for the long term)
     * @param dynamicallyAdjusted true when the phrase adds 动态调整 (kept up to date as it changes)
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     */
    public Standing {
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param permanent 永久 rather than 长期
     * @param dynamicallyAdjusted 动态调整
     * @return the rule, without fallback clause, with its canonical phrase as source
     */
    public static Standing of(boolean permanent, boolean dynamicallyAdjusted) {
        Standing r = new Standing(permanent, dynamicallyAdjusted, false, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#STANDING} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.STANDING;
    }

    /** @return always empty: 长期/永久 is a duration of publication, not a deadline */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return Optional.empty();
    }

    /** @return this rule with another source text */
    @Override
    public Standing withSource(String source) {
        return new Standing(permanent, dynamicallyAdjusted, fallbackClause, source);
    }
}
