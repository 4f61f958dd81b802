package org.gongkai.deadline;

/**
 * The trigger vocabulary: classifies a trigger's text into a {@link TriggerKind}, reusing one {@link Trigger}
 * instance for the texts real catalogs use most (no allocation on the parser's hot path for them).
 * Package-private.
 */
final class Triggers {

    /** Trigger texts seen in real catalogs (after normalisation), shared as constants. */
    private static final String[] COMMON_TEXTS = {
        "信息形成或者变更", "信息形成或变更", "该政府信息形成或者变更", "该信息形成或者变更", "形成或者变更",
        "信息形成", "信息形成(变更)", "公开事项信息形成或变更", "制定或获取信息", "制作或获取该信息",
        "收到申请", "分配结果确定", "作出行政决定", "决定作出",
    };
    private static final Trigger[] COMMON;

    static {
        TriggerKind[] kinds = TriggerKind.values();
        COMMON = new Trigger[COMMON_TEXTS.length + kinds.length];
        int n = 0;
        for (String text : COMMON_TEXTS) {
            COMMON[n++] = new Trigger(kindOf(text.toCharArray(), 0, text.length()), text);
        }
        for (TriggerKind kind : kinds) {
            if (kind != TriggerKind.OTHER && kind != TriggerKind.UNSPECIFIED) {
                COMMON[n++] = Trigger.of(kind);
            }
        }
        for (int i = n; i < COMMON.length; i++) {
            COMMON[i] = COMMON[0];
        }
    }

    private Triggers() {
    }

    /**
     * @return the trigger written in {@code b[from, to)} (already stripped of connectors such as 之日起 and of a
     *     leading 自); {@link Trigger#UNSPECIFIED} when the region is empty
     */
    static Trigger classify(char[] b, int from, int to) {
        if (from >= to) {
            return Trigger.UNSPECIFIED;
        }
        for (Trigger t : COMMON) {
            if (Scan.regionEquals(b, from, to, t.text())) {
                return t;
            }
        }
        return new Trigger(kindOf(b, from, to), new String(b, from, to - from));
    }

    /**
     * @param t a trigger
     * @return true when {@code t} is one of the shared constants of the vocabulary (known to be written back and
     *     read again as itself) or {@link Trigger#UNSPECIFIED}
     */
    static boolean isShared(Trigger t) {
        if (t == Trigger.UNSPECIFIED) {
            return true;
        }
        for (Trigger c : COMMON) {
            if (c == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * The vocabulary, most specific first (收到…批准文件 is a receipt, not an approval). A request's receipt is
     * written 收到申请, 接到申请, 收到申请表, 受理申请 (and 收到…申请 with words between).
     */
    static TriggerKind kindOf(char[] b, int f, int t) {
        boolean request = Scan.contains(b, f, t, "申请");
        if (request && (Scan.contains(b, f, t, "收到") || Scan.contains(b, f, t, "接到")
                || Scan.contains(b, f, t, "受理") || Scan.contains(b, f, t, "接收"))) {
            return TriggerKind.REQUEST_RECEIVED;
        }
        if (Scan.contains(b, f, t, "收到") || Scan.contains(b, f, t, "接到")) {
            return TriggerKind.DOCUMENT_RECEIVED;
        }
        if (Scan.contains(b, f, t, "分配结果")) {
            return TriggerKind.ALLOCATION_DETERMINED;
        }
        if (Scan.contains(b, f, t, "调查") && (Scan.contains(b, f, t, "结束") || Scan.contains(b, f, t, "完成"))) {
            return TriggerKind.INVESTIGATION_COMPLETED;
        }
        if (Scan.contains(b, f, t, "颁布") || Scan.contains(b, f, t, "印发")) {
            return TriggerKind.PROMULGATED_OR_ISSUED;
        }
        if (Scan.contains(b, f, t, "批复")) {
            return TriggerKind.APPROVAL_REPLY_ISSUED;
        }
        if (Scan.contains(b, f, t, "批准")) {
            return TriggerKind.APPROVED;
        }
        if ((Scan.contains(b, f, t, "决定") || Scan.contains(b, f, t, "决策")) && Scan.contains(b, f, t, "作出")) {
            return TriggerKind.DECISION_MADE;
        }
        if (Scan.contains(b, f, t, "启动")) {
            return TriggerKind.WORK_STARTED;
        }
        if (Scan.contains(b, f, t, "召开") || Scan.contains(b, f, t, "举行") || Scan.contains(b, f, t, "举办")) {
            return TriggerKind.MEETING_HELD;
        }
        boolean obtained = Scan.contains(b, f, t, "获取");
        if (obtained && Scan.contains(b, f, t, "制定")) {
            return TriggerKind.FORMULATED_OR_OBTAINED;
        }
        if (obtained && Scan.contains(b, f, t, "制作")) {
            return TriggerKind.MADE_OR_OBTAINED;
        }
        boolean formed = Scan.contains(b, f, t, "形成") || Scan.contains(b, f, t, "产生");
        boolean changed = Scan.contains(b, f, t, "变更") || Scan.contains(b, f, t, "变化");
        if (formed && changed) {
            return TriggerKind.INFORMATION_FORMED_OR_CHANGED;
        }
        if (formed) {
            return TriggerKind.INFORMATION_FORMED;
        }
        if (changed) {
            return TriggerKind.INFORMATION_CHANGED;
        }
        return TriggerKind.OTHER;
    }
}
