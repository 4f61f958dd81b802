package org.gongkai.deadline;

/**
 * The trigger vocabulary: classifies a trigger's text into a {@link TriggerKind}, reusing one {@link Trigger}
 * instance for the texts real catalogs use most (no allocation on the parser's hot path for them).
 * Package-private.
 */
final class Triggers {

    // One bit per word of the vocabulary, set by one pass over the text (kindOf).
    private static final String[] WORDS = {
        "申请", "收到", "接到", "受理", "接收", "分配结果", "调查", "结束", "完成", "颁布", "印发", "批复", "批准",
        "决定", "决策", "作出", "启动", "召开", "举行", "举办", "获取", "制定", "制作", "形成", "产生", "变更", "变化",
    };
    private static final int APPLY = 1;
    private static final int RECEIVED = 1 << 1;
    private static final int GOT = 1 << 2;
    private static final int ACCEPTED = 1 << 3;
    private static final int TAKEN_IN = 1 << 4;
    private static final int ALLOCATION = 1 << 5;
    private static final int SURVEY = 1 << 6;
    private static final int ENDED = 1 << 7;
    private static final int COMPLETED = 1 << 8;
    private static final int PROMULGATED = 1 << 9;
    private static final int PRINTED = 1 << 10;
    private static final int REPLIED = 1 << 11;
    private static final int APPROVED = 1 << 12;
    private static final int DECISION = 1 << 13;
    private static final int POLICY_DECISION = 1 << 14;
    private static final int MADE = 1 << 15;
    private static final int STARTED = 1 << 16;
    private static final int CONVENED = 1 << 17;
    private static final int HELD = 1 << 18;
    private static final int HOSTED = 1 << 19;
    private static final int OBTAINED = 1 << 20;
    private static final int FORMULATED = 1 << 21;
    private static final int PRODUCED = 1 << 22;
    private static final int FORMED = 1 << 23;
    private static final int ARISEN = 1 << 24;
    private static final int CHANGED = 1 << 25;
    private static final int VARIED = 1 << 26;

    /**
     * The words of {@link #WORDS} that a text contains, as bits (word k is bit k), in one pass: each character is
     * compared with the first characters of the words, and only on a match with the rest of the word.
     */
    private static int words(char[] b, int f, int t) {
        int found = 0;
        for (int i = f; i < t; i++) {
            char c = b[i];
            // The first characters of the words: 申收接受分调结完颁印批决作启召举获制形产变.
            if (c < '\u4E00' || c >= '\uA000' || !FIRST[c - '\u4E00']) {
                continue;
            }
            for (int k = 0; k < WORDS.length; k++) {
                String w = WORDS[k];
                if (w.charAt(0) == c && Scan.startsWith(b, i, t, w)) {
                    found |= 1 << k;
                }
            }
        }
        return found;
    }

    /** FIRST[c - U+4E00]: whether a word of the vocabulary starts with the ideograph c. Written only here. */
    private static final boolean[] FIRST = new boolean[0xA000 - 0x4E00];

    static {
        for (String w : WORDS) {
            FIRST[w.charAt(0) - 0x4E00] = true;
        }
    }

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
     * written 收到申请, 接到申请, 收到申请表, 受理申请 (and 收到…申请 with words between). One pass over the text
     * ({@link #words}), then the decision on the words found.
     */
    static TriggerKind kindOf(char[] b, int f, int t) {
        int w = words(b, f, t);
        if (w == 0) {
            return TriggerKind.OTHER;
        }
        boolean receipt = (w & (RECEIVED | GOT)) != 0;
        if ((w & APPLY) != 0 && (receipt || (w & (ACCEPTED | TAKEN_IN)) != 0)) {
            return TriggerKind.REQUEST_RECEIVED;
        }
        if (receipt) {
            return TriggerKind.DOCUMENT_RECEIVED;
        }
        if ((w & ALLOCATION) != 0) {
            return TriggerKind.ALLOCATION_DETERMINED;
        }
        if ((w & SURVEY) != 0 && (w & (ENDED | COMPLETED)) != 0) {
            return TriggerKind.INVESTIGATION_COMPLETED;
        }
        if ((w & (PROMULGATED | PRINTED)) != 0) {
            return TriggerKind.PROMULGATED_OR_ISSUED;
        }
        if ((w & REPLIED) != 0) {
            return TriggerKind.APPROVAL_REPLY_ISSUED;
        }
        if ((w & APPROVED) != 0) {
            return TriggerKind.APPROVED;
        }
        if ((w & (DECISION | POLICY_DECISION)) != 0 && (w & MADE) != 0) {
            return TriggerKind.DECISION_MADE;
        }
        if ((w & STARTED) != 0) {
            return TriggerKind.WORK_STARTED;
        }
        if ((w & (CONVENED | HELD | HOSTED)) != 0) {
            return TriggerKind.MEETING_HELD;
        }
        if ((w & OBTAINED) != 0 && (w & FORMULATED) != 0) {
            return TriggerKind.FORMULATED_OR_OBTAINED;
        }
        if ((w & OBTAINED) != 0 && (w & PRODUCED) != 0) {
            return TriggerKind.MADE_OR_OBTAINED;
        }
        boolean formed = (w & (FORMED | ARISEN)) != 0;
        boolean changed = (w & (CHANGED | VARIED)) != 0;
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
