package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.CoverageWarning;
import org.gongkai.calendar.CoveragePolicy;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.data.DataFormatException;

/**
 * The calendar the commands count on: the official one (the State Council's notices bundled with Gongkai), strict by
 * default, Monday–Friday outside its data with {@code --provisional}; and the messages for dates outside its data.
 */
final class Calendars {
    /** The option that opts in to the provisional policy. */
    static final String PROVISIONAL = "--provisional";

    /** The option naming a directory or file of notices added to the official calendar. */
    static final String NOTICES = "--notices";

    /** The help lines of {@link #PROVISIONAL} and {@link #NOTICES}. */
    static final String PROVISIONAL_HELP = """
              --provisional  outside the official data, take Monday-Friday as working days (a note on stderr
                             names the first such date); without it such a date is an error (exit 2)
              --notices DIR  add the holiday notices in DIR (or one FILE): *.txt notice texts as published,
                             *.json holiday-cn files; default: the directory named by -Dgongkai.notices or
                             GONGKAI_NOTICES. A file named *.amend.* may change a year already covered""";

    private Calendars() {
    }

    /**
     * @param args the command's arguments
     * @return the official calendar, with the provisional policy when {@code --provisional} was given
     */
    static WorkingDayCalendar of(Args args) throws UsageException {
        HolidayCalendar official = official(args);
        return args.flag(PROVISIONAL) ? official.withPolicy(CoveragePolicy.PROVISIONAL) : official;
    }

    /**
     * @param args the command's arguments
     * @return the official calendar with the notices of {@code --notices} (else of gongkai.notices /
     *     GONGKAI_NOTICES), strict
     * @throws UsageException when a notice cannot be read (naming the file, the line and the words)
     */
    static HolidayCalendar official(Args args) throws UsageException {
        String dir = args.option(NOTICES);
        try {
            return dir == null ? WorkingDayCalendar.official()
                    : HolidayCalendar.bundled().withNotices(Path.of(dir), false);
        } catch (UncheckedIOException e) {
            throw new UsageException(args.command() + ": " + NOTICES + ": " + e.getMessage(), e);
        } catch (DataFormatException | InvalidPathException e) {
            throw new UsageException(args.command() + ": notice " + e.getMessage(), e);
        }
    }

    /**
     * Warns on stderr when a computation ends within 30 days of the end of the calendar's data.
     *
     * @param err standard error
     * @param command the command
     * @param calendar the calendar
     * @param lastDate the last date the computation touched
     */
    static void warnNearEnd(PrintStream err, String command, WorkingDayCalendar calendar, LocalDate lastDate) {
        CoverageWarning.near(calendar, lastDate).ifPresent(w -> err.println("gongkai " + command + ": warning: " + w));
    }

    /**
     * @param command the command, for the message
     * @param e the calendar's refusal
     * @return the usage error naming the date and the data's range
     */
    static UsageException outside(String command, CalendarCoverageException e) {
        return new UsageException(command + ": " + e.uncoveredDate() + " is outside the official calendar data ("
                + e.coverage() + "); give " + PROVISIONAL + " to take Monday-Friday as working days there, or "
                + CoverageWarning.HOW_TO_ADD, e);
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
