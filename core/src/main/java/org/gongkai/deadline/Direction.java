package org.gongkai.deadline;

/**
 * Which way a window runs from its event: {@link #AFTER} (信息形成之日起20个工作日内, the usual case) or
 * {@link #BEFORE} (在召开听证会5个工作日前公开, 会议召开3日前公告, 提前一周: the information must be out that long
 * before the event).
 */
public enum Direction {
    /** The window opens at the event and ends N units after it. */
    AFTER,
    /** The window ends N units before the event: the due date counts backwards from the event. */
    BEFORE
}
