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
                                           [--consultation START:END[:RECEIVED] | START:]...
                                           [--extend] [--as-of DATE] [--provisional] [--notices DIR]

                Computes the reply deadline of a disclosure request on the official calendar and prints a JSON
                object:
                  due                 20 working days after the receipt (Art. 33), or after the receipt of the
                                      supplemented request when the applicant was asked to supplement it (Art. 30);
                                      null while the supplement is awaited
                  extendedDue         with --extend, 20 more working days (Art. 33); else null
                  supplementNoticeBy  the last day to ask for a supplement: 7 working days after receipt (Art. 30)
                  pausedWorkingDays   the working days the consultations took off the clock
                  receivedOn, clockStartsOn, provisional
                  status              where the reply stands on --as-of (default: today, or the receipt if later):
                                      DUE_WITHIN, OVERDUE,
                                      AWAITING_SUPPLEMENT, PAUSED (a consultation is open) …
                  consultations       [{start, end, thirdPartyReceived, thirdPartyAnswerDue, estimated, overrun}]
                A consultation START:END of a third party (Art. 32, 33) pauses the working days d with
                START < d <= END: the day it goes out still counts, the day the answer comes back does not.
                RECEIVED is the day the third party received the letter: its 15 working days run from it (Art. 32);
                without it the answer-due day is estimated from START ("estimated": true). "overrun": the
                consultation ended after that day (the agency then decides itself, Art. 32).
                START: (no end) is a consultation still open: the clock is paused, "due" is null and "status" is
                "PAUSED".
                The dates are days of receipt as Art. 31 fixes them. Exit 1 when there is no due date yet.
                """ + Calendars.PROVISIONAL_HELP + """


                example: gongkai request due --received 2024-09-27   →  "due": "2024-10-30" …""",
                Set.of("--extend", Calendars.PROVISIONAL),
                Set.of("--received", "--supplement-requested", "--supplement-received", CONSULTATION, "--as-of",
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
            String[] parts = c.split(":", -1);
            if (parts.length < 2 || parts.length > 3 || (parts[1].isEmpty() && parts.length == 3)) {
                throw new UsageException(cmd + ": " + CONSULTATION + " '" + c + "' is not START:END[:RECEIVED] or "
                        + "START: (still open)");
            }
            LocalDate start = Inputs.date(cmd, CONSULTATION + " START", parts[0]);
            if (parts[1].isEmpty()) {
                events.add(new RequestEvent.OpenConsultation(ConsultedParty.THIRD_PARTY, start, Optional.empty()));
                continue;
            }
            LocalDate end = Inputs.date(cmd, CONSULTATION + " END", parts[1]);
            if (end.isBefore(start)) {
                throw new UsageException(cmd + ": " + CONSULTATION + " '" + c + "' ends before it starts");
            }
            Optional<LocalDate> letter = parts.length == 3
                    ? Optional.of(Inputs.date(cmd, CONSULTATION + " RECEIVED", parts[2])) : Optional.empty();
            if (letter.isPresent() && (letter.get().isBefore(start) || letter.get().isAfter(end))) {
                throw new UsageException(cmd + ": " + CONSULTATION + " '" + c + "': the letter is received between "
                        + "START and END");
            }
            events.add(new RequestEvent.Consultation(ConsultedParty.THIRD_PARTY, start, end, letter));
        }
        LocalDate givenAsOf = args.option("--as-of") == null ? null
                : Inputs.date(cmd, "--as-of", args.option("--as-of"));
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
        // without --as-of: today, or the receipt when the request is dated later (a clock computed ahead)
        LocalDate asOf = givenAsOf != null ? givenAsOf
                : LocalDate.now().isBefore(deadline.receivedOn()) ? deadline.receivedOn() : LocalDate.now();
        if (asOf.isBefore(deadline.receivedOn())) {
            throw new UsageException(cmd + ": --as-of " + asOf + " is before the receipt " + deadline.receivedOn());
        }
        json.put("status", deadline.status(asOf).state());
        List<Map<String, Object>> consultations = new ArrayList<>();
        for (ReplyDeadline.ConsultationPeriod p : deadline.consultationPeriods()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("start", p.startedOn());
            c.put("end", p.endedOn());
            c.put("thirdPartyReceived", p.receivedOn());
            c.put("thirdPartyAnswerDue", p.answerDue());
            c.put("estimated", p.estimated());
            c.put("overrun", p.overrun());
            consultations.add(c);
        }
        json.put("consultations", consultations);
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
