package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.CoveragePolicy;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The calendar the commands count on: the official one (the State Council's notices bundled with Gongkai), strict by
 * default, Monday–Friday outside its data with {@code --provisional}; and the messages for dates outside its data.
 */
final class Calendars {
    /** The option that opts in to the provisional policy. */
    static final String PROVISIONAL = "--provisional";

    /** The help line of {@link #PROVISIONAL}. */
    static final String PROVISIONAL_HELP = """
              --provisional  outside the official data, take Monday-Friday as working days (a note on stderr
                             names the first such date); without it such a date is an error (exit 2)""";

    private Calendars() {
    }

    /**
     * @param args the command's arguments
     * @return the official calendar, with the provisional policy when {@code --provisional} was given
     */
    static WorkingDayCalendar of(Args args) {
        HolidayCalendar official = WorkingDayCalendar.official();
        return args.flag(PROVISIONAL) ? official.withPolicy(CoveragePolicy.PROVISIONAL) : official;
    }

    /**
     * @param command the command, for the message
     * @param e the calendar's refusal
     * @return the usage error naming the date and the data's range
     */
    static UsageException outside(String command, CalendarCoverageException e) {
        return new UsageException(command + ": " + e.uncoveredDate() + " is outside the official calendar data ("
                + e.coverage() + "); give " + PROVISIONAL + " to take Monday-Friday as working days there", e);
    }

    /**
     * Notes on stderr that an answer rests on the Monday–Friday guess.
     *
     * @param err standard error
     * @param command the command
     * @param firstUncovered the first date outside the data, if any
     * @param calendar the calendar
     */
    static void noteProvisional(PrintStream err, String command, Optional<LocalDate> firstUncovered,
            WorkingDayCalendar calendar) {
        firstUncovered.ifPresent(d -> err.println("gongkai " + command + ": provisional: " + d
                + " is outside the official calendar data (" + calendar.coverage()
                + "); Monday-Friday taken as working days"));
    }
}
