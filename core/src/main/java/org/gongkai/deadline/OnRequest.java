package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * 依申请公开 (or 依申请) written as the deadline: the information is not published proactively but given to whoever
 * applies, and the request is answered within the period of Regulation Art. 33: 行政机关收到政府信息公开申请，能够当场
 * 答复的，应当当场予以答复。行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，
 * 应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日.
 *
 * <p>The due date, from the day the request is received, is the 20th working day ({@link #REPLY_WORKING_DAYS});
 * an extension, a supplementation or a consultation moves it, which {@code org.gongkai.request.ReplyDeadline}
 * computes from the request's timeline.
 *
 * @param fallbackClause whether the phrase defers to other laws
 * @param source the text this rule was read from
 */
public record OnRequest(boolean fallbackClause, String source) implements DeadlineRule {

    /** The article that sets the reply period. */
    public static final String ARTICLE = "《中华人民共和国政府信息公开条例》第三十三条";

    /** Regulation Art. 33: the reply is due within 20 working days of the request's receipt. */
    public static final int REPLY_WORKING_DAYS = 20;

    /**
     * Checks the values are present.
     *
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     */
    public OnRequest {
        Objects.requireNonNull(source, "source");
    }

    /**
     * @param fallbackClause whether the phrase defers to other laws
     * @return the rule, with its canonical phrase 依申请公开 as source
     */
    public static OnRequest of(boolean fallbackClause) {
        OnRequest r = new OnRequest(fallbackClause, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#ON_REQUEST} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.ON_REQUEST;
    }

    /** @return {@link #ARTICLE}, the article that sets the reply period */
    public String article() {
        return ARTICLE;
    }

    /**
     * The reply is due on the 20th working day after the request is received (the day of receipt is day zero,
     * as for {@link WorkingDayWindow}), without extension.
     *
     * @param trigger the day the request was received
     * @param calendar the working-day calendar
     * @return the due date of the reply
     */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        return Optional.of(calendar.plusWorkingDays(trigger, REPLY_WORKING_DAYS));
    }

    /**
     * @param trigger the day the request was received
     * @param calendar the working-day calendar
     * @return false: the Art. 26 window is for proactive information, which this is not
     */
    @Override
    public boolean exceedsStatutoryProactiveWindow(LocalDate trigger, WorkingDayCalendar calendar) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        return false;
    }

    /** @return this rule with another source text */
    @Override
    public OnRequest withSource(String source) {
        return new OnRequest(fallbackClause, source);
    }
}
