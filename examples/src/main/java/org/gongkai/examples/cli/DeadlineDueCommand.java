package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;

/** {@code deadline due TEXT --from DATE}: the due date of a deadline phrase for a trigger date. */
final class DeadlineDueCommand extends Leaf {
    DeadlineDueCommand() {
        super("due", "the due date of a deadline phrase for a trigger date", """
                usage: gongkai deadline due TEXT --from DATE [--provisional] [--notices DIR]

                Reads the deadline phrase TEXT and prints its due date when the trigger (the information formed or
                changed, the request received, the approval …) happened on DATE, on the official calendar:
                  N个工作日内     the N-th working day after DATE (DATE is day zero; Regulation Art. 26)
                  N日/个月/年内   the end of the period by 民法典 Art. 201-203 (a last day off work moves to the
                                 next working day)
                  …N个工作日前   before an event on DATE: the N-th working day before DATE
                  …N日前, 提前N日 before an event on DATE: DATE less the period by 民法典 Art. 201-203 counted
                                 backwards (a last day off work moves to the working day before)
                  依申请公开      the 20th working day after DATE, the request's receipt (Regulation Art. 33)
                  M月D日前        the first such date on or after DATE
                  compound        the general part's date, when there is exactly one
                Prints 'none' and exits 1 when the rule sets no date (及时, 长期, a frequency, 同上, unreadable).
                """ + Calendars.PROVISIONAL_HELP + """


                example: gongkai deadline due 信息形成或者变更之日起20个工作日内 --from 2024-09-27   →  2024-10-30""",
                Set.of(Calendars.PROVISIONAL), Set.of("--from", Calendars.NOTICES), Set.of());
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect("TEXT");
        String from = args.option("--from");
        if (from == null) {
            throw new UsageException(args.command() + ": missing --from DATE (the date of the trigger)");
        }
        LocalDate trigger = Inputs.date(args.command(), "--from", from);
        DeadlineRule rule = DeadlinePhrases.parse(args.positional().get(0));
        WorkingDayCalendar cal = Calendars.of(args);
        Optional<LocalDate> due;
        try {
            due = rule.dueDate(trigger, cal);
        } catch (CalendarCoverageException e) {
            throw Calendars.outside(args.command(), e);
        }
        if (due.isEmpty()) {
            out.println("none");
            err.println("gongkai " + args.command() + ": a " + rule.kind() + " rule sets no date"
                    + (rule.kind().name().equals("UNRECOGNIZED") ? " (the text was not read as a deadline)" : ""));
            return Main.NO;
        }
        Calendars.noteProvisional(err, args.command(), cal.coverage().firstOutside(trigger, due.get()), cal);
        Calendars.warnNearEnd(err, args.command(), cal, due.get());
        out.println(due.get());
        return Main.OK;
    }
}
