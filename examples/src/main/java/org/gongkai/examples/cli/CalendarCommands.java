package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Set;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.CalendarResult;
import org.gongkai.calendar.WorkingDayCalendar;

/** {@code calendar workday|plus|between}: the official working-day calendar (工作日). */
final class CalendarCommands {
    private CalendarCommands() {
    }

    /** {@code calendar workday DATE}: true or false (exit 0 or 1). */
    static final class Workday extends Leaf {
        Workday() {
            super("workday", "is a date a working day: true or false", """
                    usage: gongkai calendar workday DATE [--provisional] [--notices DIR]

                    Prints true when government offices work on DATE (Monday to Friday less the public holidays of
                    the State Council's notice, plus the Saturdays and Sundays it makes working days), else false.
                    Exit 0 for true, 1 for false.
                    """ + Calendars.PROVISIONAL_HELP + """


                    example: gongkai calendar workday 2024-09-29   →  true (a Sunday worked before National Day)""",
                    Set.of(Calendars.PROVISIONAL), Set.of(Calendars.NOTICES), Set.of());
        }

        @Override
        int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
            args.expect("DATE");
            LocalDate date = Inputs.date(args.command(), "DATE", args.positional().get(0));
            WorkingDayCalendar cal = Calendars.of(args);
            boolean working;
            try {
                working = cal.isWorkingDay(date);
            } catch (CalendarCoverageException e) {
                throw Calendars.outside(args.command(), e);
            }
            Calendars.noteProvisional(err, args.command(), cal.coverage().firstOutside(date, date), cal);
            Calendars.warnNearEnd(err, args.command(), cal, date);
            out.println(working);
            return working ? Main.OK : Main.NO;
        }
    }

    /** {@code calendar plus DATE N}: the date N working days after DATE. */
    static final class Plus extends Leaf {
        Plus() {
            super("plus", "the date N working days after DATE (N may be negative)", """
                    usage: gongkai calendar plus DATE N [--provisional] [--notices DIR]

                    Prints the date N working days after DATE; DATE itself is day zero, so N = 1 is the next working
                    day and N = 0 is DATE. A negative N counts back.
                    """ + Calendars.PROVISIONAL_HELP + """


                    example: gongkai calendar plus 2024-09-27 1   →  2024-09-29""",
                    Set.of(Calendars.PROVISIONAL), Set.of(Calendars.NOTICES), Set.of());
        }

        @Override
        int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
            args.expect("DATE", "N");
            LocalDate date = Inputs.date(args.command(), "DATE", args.positional().get(0));
            int n = Inputs.integer(args.command(), "N", args.positional().get(1));
            WorkingDayCalendar cal = Calendars.of(args);
            CalendarResult<LocalDate> r;
            try {
                r = cal.addWorkingDays(date, n);
            } catch (CalendarCoverageException e) {
                throw Calendars.outside(args.command(), e);
            }
            Calendars.noteProvisional(err, args.command(), r.firstUncoveredDate(), cal);
            Calendars.warnNearEnd(err, args.command(), cal, r.value().isAfter(date) ? r.value() : date);
            out.println(r.value());
            return Main.OK;
        }
    }

    /** {@code calendar between START END}: the working days d with START < d ≤ END. */
    static final class Between extends Leaf {
        Between() {
            super("between", "the number of working days d with START < d <= END", """
                    usage: gongkai calendar between START END [--provisional] [--notices DIR]

                    Prints the number of working days d with START < d <= END: START is not counted, END is.
                    Negative (the count with the roles swapped) when END is before START.
                    """ + Calendars.PROVISIONAL_HELP + """


                    example: gongkai calendar between 2024-09-30 2024-10-08   →  1""",
                    Set.of(Calendars.PROVISIONAL), Set.of(Calendars.NOTICES), Set.of());
        }

        @Override
        int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
            args.expect("START", "END");
            LocalDate start = Inputs.date(args.command(), "START", args.positional().get(0));
            LocalDate end = Inputs.date(args.command(), "END", args.positional().get(1));
            WorkingDayCalendar cal = Calendars.of(args);
            CalendarResult<Integer> r;
            try {
                r = cal.countWorkingDays(start, end);
            } catch (CalendarCoverageException e) {
                throw Calendars.outside(args.command(), e);
            }
            Calendars.noteProvisional(err, args.command(), r.firstUncoveredDate(), cal);
            Calendars.warnNearEnd(err, args.command(), cal, end.isAfter(start) ? end : start);
            out.println(r.value());
            return Main.OK;
        }
    }
}
