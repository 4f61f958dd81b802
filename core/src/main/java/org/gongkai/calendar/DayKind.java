package org.gongkai.calendar;

/** What kind of day a date is on the working-day calendar. */
public enum DayKind {
    /** Monday to Friday with no notice changing it: a working day. */
    NORMAL_WORKING_DAY("工作日", true),
    /** Saturday or Sunday with no notice changing it: a rest day. */
    WEEKEND("休息日", false),
    /** A day off set by the State Council's notice (法定节假日 and the days taken with it), on any day of the week. */
    PUBLIC_HOLIDAY("法定节假日", false),
    /** A Saturday or Sunday made a working day in exchange for a public holiday (调休/补班). */
    ADJUSTED_WORKING_DAY("调休上班", true),
    /** A rest day added by a local overlay, e.g. an autonomous region's own holiday. */
    LOCAL_REST_DAY("地方休息日", false);

    private final String label;
    private final boolean working;

    DayKind(String label, boolean working) {
        this.label = label;
        this.working = working;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }

    /** @return true when government offices work on a day of this kind */
    public boolean isWorkingDay() {
        return working;
    }

    /** @return true for the kinds that belong to a named holiday (public holiday, adjusted working day, local rest day) */
    public boolean hasHoliday() {
        return this == PUBLIC_HOLIDAY || this == ADJUSTED_WORKING_DAY || this == LOCAL_REST_DAY;
    }
}
