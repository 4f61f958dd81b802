package org.gongkai.deadline;

/**
 * The class of a {@link DeadlineRule} (公开时限). One constant per record of the sealed hierarchy; the names are a
 * stable contract (the command-line tools print them).
 */
public enum DeadlineKind {
    /**
     * N working days (工作日) after a trigger: {@link WorkingDayWindow}, e.g. 信息形成或者变更之日起20个工作日内; also
     * before an event (在召开听证会5个工作日前), which {@link WorkingDayWindow#direction()} tells.
     */
    WORKING_DAYS_AFTER,
    /**
     * N calendar days, weeks, months or years after a trigger: {@link CalendarWindow}, e.g. 批准后20日内; also before
     * an event (会议召开3日前), which {@link CalendarWindow#direction()} tells.
     */
    CALENDAR_DAYS_AFTER,
    /** Immediately, in real time, as progress is made, or when an event happens: {@link Immediate}, e.g. 及时公开. */
    IMMEDIATE,
    /** Kept published for the long term or permanently: {@link Standing}, e.g. 长期公开, 永久公开. */
    STANDING,
    /** A period during which the information stays posted: {@link PublicityPeriod}, e.g. 公示7个工作日. */
    PUBLICITY_PERIOD,
    /** A date of the calendar year: {@link FixedDate}, e.g. 每年1月31日前, 6月底前. */
    FIXED_DATE,
    /** A frequency: {@link Periodic}, e.g. 每季度, 半年至少更新1次. */
    PERIODIC,
    /** Several rules in one phrase, each for part of the information: {@link Compound}. */
    COMPOUND,
    /** 同上: the previous row's rule, resolved by the catalog reader: {@link SameAsAbove}. */
    SAME_AS_ABOVE,
    /** Text that is not read as a rule; kept with the reason: {@link Unrecognized}. */
    UNRECOGNIZED,
    /** 依申请公开: disclosed on request, answered within the period of Regulation Art. 33: {@link OnRequest}. */
    ON_REQUEST
}
