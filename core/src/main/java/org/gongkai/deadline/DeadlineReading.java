package org.gongkai.deadline;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DeadlinePhrases#read(CharSequence)} made of a deadline cell: the {@link #rule()}, and every piece of
 * the cell the rule does not express, so that nothing is dropped silently.
 * <ul>
 *   <li>{@link #note()}: caveats and remarks after the rule that carry no deadline (因情况紧急需要缩短期限的，应当予以
 *       说明; 在村公示栏公开): kept as the rule's note, they do not make it partial;</li>
 *   <li>{@link #unread()}: text the parser did not consume that carries a number, a time word (日, 月, 年, 时 …)
 *       or a trigger (之日, 形成, 收到 …): the rule is then {@linkplain #partial() partial}, and the validator
 *       warns (DEADLINE_PARTLY_READ).</li>
 * </ul>
 *
 * @param rule the rule read, never null (an {@link Unrecognized} one when nothing was read)
 * @param note the caveats after the rule, joined with "；" in their order; empty when there are none
 * @param unread the unconsumed pieces that carry a number, a time word or a trigger, as written, in order
 */
public record DeadlineReading(DeadlineRule rule, String note, List<String> unread) {

    /**
     * Copies the list.
     *
     * @param rule the rule read
     * @param note the caveats after the rule ("" when none)
     * @param unread the unconsumed pieces that carry a number, a time word or a trigger
     */
    public DeadlineReading {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(note, "note");
        unread = List.copyOf(unread);
    }

    /** @return true when part of the cell carrying a number, a time word or a trigger was not read */
    public boolean partial() {
        return !unread.isEmpty();
    }
}
