package org.gongkai.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.CalendarCoverageException;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.ConsultedParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReplyDeadline;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestTimelineException;

/**
 * {@code request due}: the reply deadline of a disclosure request (依申请公开) from its timeline, as a JSON object.
 */
final class RequestDueCommand extends Leaf {
    private static final String CONSULTATION = "--consultation";

    RequestDueCommand() {
        super("due", "the reply deadline of a request (Art. 30-33) as JSON", """
                usage: gongkai request due --received DATE
                                           [--supplement-requested DATE --supplement-received DATE]
                                           [--consultation START:END]... [--extend] [--provisional] [--notices DIR]

                Computes the reply deadline of a disclosure request on the official calendar and prints a JSON
                object:
                  due                 20 working days after the receipt (Art. 33), or after the receipt of the
                                      supplemented request when the applicant was asked to supplement it (Art. 30);
                                      null while the supplement is awaited
                  extendedDue         with --extend, 20 more working days (Art. 33); else null
                  supplementNoticeBy  the last day to ask for a supplement: 7 working days after receipt (Art. 30)
                  pausedWorkingDays   the working days the consultations took off the clock
                  receivedOn, clockStartsOn, provisional
                A consultation START:END of a third party or another agency (Art. 32, 33) pauses the working days d
                with START < d <= END: the day it goes out still counts, the day the answer comes back does not.
                The dates are days of receipt as Art. 31 fixes them. Exit 1 when there is no due date yet.
                """ + Calendars.PROVISIONAL_HELP + """


                example: gongkai request due --received 2024-09-27   →  "due": "2024-10-30" …""",
                Set.of("--extend", Calendars.PROVISIONAL),
                Set.of("--received", "--supplement-requested", "--supplement-received", CONSULTATION,
                        Calendars.NOTICES),
                Set.of(CONSULTATION));
    }

    @Override
    int execute(Args args, PrintStream out, PrintStream err) throws UsageException {
        args.expect();
        String cmd = args.command();
        if (args.option("--received") == null) {
            throw new UsageException(cmd + ": missing --received DATE (the date of receipt, Art. 31)");
        }
        LocalDate received = Inputs.date(cmd, "--received", args.option("--received"));
        List<RequestEvent> events = new ArrayList<>();
        events.add(RequestEvent.Received.inPerson(received));
        String sreq = args.option("--supplement-requested");
        String srec = args.option("--supplement-received");
        if (srec != null && sreq == null) {
            throw new UsageException(cmd + ": --supplement-received needs --supplement-requested (the notice "
                    + "asking for the supplement, Art. 30)");
        }
        if (sreq != null) {
            events.add(new RequestEvent.SupplementRequested(Inputs.date(cmd, "--supplement-requested", sreq),
                    Optional.empty()));
        }
        if (srec != null) {
            events.add(new RequestEvent.SupplementReceived(Inputs.date(cmd, "--supplement-received", srec)));
        }
        for (String c : args.options(CONSULTATION)) {
            int colon = c.indexOf(':');
            if (colon < 0) {
                throw new UsageException(cmd + ": " + CONSULTATION + " '" + c + "' is not START:END");
            }
            LocalDate start = Inputs.date(cmd, CONSULTATION + " START", c.substring(0, colon));
            LocalDate end = Inputs.date(cmd, CONSULTATION + " END", c.substring(colon + 1));
            if (end.isBefore(start)) {
                throw new UsageException(cmd + ": " + CONSULTATION + " '" + c + "' ends before it starts");
            }
            events.add(new RequestEvent.Consultation(ConsultedParty.THIRD_PARTY, start, end));
        }
        WorkingDayCalendar cal = Calendars.of(args);
        ReplyDeadline deadline;
        try {
            DisclosureRequest request = DisclosureRequest.of(events);
            if (args.flag("--extend")) {
                // approved on the day the clock starts: within the period, as Art. 33 requires
                LocalDate start = request.replyDeadline(cal).clockStartsOn().orElse(null);
                if (start == null) {
                    throw new UsageException(cmd + ": --extend: there is no reply period to extend while the "
                            + "supplement is awaited (give --supplement-received)");
                }
                request = request.then(RequestEvent.ExtensionApproved.full(start, "--extend"));
            }
            deadline = request.replyDeadline(cal);
        } catch (CalendarCoverageException e) {
            throw Calendars.outside(cmd, e);
        } catch (RequestTimelineException e) {
            throw new UsageException(cmd + ": " + e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("due", deadline.due());
        json.put("extendedDue", deadline.extendedDue());
        json.put("supplementNoticeBy", deadline.supplementNoticeBy());
        json.put("pausedWorkingDays", deadline.pausedWorkingDays());
        json.put("receivedOn", deadline.receivedOn());
        json.put("clockStartsOn", deadline.clockStartsOn());
        json.put("provisional", deadline.provisional());
        if (deadline.provisional()) {
            err.println("gongkai " + cmd + ": provisional: a date of the computation is outside the official "
                    + "calendar data (" + cal.coverage() + "); Monday-Friday taken as working days");
        }
        for (String w : deadline.warnings()) {
            err.println("gongkai " + cmd + ": warning: " + w);
        }
        out.println(Json.write(json));
        return deadline.due().isPresent() ? Main.OK : Main.NO;
    }
}
