package org.gongkai.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.calendar.CoverageWarning;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.NoticeText;
import org.gongkai.calendar.Provenance;
import org.gongkai.data.DataFormatException;

/** {@code calendar notice|coverage}: read a holiday notice's text; show what the calendar covers and from where. */
final class NoticeCommands {
    private NoticeCommands() {
    }

    /** {@code calendar notice FILE [--year Y]}: a notice text as holiday-cn JSON. */
    static final class Notice extends Leaf {
        Notice() {
            super("notice", "read a State Council holiday notice's text; print its days as holiday-cn JSON", """
                    usage: gongkai calendar notice FILE [--year Y] [--notices DIR]

                    Reads the published text of a holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知, or a
                    notice that adjusts, extends or adds to a year) from FILE, or from standard input when FILE is -,
                    in UTF-8, and prints {"year": Y, "papers": [], "days": [{"name", "date", "isOffDay"}]}: each rest
                    day (isOffDay true) and adjusted working day (false) with its holiday. Traditional characters,
                    full-width punctuation, line breaks and page clutter are accepted; the weekday in parentheses
                    after a date is checked. An adjustment or extension of a year the calendar knows is printed
                    applied to that year's notice. Save the output as YYYY.json, or the text as YYYY.txt, in the
                    directory of --notices or GONGKAI_NOTICES to use it.
                    Exit 2, naming the line and the words not understood, when the text cannot be read.
                      --year Y       the year, when the copy lost its title
                      --notices DIR  notices added before (see gongkai calendar workday --help)

                    example: gongkai calendar notice 2027.txt > notices/2027.json""",
                    Set.of(), Set.of("--year", Calendars.NOTICES), Set.of());
        }

        @Override
        int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
            args.expect("FILE");
            String file = args.positional().get(0);
            String y = args.option("--year");
            int year = y == null ? 0 : Inputs.integer(args.command(), "--year", y);
            if (y != null && (year < 1900 || year > 9999)) {
                throw new UsageException(args.command() + ": --year " + y + " is not a year from 1900 to 9999");
            }
            String source = file.equals("-") ? "<stdin>" : file;
            String text = read(args.command(), file);
            NoticeText.Reading reading;
            HolidayNotice notice;
            try {
                reading = NoticeText.read(text, source, year);
                notice = reading.toNotice();
                if (reading.kind() != NoticeText.Kind.ANNUAL) {
                    HolidayCalendar cal = Calendars.official(args);
                    HolidayNotice base = cal.notices().stream().filter(n -> n.year() == reading.year()).findFirst()
                            .orElse(null);
                    if (base != null && !base.isEmpty()) {
                        notice = reading.applyTo(base);
                        err.println("gongkai " + args.command() + ": " + reading.kind().name().toLowerCase()
                                + (reading.holiday().isEmpty() ? "" : " (" + reading.holiday() + ")")
                                + ": applied to the notice of " + reading.year() + " (" + base.source() + ")");
                    } else {
                        err.println("gongkai " + args.command() + ": " + reading.kind().name().toLowerCase()
                                + " of " + reading.year() + ": only the days it names are printed");
                    }
                }
            } catch (DataFormatException e) {
                throw new UsageException(args.command() + ": cannot read the notice: " + e.getMessage(), e);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("year", notice.year());
            json.put("papers", List.of());
            List<Object> days = new ArrayList<>();
            for (HolidayNotice.Day d : notice.days()) {
                Map<String, Object> day = new LinkedHashMap<>();
                day.put("name", d.name());
                day.put("date", d.date().toString());
                day.put("isOffDay", d.offDay());
                days.add(day);
            }
            json.put("days", days);
            out.println(Json.write(json));
            return Main.OK;
        }

        private static String read(String command, String file) throws UsageException {
            int limit = NoticeText.MAX_LENGTH * 3;
            byte[] bytes;
            try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
                bytes = in.readNBytes(limit + 1);
            } catch (IOException | UncheckedIOException | InvalidPathException e) {
                throw new UsageException(command + ": cannot read " + file + ": " + e.getMessage(), e);
            }
            if (bytes.length > limit) {
                throw new UsageException(command + ": " + file + " is longer than " + limit
                        + " bytes; a notice is a few thousand");
            }
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (CharacterCodingException e) {
                throw new UsageException(command + ": " + file + " is not UTF-8 text", e);
            }
        }
    }

    /** {@code calendar coverage}: the covered range and where each year comes from. */
    static final class Coverage extends Leaf {
        Coverage() {
            super("coverage", "the dates the calendar covers and the source of each year", """
                    usage: gongkai calendar coverage [--notices DIR]

                    Prints the range of dates the official calendar knows, then one line per year: the year, known
                    or unknown, where its notice was read from, and the addresses of the notice's text. Years added
                    with --notices DIR (or GONGKAI_NOTICES) name their file.
                      --notices DIR  add the holiday notices in DIR (or one FILE) first

                    example: gongkai calendar coverage""",
                    Set.of(), Set.of(Calendars.NOTICES), Set.of());
        }

        @Override
        int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
            args.expect();
            HolidayCalendar cal = Calendars.official(args);
            Provenance p = cal.provenance();
            out.println("covered: " + cal.coverage().first() + " .. " + cal.lastCoveredDay());
            out.println("data: " + p.dataVersion());
            for (Provenance.NoticeSource s : p.notices()) {
                out.println(s.year() + "\t" + (s.known() ? "known" : "unknown") + "\t" + s.source()
                        + (s.papers().isEmpty() ? "" : "\t" + String.join(" ", s.papers())));
            }
            out.println("next: " + CoverageWarning.HOW_TO_ADD);
            return Main.OK;
        }
    }
}
