package org.gongkai.json.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.request.ConsultedParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReceiptChannel;
import org.gongkai.request.ReplyDeadline;
import org.gongkai.request.ReplyStatus;
import org.gongkai.request.ReplyType;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.Received;
import org.gongkai.request.RequestEvent.Replied;
import org.gongkai.request.RequestEvent.SupplementReceived;
import org.gongkai.request.RequestEvent.SupplementRequested;
import org.gongkai.request.RequestTimelineException;

/**
 * Requests for disclosure on the wire: {@code {"events": [event…]}}, each event {@code {"kind": "RECEIVED", …}} with
 * the keys of its kind, in the order given; and the reply clock ({@link ReplyDeadline}), written only.
 */
public final class RequestJson {
    private static final KeyIndex PAUSE = KeyIndex.of(List.of("consultation", "workingDays", "thirdPartyAnswerDue"));
    private static final KeyIndex STATUS = KeyIndex.of(List.of("state", "workingDays"));
    /** The keys of each kind of event, in the order they are written. */
    public static final Map<RequestEvent.Kind, List<String>> EVENT_KEYS = Map.of(
            RequestEvent.Kind.RECEIVED, List.of("kind", "channel", "date", "arrivedOn"),
            RequestEvent.Kind.SUPPLEMENT_REQUESTED, List.of("kind", "date", "supplyBy"),
            RequestEvent.Kind.SUPPLEMENT_RECEIVED, List.of("kind", "date"),
            RequestEvent.Kind.CONSULTATION, List.of("kind", "party", "startedOn", "endedOn", "receivedOn"),
            RequestEvent.Kind.EXTENSION_APPROVED, List.of("kind", "date", "workingDays", "approvedBy",
                    "applicantNotifiedOn"),
            RequestEvent.Kind.REPLIED, List.of("kind", "date", "type"),
            RequestEvent.Kind.CONSULTATION_OPEN, List.of("kind", "party", "startedOn", "receivedOn"),
            RequestEvent.Kind.FEE_NOTIFIED, List.of("kind", "date", "amountYuan", "payBy"),
            RequestEvent.Kind.FEE_PAID, List.of("kind", "date"),
            RequestEvent.Kind.DELAYED_REPLY_NOTIFIED, List.of("kind", "date", "replyBy"));
    /** Every key an event may have. */
    public static final List<String> ALL_EVENT_KEYS = List.of("kind", "channel", "date", "arrivedOn", "supplyBy", "party",
            "startedOn", "endedOn", "workingDays", "approvedBy", "type", "receivedOn", "applicantNotifiedOn",
            "amountYuan", "payBy", "replyBy");
    /** Keys of a reply clock, in the order they are written. */
    public static final List<String> DEADLINE_KEYS = List.of("request", "receivedOn", "supplementNoticeBy",
            "supplementNoticeLate", "clockStartsOn", "due", "extendedDue", "applicableDue", "pauses",
            "pausedWorkingDays", "provisional", "explanation");

    private RequestJson() {
    }

    // ------------------------------------------------------------------ writing

