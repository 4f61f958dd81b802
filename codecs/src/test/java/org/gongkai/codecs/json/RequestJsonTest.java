package org.gongkai.codecs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.gongkai.calendar.WorkingDayCalendar;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestJsonTest {
    private final ObjectMapper m = GongkaiJson.mapper();
    private final ObjectMapper plain = new ObjectMapper();

    /**
     * The golden request: an ordinary letter that arrived Thu 2024-09-26 and was confirmed with the applicant Fri
     * 2024-09-27 (Art. 31: received on the day of confirmation); supplementation asked 09-30 to be supplied by 10-15,
     * supplied 10-08 (Art. 30: the 20 working days run anew); a third party consulted 10-09..10-11 (Art. 32); a full
     * 20-day extension approved 10-25 (Art. 33); partial disclosure (Art. 37) on 11-20.
     */
    static DisclosureRequest goldenRequest() {
        return DisclosureRequest.receivedBy(Received.byOrdinaryLetter(LocalDate.of(2024, 9, 26),
                        LocalDate.of(2024, 9, 27)))
                .then(SupplementRequested.on(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 15)))
                .then(new SupplementReceived(LocalDate.of(2024, 10, 8)))
                .then(new Consultation(ConsultedParty.THIRD_PARTY, LocalDate.of(2024, 10, 9),
                        LocalDate.of(2024, 10, 11)))
                .then(ExtensionApproved.full(LocalDate.of(2024, 10, 25), "政务公开办公室负责人"))
                .then(new Replied(LocalDate.of(2024, 11, 20), ReplyType.PARTIAL_DISCLOSURE));
    }

    private String compact(String json) throws IOException {
        return plain.writeValueAsString(plain.readTree(json));
    }

    private String golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return plain.writeValueAsString(plain.readTree(in));
        }
    }

    @Test
    void requestIsWrittenExactlyAsTheGoldenFileAndReadsBackEqual() throws IOException {
        assertThat(compact(m.writeValueAsString(goldenRequest()))).isEqualTo(golden("golden-request.json"));
        assertThat(m.readValue(golden("golden-request.json"), DisclosureRequest.class)).isEqualTo(goldenRequest());
    }

    /**
     * The reply clock of the golden request on the official calendar (2024 notice: 9-29 Sun and 10-12 Sat worked,
     * 10-01..10-07 off), worked out by hand:
     * <ul>
     *   <li>supplementation notice by: receipt Fri 9-27 + 7 working days = 9-29, 9-30, 10-08, 10-09, 10-10, 10-11,
     *       10-12 → 2024-10-12 (Art. 30); sent 9-30, not late.</li>
     *   <li>day zero 10-08 (supplement received, Art. 30). Consultation 10-09..10-11 pauses the working days after
     *       10-09 up to 10-11: 10-10, 10-11 → 2. Twenty unpaused: 10-09 (1), 10-12 (2), 10-14..10-18 (3-7),
     *       10-21..10-25 (8-12), 10-28..11-01 (13-17), 11-04, 11-05, 11-06 (18-20) → due 2024-11-06 (Art. 33).</li>
     *   <li>extension 20 (Art. 33): 11-07, 11-08 (21-22), 11-11..11-15 (23-27), 11-18..11-22 (28-32),
     *       11-25..11-29 (33-37), 12-02, 12-03, 12-04 (38-40) → 2024-12-04.</li>
     *   <li>third party's 15 working days (Art. 32), its receipt not recorded, so estimated from the sending day
     *       10-09: 10-10, 10-11, 10-12, 10-14..10-18, 10-21..10-25, 10-28, 10-29 → 2024-10-29, marked ESTIMATED.</li>
     *   <li>the ordinary letter arrived 9-26 and was confirmed 9-27: Art. 31(二) "应当于收到申请的当日与申请人确认",
     *       so the confirmation is flagged LATE; the extension's notice to the applicant is not recorded.</li>
     * </ul>
     */
    @Test
    void replyDeadlineIsWrittenWithEveryDateAndItsExplanation() throws IOException {
        ReplyDeadline d = goldenRequest().replyDeadline(WorkingDayCalendar.official());
        assertThat(compact(m.writeValueAsString(d))).isEqualTo(golden("golden-reply-deadline.json"));
    }

    @Test
    void replyDeadlineIsOutputOnlyAndSaysHowToRebuildIt() throws IOException {
        String json = golden("golden-reply-deadline.json");
        assertThatThrownBy(() -> m.readValue(json, ReplyDeadline.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("read its \"request\" as a DisclosureRequest");
        // the request inside it is what a reader rebuilds the clock from
        DisclosureRequest r = m.treeToValue(m.readTree(json).get("request"), DisclosureRequest.class);
        assertThat(r.replyDeadline(WorkingDayCalendar.official()).extendedDue()).contains(LocalDate.of(2024, 12, 4));
    }

    @Test
    void pauseAndStatusRoundTrip() throws IOException {
        ReplyDeadline d = goldenRequest().replyDeadline(WorkingDayCalendar.official());
        ReplyDeadline.Pause p = d.pauses().get(0);
        assertThat(m.readValue(m.writeValueAsString(p), ReplyDeadline.Pause.class)).isEqualTo(p);
        // replied 11-20 before the extended due date 12-04: on time
        ReplyStatus s = d.status(LocalDate.of(2024, 11, 20));
        assertThat(m.writeValueAsString(s)).isEqualTo("{\"state\":\"ON_TIME\",\"workingDays\":0}");
        assertThat(m.readValue("{\"state\":\"OVERDUE\",\"workingDays\":2}", ReplyStatus.class))
                .isEqualTo(new ReplyStatus(ReplyStatus.State.OVERDUE, 2));
    }

    @Test
    void chineseLabelsAreAcceptedForChannelPartyAndReplyType() throws IOException {
        String json = "{\"events\":[{\"kind\":\"RECEIVED\",\"channel\":\"当面提交\",\"date\":\"2024-09-27\"},"
                + "{\"kind\":\"CONSULTATION\",\"party\":\"其他机关\",\"startedOn\":\"2024-09-30\",\"endedOn\":\"2024-10-08\"},"
                + "{\"kind\":\"REPLIED\",\"date\":\"2024-10-10\",\"type\":\"予以公开\"}]}";
        DisclosureRequest r = m.readValue(json, DisclosureRequest.class);
        assertThat(r.receipt().channel()).isEqualTo(ReceiptChannel.IN_PERSON);
        assertThat(r.consultations().get(0).party()).isEqualTo(ConsultedParty.OTHER_AGENCY);
        assertThat(r.reply().orElseThrow().type()).isEqualTo(ReplyType.DISCLOSED);
        assertThat(m.writeValueAsString(r)).contains("\"channel\":\"IN_PERSON\"", "\"party\":\"OTHER_AGENCY\"",
                "\"type\":\"DISCLOSED\"", "\"arrivedOn\":null");
        ObjectMapper strict = JsonMapper.builder().addModule(new GongkaiModule(GongkaiModule.Feature.STRICT_CODES))
                .build();
        assertThatThrownBy(() -> strict.readValue(json, DisclosureRequest.class))
                .hasMessageContaining("\"当面提交\" is no code of ReceiptChannel")
                .hasMessageContaining("/events/0/channel");
    }

    @Test
    void aSingleEventReadsAsItsRecordType() throws IOException {
        Received r = m.readValue("{\"kind\":\"RECEIVED\",\"channel\":\"FAX\",\"date\":\"2024-09-27\","
                + "\"arrivedOn\":null}", Received.class);
        assertThat(r).isEqualTo(Received.byFax(LocalDate.of(2024, 9, 27)));
        assertThatThrownBy(() -> m.readValue("{\"kind\":\"SUPPLEMENT_RECEIVED\",\"date\":\"2024-09-27\"}",
                Received.class)).hasMessageContaining("expected a Received event but found SUPPLEMENT_RECEIVED");
        RequestEvent e = m.readValue("{\"date\":\"2024-10-08\",\"kind\":\"SUPPLEMENT_RECEIVED\"}", RequestEvent.class);
        assertThat(e).isEqualTo(new SupplementReceived(LocalDate.of(2024, 10, 8)));
    }

    @Test
    void errorsNameTheKeyAndThePath() {
        // a key no event has
        assertThatThrownBy(() -> m.readValue("{\"events\":[{\"kind\":\"RECEIVED\",\"channel\":\"FAX\","
                + "\"date\":\"2024-09-27\",\"colour\":\"red\"}]}", DisclosureRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("\"colour\"").hasMessageContaining("/events/0/colour");
        // a key of another kind of event
        assertThatThrownBy(() -> m.readValue("{\"events\":[{\"kind\":\"RECEIVED\",\"channel\":\"FAX\","
                + "\"date\":\"2024-09-27\",\"type\":\"DISCLOSED\"}]}", DisclosureRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("\"type\" does not belong to a RECEIVED event at /events/0");
        // a missing key
        assertThatThrownBy(() -> m.readValue("{\"events\":[{\"kind\":\"REPLIED\",\"date\":\"2024-09-27\"}]}",
                DisclosureRequest.class)).hasMessageContaining("a REPLIED event needs \"type\"");
        // Art. 33: one extension of at most 20 working days
        assertThatThrownBy(() -> m.readValue("{\"events\":[{\"kind\":\"RECEIVED\",\"channel\":\"FAX\","
                + "\"date\":\"2024-09-27\"},{\"kind\":\"EXTENSION_APPROVED\",\"date\":\"2024-10-08\","
                + "\"workingDays\":21,\"approvedBy\":\"x\"}]}", DisclosureRequest.class))
                .hasMessageContaining("Art. 33 allows 1 to 20").hasMessageContaining("/events/1");
        // a reply dated before the receipt: the timeline names the event and its path
        assertThatThrownBy(() -> m.readValue("{\"events\":[{\"kind\":\"RECEIVED\",\"channel\":\"FAX\","
                + "\"date\":\"2024-09-27\"},{\"kind\":\"REPLIED\",\"date\":\"2024-09-20\",\"type\":\"DISCLOSED\"}]}",
                DisclosureRequest.class))
                .hasMessageContaining("REPLIED on 2024-09-20: before the request was received on 2024-09-27")
                .hasMessageContaining("(the event at /events/1)");
        assertThatThrownBy(() -> m.readValue("{\"events\":[]}", DisclosureRequest.class))
                .hasMessageContaining("a request's timeline starts with its receipt");
        assertThatThrownBy(() -> m.readValue("{}", DisclosureRequest.class))
                .hasMessageContaining("a request needs its \"events\"");
    }

    // ------------------------------------------------------------------ seeded round trips

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private static final String[] ODD = {"政务公开办公室负责人", "張三", "😀 主任", "\"引号\"", "a,b", "第一行\n第二行",
        "=SUM(A1)", "𠀀", " 前后空格 ", "ᠮᠣᠩᠭᠣᠯ"};

    /** A valid timeline, its events shuffled (the order given is kept and must survive). */
    static DisclosureRequest randomRequest(Random r) {
        LocalDate received = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(7 * 365));
        List<RequestEvent> events = new ArrayList<>();
        ReceiptChannel channel = ReceiptChannel.values()[r.nextInt(ReceiptChannel.values().length)];
        Optional<LocalDate> arrived = channel == ReceiptChannel.ORDINARY_LETTER && r.nextBoolean()
                ? Optional.of(received.minusDays(r.nextInt(4))) : Optional.empty();
        events.add(new Received(channel, received, arrived));
        LocalDate clock = received;
        boolean waiting = false;
        if (r.nextInt(3) == 0) {
            LocalDate asked = received.plusDays(r.nextInt(10));
            events.add(new SupplementRequested(asked, r.nextBoolean() ? Optional.of(asked.plusDays(r.nextInt(30)))
                    : Optional.empty()));
            if (r.nextBoolean()) {
                clock = asked.plusDays(r.nextInt(20));
                events.add(new SupplementReceived(clock));
            } else {
                waiting = true;
            }
        }
        LocalDate last = clock;
        for (int i = r.nextInt(4); i > 0; i--) {
            LocalDate start = received.plusDays(r.nextInt(40));
            LocalDate end = start.plusDays(r.nextInt(20));
            events.add(new Consultation(ConsultedParty.values()[r.nextInt(ConsultedParty.values().length)], start, end,
                    r.nextBoolean() ? Optional.of(start.plusDays(r.nextInt((int) (end.toEpochDay()
                            - start.toEpochDay()) + 1))) : Optional.empty()));
            last = end.isAfter(last) ? end : last;
        }
        if (!waiting && r.nextBoolean()) {
            LocalDate on = clock.plusDays(r.nextInt(25));
            events.add(new ExtensionApproved(on, 1 + r.nextInt(20), ODD[r.nextInt(ODD.length)],
                    r.nextBoolean() ? Optional.of(on.plusDays(r.nextInt(3))) : Optional.empty()));
            last = on.isAfter(last) ? on : last;
        }
        if (r.nextInt(4) == 0) { // Art. 42 fee notice, sometimes paid
            LocalDate fee = received.plusDays(r.nextInt(20));
            events.add(new RequestEvent.FeeNotified(fee, 1 + r.nextInt(10_000), r.nextBoolean()
                    ? Optional.of(fee.plusDays(r.nextInt(30))) : Optional.empty()));
            if (r.nextBoolean()) {
                events.add(new RequestEvent.FeePaid(fee.plusDays(r.nextInt(10))));
            }
        }
        if (r.nextInt(4) == 0) { // Art. 35 delayed reply
            LocalDate told = received.plusDays(r.nextInt(20));
            events.add(new RequestEvent.DelayedReplyNotified(told, told.plusDays(r.nextInt(90))));
        }
        boolean open = r.nextInt(5) == 0;
        if (open) {
            LocalDate start = received.plusDays(r.nextInt(40));
            events.add(new RequestEvent.OpenConsultation(ConsultedParty.THIRD_PARTY, start,
                    r.nextBoolean() ? Optional.of(start.plusDays(r.nextInt(5))) : Optional.empty()));
        }
        Collections.shuffle(events, r);
        for (RequestEvent e : events) {
            LocalDate end = e instanceof Consultation c ? c.endedOn() : e.date();
            last = end.isAfter(last) ? end : last;
        }
        if (!open && r.nextBoolean()) {
            events.add(new Replied(last.plusDays(r.nextInt(30)), ReplyType.values()[r.nextInt(ReplyType.values()
                    .length)]));
        }
        return DisclosureRequest.of(events);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedRequestsSurviveJsonObjectJsonUnchanged(long seed) throws IOException {
        Random r = new Random(seed);
        for (int i = 0; i < 25; i++) {
            DisclosureRequest request = randomRequest(r);
            String json = m.writeValueAsString(request);
            DisclosureRequest back = m.readValue(json, DisclosureRequest.class);
            assertThat(back).isEqualTo(request);
            assertThat(back.events()).containsExactlyElementsOf(request.events()); // same order
            assertThat(m.writeValueAsString(back)).isEqualTo(json);
        }
    }
}
