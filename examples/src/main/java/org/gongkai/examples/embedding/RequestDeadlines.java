package org.gongkai.examples.embedding;

import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.ConsultedParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReplyDeadline;
import org.gongkai.request.RequestEvent;

/**
 * The office that answers disclosure requests computes each request's reply deadline from its timeline on the
 * official working-day calendar: 20 working days from receipt (Regulation Art. 33), consultations not counted,
 * 20 more with an approved extension.
 */
public final class RequestDeadlines {
    private RequestDeadlines() {
    }

    /**
     * @param receivedOn the date of receipt (Art. 31: in person, the day it is handed in)
     * @return the reply deadline of a request with no other event
     */
    public static ReplyDeadline simple(LocalDate receivedOn) {
        return DisclosureRequest.receivedBy(RequestEvent.Received.inPerson(receivedOn))
                .replyDeadline(WorkingDayCalendar.official());
    }

    /**
     * @param receivedOn the date of receipt
     * @param consultedOn the day a third party was consulted (Art. 32)
     * @param answeredOn the day its answer came back
     * @return the reply deadline, the consultation's working days not counted
     */
    public static ReplyDeadline withThirdParty(LocalDate receivedOn, LocalDate consultedOn, LocalDate answeredOn) {
        return DisclosureRequest.receivedBy(RequestEvent.Received.inPerson(receivedOn))
                .then(new RequestEvent.Consultation(ConsultedParty.THIRD_PARTY, consultedOn, answeredOn))
                .replyDeadline(WorkingDayCalendar.official());
    }

    /**
     * Prints the deadline of a request received before the 2024 National Day holiday, with its reasons.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        ReplyDeadline d = simple(LocalDate.of(2024, 9, 27));
        System.out.println(d.due().orElseThrow());
        d.explanation().forEach(System.out::println);
    }
}