    public static void writeRequest(DisclosureRequest r, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("events");
        for (RequestEvent e : r.events()) {
            writeEvent(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeEvent(RequestEvent e, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", e.kind().name());
        if (e instanceof Received r) {
            g.writeStringField("channel", r.channel().name());
            g.writeStringField("date", r.date().toString());
            JsonCodec.writeDate("arrivedOn", r.arrivedOn(), g);
        } else if (e instanceof SupplementRequested s) {
            g.writeStringField("date", s.date().toString());
            JsonCodec.writeDate("supplyBy", s.supplyBy(), g);
        } else if (e instanceof SupplementReceived s) {
            g.writeStringField("date", s.date().toString());
        } else if (e instanceof Consultation c) {
            g.writeStringField("party", c.party().name());
            g.writeStringField("startedOn", c.startedOn().toString());
            g.writeStringField("endedOn", c.endedOn().toString());
            writePresent("receivedOn", c.receivedOn(), g);
        } else if (e instanceof ExtensionApproved x) {
            g.writeStringField("date", x.date().toString());
            g.writeNumberField("workingDays", x.workingDays());
            g.writeStringField("approvedBy", x.approvedBy());
            writePresent("applicantNotifiedOn", x.applicantNotifiedOn(), g);
        } else if (e instanceof Replied r) {
            g.writeStringField("date", r.date().toString());
            g.writeStringField("type", r.type().name());
        } else if (e instanceof RequestEvent.OpenConsultation c) {
            g.writeStringField("party", c.party().name());
            g.writeStringField("startedOn", c.startedOn().toString());
            writePresent("receivedOn", c.receivedOn(), g);
        } else if (e instanceof RequestEvent.FeeNotified fee) {
            g.writeStringField("date", fee.date().toString());
            g.writeNumberField("amountYuan", fee.amountYuan());
            writePresent("payBy", fee.payBy(), g);
        } else if (e instanceof RequestEvent.FeePaid paid) {
            g.writeStringField("date", paid.date().toString());
        } else if (e instanceof RequestEvent.DelayedReplyNotified delay) {
            g.writeStringField("date", delay.date().toString());
            g.writeStringField("replyBy", delay.replyBy().toString());
        }
        g.writeEndObject();
    }

    /** An optional date added to an event kind after the first release: written only when present. */
    private static void writePresent(String key, Optional<LocalDate> date, JsonOut g) throws IOException {
        if (date.isPresent()) {
            g.writeStringField(key, date.get().toString());
        }
    }

    /**
     * The reply clock: the request it was computed from, every date and count it derived, and its explanation. The
     * calendar is not written; a reader rebuilds the clock from the request on its own calendar.
     */
    public static void writeReplyDeadline(ReplyDeadline d, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("request");
        writeRequest(d.request(), g);
        g.writeStringField("receivedOn", d.receivedOn().toString());
        g.writeStringField("supplementNoticeBy", d.supplementNoticeBy().toString());
        g.writeBooleanField("supplementNoticeLate", d.supplementNoticeLate());
        JsonCodec.writeDate("clockStartsOn", d.clockStartsOn(), g);
        JsonCodec.writeDate("due", d.due(), g);
        JsonCodec.writeDate("extendedDue", d.extendedDue(), g);
        JsonCodec.writeDate("applicableDue", d.applicableDue(), g);
        g.writeArrayFieldStart("pauses");
        for (ReplyDeadline.Pause p : d.pauses()) {
            writePause(p, g);
        }
        g.writeEndArray();
        g.writeNumberField("pausedWorkingDays", d.pausedWorkingDays());
        g.writeBooleanField("provisional", d.provisional());
        g.writeArrayFieldStart("explanation");
        for (String line : d.explanation()) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writePause(ReplyDeadline.Pause p, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("consultation");
        writeEvent(p.consultation(), g);
        g.writeNumberField("workingDays", p.workingDays());
        JsonCodec.writeDate("thirdPartyAnswerDue", p.thirdPartyAnswerDue(), g);
        g.writeEndObject();
    }

    public static void writeStatus(ReplyStatus s, JsonOut g) throws IOException {
        g.writeStartObject();
        g.writeStringField("state", s.state().name());
        g.writeNumberField("workingDays", s.workingDays());
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ reading

    public static DisclosureRequest readRequest(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a request {events}");
        List<RequestEvent> events = null;
        List<String> pointers = new ArrayList<>();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            if (f.equals("events")) {
                if (events != null) {
                    throw JsonCodec.fail(p, "the key \"events\" is given twice");
                }
                events = new ArrayList<>();
                JsonCodec.startArray(p, "events");
                while (p.nextToken() != Token.END_ARRAY) {
                    pointers.add(JsonCodec.pointer(p));
                    events.add(readEvent(c, p));
                }
            } else {
                c.unknown(p, f, DisclosureRequest.class, List.of("events"));
            }
        }
        if (events == null) {
            throw JsonCodec.fail(p, "a request needs its \"events\" (the timeline, starting with RECEIVED)");
        }
        try {
            return DisclosureRequest.of(events);
        } catch (RequestTimelineException e) {
            // name the offending event by its path when it is one of the events read
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).describe().equals(e.event())) {
                    throw JsonCodec.fail(p, e.getMessage() + " (the event at " + pointers.get(i) + ")");
                }
            }
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    public static RequestEvent readEvent(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a request event {kind, …}");
        RequestEvent.Kind kind = null;
        ReceiptChannel channel = null;
        LocalDate date = null;
        LocalDate arrivedOn = null;
        LocalDate supplyBy = null;
        ConsultedParty party = null;
        LocalDate startedOn = null;
        LocalDate endedOn = null;
        Integer workingDays = null;
        String approvedBy = null;
        ReplyType type = null;
        LocalDate receivedOn = null;
        LocalDate applicantNotifiedOn = null;
        Long amountYuan = null;
        LocalDate payBy = null;
        LocalDate replyBy = null;
        List<String> given = new ArrayList<>(4);
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            if (given.contains(f)) {
                throw JsonCodec.fail(p, "the key \"" + f + "\" is given twice");
            }
            given.add(f);
            switch (f) {
                case "kind" -> kind = c.readCode(p, RequestEvent.Kind.class, s -> Optional.empty());
                case "channel" -> channel = c.readCode(p, ReceiptChannel.class,
                        s -> LabelLookup.find(ReceiptChannel.class, ReceiptChannel::label, s));
                case "date" -> date = JsonCodec.date(p);
                case "arrivedOn" -> arrivedOn = JsonCodec.date(p);
                case "supplyBy" -> supplyBy = JsonCodec.date(p);
                case "party" -> party = c.readCode(p, ConsultedParty.class,
                        s -> LabelLookup.find(ConsultedParty.class, ConsultedParty::label, s));
                case "startedOn" -> startedOn = JsonCodec.date(p);
                case "endedOn" -> endedOn = JsonCodec.date(p);
                case "workingDays" -> workingDays = workingDays(p);
                case "approvedBy" -> approvedBy = JsonCodec.text(p);
                case "type" -> type = c.readCode(p, ReplyType.class, ReplyType::fromLabel);
                case "receivedOn" -> receivedOn = JsonCodec.date(p);
                case "applicantNotifiedOn" -> applicantNotifiedOn = JsonCodec.date(p);
                case "amountYuan" -> amountYuan = amount(p);
                case "payBy" -> payBy = JsonCodec.date(p);
                case "replyBy" -> replyBy = JsonCodec.date(p);
                default -> {
                    given.remove(given.size() - 1);
                    c.unknown(p, f, RequestEvent.class, ALL_EVENT_KEYS);
                }
            }
        }
        if (kind == null) {
            throw JsonCodec.fail(p, "a request event needs its \"kind\" (one of " + JsonCodec.codes(
                    RequestEvent.Kind.class) + ")");
        }
        List<String> keys = EVENT_KEYS.get(kind);
        if (c.failOnUnknown()) {
            for (String k : given) {
                if (!keys.contains(k)) {
                    throw JsonFault.unknown("The key \"" + k + "\" does not belong to a " + kind
                            + " event at " + JsonCodec.pointer(p) + " (its keys: " + String.join(", ", keys) + ")",
                            RequestEvent.class, k, keys);
                }
            }
        }
        try {
            return switch (kind) {
                case RECEIVED -> new Received(required(p, kind, "channel", channel), required(p, kind, "date", date),
                        Optional.ofNullable(arrivedOn));
                case SUPPLEMENT_REQUESTED -> new SupplementRequested(required(p, kind, "date", date),
                        Optional.ofNullable(supplyBy));
                case SUPPLEMENT_RECEIVED -> new SupplementReceived(required(p, kind, "date", date));
                case CONSULTATION -> new Consultation(required(p, kind, "party", party),
                        required(p, kind, "startedOn", startedOn), required(p, kind, "endedOn", endedOn),
                        Optional.ofNullable(receivedOn));
                case EXTENSION_APPROVED -> new ExtensionApproved(required(p, kind, "date", date),
                        required(p, kind, "workingDays", workingDays), required(p, kind, "approvedBy", approvedBy),
                        Optional.ofNullable(applicantNotifiedOn));
                case REPLIED -> new Replied(required(p, kind, "date", date), required(p, kind, "type", type));
                case CONSULTATION_OPEN -> new RequestEvent.OpenConsultation(required(p, kind, "party", party),
                        required(p, kind, "startedOn", startedOn), Optional.ofNullable(receivedOn));
                case FEE_NOTIFIED -> new RequestEvent.FeeNotified(required(p, kind, "date", date),
                        required(p, kind, "amountYuan", amountYuan), Optional.ofNullable(payBy));
                case FEE_PAID -> new RequestEvent.FeePaid(required(p, kind, "date", date));
                case DELAYED_REPLY_NOTIFIED -> new RequestEvent.DelayedReplyNotified(required(p, kind, "date", date),
                        required(p, kind, "replyBy", replyBy));
            };
        } catch (RequestTimelineException e) {
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    private static <T> T required(JsonIn p, RequestEvent.Kind kind, String key, T value) throws IOException {
        if (value == null) {
            throw JsonCodec.fail(p, "a " + kind + " event needs \"" + key + "\" (its keys: "
                    + String.join(", ", EVENT_KEYS.get(kind)) + ")");
        }
        return value;
    }

    private static Integer workingDays(JsonIn p) throws IOException {
        if (p.currentToken() != Token.VALUE_NUMBER_INT || p.getLongValue() < Integer.MIN_VALUE
                || p.getLongValue() > Integer.MAX_VALUE) {
            throw JsonCodec.fail(p, "expected a number of working days but found " + JsonCodec.describe(p));
        }
        return p.getIntValue();
    }

    private static Long amount(JsonIn p) throws IOException {
        if (p.currentToken() != Token.VALUE_NUMBER_INT || p.isBigInteger()) {
            throw JsonCodec.fail(p, "expected an amount in yuan (a whole number) but found " + JsonCodec.describe(p));
        }
        return p.getLongValue();
    }

    public static ReplyDeadline.Pause readPause(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a pause {consultation, workingDays, thirdPartyAnswerDue}");
        Consultation consultation = null;
        Integer days = null;
        LocalDate answerDue = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = PAUSE.mark(p, f, seen);
            switch (f) {
                case "consultation" -> {
                    RequestEvent e = readEvent(c, p);
                    if (!(e instanceof Consultation)) {
                        throw JsonCodec.fail(p, "a pause belongs to a CONSULTATION, not to " + e.kind());
                    }
                    consultation = (Consultation) e;
                }
                case "workingDays" -> days = workingDays(p);
                case "thirdPartyAnswerDue" -> answerDue = JsonCodec.date(p);
                default -> c.unknown(p, f, ReplyDeadline.Pause.class,
                        List.of("consultation", "workingDays", "thirdPartyAnswerDue"));
            }
        }
        if (consultation == null || days == null) {
            throw JsonCodec.fail(p, "a pause needs \"consultation\" and \"workingDays\"");
        }
        try {
            return new ReplyDeadline.Pause(consultation, days, Optional.ofNullable(answerDue));
        } catch (IllegalArgumentException e) {
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    public static ReplyStatus readStatus(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.startObject(p, "a reply status {state, workingDays}");
        ReplyStatus.State state = null;
        Integer days = null;
        long seen = 0;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            seen = STATUS.mark(p, f, seen);
            switch (f) {
                case "state" -> state = c.readCode(p, ReplyStatus.State.class, s -> Optional.empty());
                case "workingDays" -> days = workingDays(p);
                default -> c.unknown(p, f, ReplyStatus.class, List.of("state", "workingDays"));
            }
        }
        if (state == null || days == null) {
            throw JsonCodec.fail(p, "a reply status needs \"state\" and \"workingDays\"");
        }
        try {
            return new ReplyStatus(state, days);
        } catch (IllegalArgumentException e) {
            throw JsonCodec.fail(p, e.getMessage());
        }
    }

    /** Reads an event that must be of the given record type (a deserializer registered for that subtype). */
    public static <T extends RequestEvent> T readEventOf(JsonCodec c, JsonIn p, Class<T> type) throws IOException {
        RequestEvent e = readEvent(c, p);
        if (!type.isInstance(e)) {
            throw JsonCodec.fail(p, "expected a " + type.getSimpleName() + " event but found " + e.kind());
        }
        return type.cast(e);
    }

    /**
     * A reply clock cannot be read: it is computed from the request on a working-day calendar, which the JSON does
     * not carry. Read the {@code request} and call {@link DisclosureRequest#replyDeadline}.
     */
    public static ReplyDeadline readReplyDeadline(JsonCodec c, JsonIn p) throws IOException {
        JsonCodec.current(p);
        throw JsonCodec.fail(p, "a ReplyDeadline is written, not read: it is computed on a working-day calendar "
                + "that the JSON does not carry; read its \"request\" as a DisclosureRequest and call "
                + "request.replyDeadline(calendar)");
    }
}
