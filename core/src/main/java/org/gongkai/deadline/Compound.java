package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Several rules in one phrase, each a {@link Part} with the scope of information it applies to:
 * <ul>
 *   <li>a general rule and an exception: 信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示
 *       (parts: unscoped 20 working days; scope 行政许可、行政处罚事项, 7 working days after the decision);</li>
 *   <li>branches: 执法决定信息在决定作出之日起7个工作日内公开,其他相关信息形成或变更之日起20个工作日内公开;
 *       1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。;</li>
 *   <li>a sequence: 制定或获取信息之日起10个工作日内,公示7个工作日; …5个工作日内;长期公示.</li>
 * </ul>
 *
 * <p><b>Due date.</b> {@link #dueDate} is the due date of the <em>general part</em>: the single unscoped part that
 * has a due date (the 20 working days of "X;其中Y", the 10 working days of "10个工作日内,公示7个工作日"). When no
 * part or several parts qualify (branches that each have their scope) the answer depends on which information is
 * meant, and it is empty: use {@link #dueDates} for every part.
 *
 * @param parts two or more parts, none of them compound, 同上 or unrecognised, none with its own fallback clause
 * @param fallbackClause whether the phrase defers to other laws (for every part)
 * @param source the text this rule was read from
 */
public record Compound(List<Part> parts, boolean fallbackClause, String source) implements DeadlineRule {

    /**
     * One branch of a compound rule.
     *
     * @param scope the information it applies to as written (执法决定信息, 处罚决定 …); empty for the general rule
     * @param rule the rule of this part
     */
    public record Part(String scope, DeadlineRule rule) {

        /**
         * Checks the part.
         *
         * @param scope the information it applies to as written (执法决定信息, 处罚决定 …); empty for the general rule
         * @param rule the rule of this part
         *
         * @throws IllegalArgumentException when the rule is compound, 同上 or unrecognised, carries its own fallback
         *     clause, or the scope contains a separator (: ;) that would make the phrase ambiguous
         */
        public Part {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(rule, "rule");
            if (rule instanceof Compound || rule instanceof SameAsAbove || rule instanceof Unrecognized) {
                throw new IllegalArgumentException("a compound part cannot be " + rule.kind());
            }
            if (rule.fallbackClause()) {
                throw new IllegalArgumentException("the fallback clause belongs to the compound, not to a part");
            }
            for (int i = 0; i < scope.length(); i++) {
                char c = scope.charAt(i);
                if (c == ':' || c == ';' || c == '：' || c == '；' || c == '。') {
                    throw new IllegalArgumentException("scope '" + scope + "' contains the separator '" + c + "'");
                }
            }
        }

        /**
         * @param rule the rule
         * @return an unscoped (general) part
         */
        public static Part general(DeadlineRule rule) {
            return new Part("", rule);
        }
    }

    /**
     * Copies the parts.
     *
     * @param parts two or more parts, none of them compound, 同上 or unrecognised, none with its own fallback clause
     * @param fallbackClause whether the phrase defers to other laws (for every part)
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException with fewer than two parts
     */
    public Compound {
        Objects.requireNonNull(source, "source");
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a compound rule has at least two parts, got " + parts.size());
        }
    }

    /**
     * @param parts the parts
     * @param fallbackClause whether the phrase defers to other laws
     * @return the rule with its canonical phrase as source
     */
    public static Compound of(List<Part> parts, boolean fallbackClause) {
        Compound r = new Compound(parts, fallbackClause, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#COMPOUND} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.COMPOUND;
    }

    /** @return the rules of the parts, in order */
    public List<DeadlineRule> rules() {
        List<DeadlineRule> rules = new ArrayList<>(parts.size());
        for (Part p : parts) {
            rules.add(p.rule());
        }
        return Collections.unmodifiableList(rules);
    }

    /**
     * @return the general part's due date (see the type's documentation), or empty when ambiguous
     */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        Optional<LocalDate> found = Optional.empty();
        for (Part p : parts) {
            if (p.scope().isEmpty()) {
                Optional<LocalDate> due = p.rule().dueDate(trigger, calendar);
                if (due.isPresent()) {
                    if (found.isPresent()) {
                        return Optional.empty();
                    }
                    found = due;
                }
            }
        }
        return found;
    }

    /**
     * @param trigger the trigger date
     * @param calendar the working-day calendar
     * @return each part's due date, in the order of {@link #parts()}
     */
    public List<Optional<LocalDate>> dueDates(LocalDate trigger, WorkingDayCalendar calendar) {
        List<Optional<LocalDate>> dates = new ArrayList<>(parts.size());
        for (Part p : parts) {
            dates.add(p.rule().dueDate(trigger, calendar));
        }
        return Collections.unmodifiableList(dates);
    }

    /** @return true without the fallback clause when one of the parts exceeds Art. 26 */
    @Override
    public boolean exceedsStatutoryProactiveWindow() {
        if (fallbackClause) {
            return false;
        }
        for (Part p : parts) {
            if (p.rule().exceedsStatutoryProactiveWindow()) {
                return true;
            }
        }
        return false;
    }

    /** @return true without the fallback clause when one part's due date is later than Art. 26 allows */
    @Override
    public boolean exceedsStatutoryProactiveWindow(LocalDate trigger, WorkingDayCalendar calendar) {
        if (fallbackClause) {
            return false;
        }
        for (Part p : parts) {
            if (p.rule().exceedsStatutoryProactiveWindow(trigger, calendar)) {
                return true;
            }
        }
        return false;
    }

    /** @return this rule with another source text (the parts keep theirs) */
    @Override
    public Compound withSource(String source) {
        return new Compound(parts, fallbackClause, source);
    }
}
