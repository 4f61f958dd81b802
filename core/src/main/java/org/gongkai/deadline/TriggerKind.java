package org.gongkai.deadline;

/**
 * The event from which a deadline window runs, as catalogs name it. Each constant has the canonical text
 * {@link DeadlinePhrases#format(DeadlineRule)} writes when a rule is built in code from the kind alone.
 */
public enum TriggerKind {
    /** No trigger written (e.g. the bare 20个工作日); the caller decides which date the window runs from. */
    UNSPECIFIED(""),
    /** 信息形成或者变更: the information is formed or changed (Regulation Art. 26). */
    INFORMATION_FORMED_OR_CHANGED("信息形成或者变更"),
    /** 信息形成: the information is formed. */
    INFORMATION_FORMED("信息形成"),
    /** 信息变更: the information is changed. */
    INFORMATION_CHANGED("信息变更"),
    /** 制定或获取: the body formulates or obtains the information (policy, document, guide …). */
    FORMULATED_OR_OBTAINED("制定或获取信息"),
    /** 制作或获取: the body makes or obtains the information (the wording of Regulation Art. 10). */
    MADE_OR_OBTAINED("制作或获取信息"),
    /** 收到申请: a request (or application) is received. */
    REQUEST_RECEIVED("收到申请"),
    /** 收到…文件: a document, e.g. 征地批准文件, is received. */
    DOCUMENT_RECEIVED("收到文件"),
    /** 批准: approval, e.g. of a budget by the people's congress. */
    APPROVED("批准"),
    /** 批复: an approving reply from the higher authority, e.g. of the finance department. */
    APPROVAL_REPLY_ISSUED("批复"),
    /** 作出决定: a decision (administrative decision, 重大决策) is made. */
    DECISION_MADE("作出决定"),
    /** 分配结果确定: the result of an allocation is determined. */
    ALLOCATION_DETERMINED("分配结果确定"),
    /** 调查结束: an investigation (e.g. 拟征收土地现状调查) is completed. */
    INVESTIGATION_COMPLETED("调查结束"),
    /** 颁布或印发: a document is promulgated or issued. */
    PROMULGATED_OR_ISSUED("颁布或印发"),
    /** 启动…工作: a piece of work starts, e.g. 在实地启动拟征收土地工作时. */
    WORK_STARTED("启动工作"),
    /**
     * 召开/举行: a meeting or hearing is held (会议召开, 召开听证会); usually the event a window runs before
     * ({@link Direction#BEFORE}).
     */
    MEETING_HELD("召开会议"),
    /** A trigger written in words not in this list; its text is kept in {@link Trigger#text()}. */
    OTHER("");

    private final String canonicalText;

    TriggerKind(String canonicalText) {
        this.canonicalText = canonicalText;
    }

    /**
     * @return the canonical Chinese text of this trigger ("" for {@link #UNSPECIFIED} and {@link #OTHER}, which
     *     have none)
     */
    public String canonicalText() {
        return canonicalText;
    }
}
