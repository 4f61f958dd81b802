package org.gongkai.deadline;

/** How an {@link Immediate} rule asks for publication without a number of days. */
public enum Immediacy {
    /** 及时公开: promptly (optionally after a trigger: 重大决策作出后及时公开). */
    TIMELY,
    /** 实时公开: in real time, as the information is produced. */
    REAL_TIME,
    /** 按进展情况及时公开: promptly at each stage of progress. */
    AS_PROGRESS,
    /** …时公开: at the time a named event happens, e.g. 在实地启动拟征收土地工作时. */
    AT_EVENT
}
