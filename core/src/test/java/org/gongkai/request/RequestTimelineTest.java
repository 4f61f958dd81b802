package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.RequestEvent.Consultation;
import org.gongkai.request.RequestEvent.ExtensionApproved;
import org.gongkai.request.RequestEvent.Received;
import org.gongkai.request.RequestEvent.Replied;
import org.gongkai.request.RequestEvent.SupplementReceived;
import org.gongkai.request.RequestEvent.SupplementRequested;
import org.junit.jupiter.api.Test;

/** Impossible timelines are refused with the event named; receipt channels and reply types carry the law's terms. */
class RequestTimelineTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static final Received RECEIVED = Received.inPerson(d("2024-09-27"));

    private static void refused(String event, String reason, RequestEvent... events) {
        assertThatThrownBy(() -> DisclosureRequest.of(List.of(events)).replyDeadline(WorkingDayCalendar.official()))
                .isInstanceOfSatisfying(RequestTimelineException.class, e -> assertThat(e.event()).isEqualTo(event))
                .hasMessageContaining(reason);
    }

    @Test
    void replyBeforeReceipt() {
        refused("REPLIED on 2024-09-26", "before the request was received on 2024-09-27",
                RECEIVED, new Replied(d("2024-09-26"), ReplyType.DISCLOSED));
    }

    @Test
    void supplementReceivedBeforeItWasRequested() {
        refused("SUPPLEMENT_RECEIVED on 2024-10-08", "before the supplement was requested on 2024-10-09",
                RECEIVED, new SupplementRequested(d("2024-10-09"), Optional.empty()),
                new SupplementReceived(d("2024-10-08")));
        refused("SUPPLEMENT_RECEIVED on 2024-10-08", "no supplement was requested",
                RECEIVED, new SupplementReceived(d("2024-10-08")));
    }

    @Test
    void art30AllowsOneSupplementationNotice() {
        refused("SUPPLEMENT_REQUESTED on 2024-10-10", "一次性告知", RECEIVED,
                new SupplementRequested(d("2024-10-08"), Optional.empty()),
                new SupplementRequested(d("2024-10-10"), Optional.empty()));
    }

    @Test
    void art33ExtensionIsAtMost20WorkingDaysApprovedAndInTime() {
        assertThatThrownBy(() -> new ExtensionApproved(d("2024-10-20"), 21, "主任"))
                .isInstanceOfSatisfying(RequestTimelineException.class,
                        e -> assertThat(e.event()).isEqualTo("EXTENSION_APPROVED on 2024-10-20"))
                .hasMessageContaining("21").hasMessageContaining("1 to 20");
        assertThatThrownBy(() -> new ExtensionApproved(d("2024-10-20"), 20, " "))
                .isInstanceOf(RequestTimelineException.class).hasMessageContaining("approv");
        // due 2024-10-30 (see the scenarios): an extension approved on 10-31 comes too late
        refused("EXTENSION_APPROVED on 2024-10-31", "after the reply period ended on 2024-10-30",
                RECEIVED, ExtensionApproved.full(d("2024-10-31"), "主任"));
        // Art. 33 ¶2 caps the total ("延长的期限最长不得超过20个工作日"), not the number of approvals: 10 + 10 is
        // lawful, 10 + 11 is not
        assertThat(DisclosureRequest.of(List.of(RECEIVED, new ExtensionApproved(d("2024-10-20"), 10, "主任"),
                new ExtensionApproved(d("2024-10-21"), 10, "主任"))).extensionWorkingDays()).isEqualTo(20);
        refused("EXTENSION_APPROVED on 2024-10-21", "21 working days", RECEIVED,
                new ExtensionApproved(d("2024-10-20"), 10, "主任"), new ExtensionApproved(d("2024-10-21"), 11, "主任"));
        // on the due date itself it is still in time
        assertThat(DisclosureRequest.of(List.of(RECEIVED, ExtensionApproved.full(d("2024-10-30"), "主任")))
                .replyDeadline(WorkingDayCalendar.official()).extendedDue()).isPresent();
    }

    @Test
    void otherImpossibleEvents() {
        assertThatThrownBy(() -> new Consultation(ConsultedParty.THIRD_PARTY, d("2024-10-10"), d("2024-10-09")))
                .isInstanceOf(RequestTimelineException.class).hasMessageContaining("CONSULTATION of THIRD_PARTY")
                .hasMessageContaining("2024-10-09");
        refused("CONSULTATION of OTHER_AGENCY 2024-10-08..2024-10-20", "after the reply on 2024-10-15", RECEIVED,
                new Consultation(ConsultedParty.OTHER_AGENCY, d("2024-10-08"), d("2024-10-20")),
                new Replied(d("2024-10-15"), ReplyType.WITHHELD));
        refused("REPLIED on 2024-10-16", "already answered on 2024-10-15", RECEIVED,
                new Replied(d("2024-10-15"), ReplyType.WITHHELD), new Replied(d("2024-10-16"), ReplyType.DISCLOSED));
        refused("RECEIVED on 2024-09-28", "already received on 2024-09-27", RECEIVED,
                Received.online(d("2024-09-28")));
        refused("(no RECEIVED event)", "starts with its receipt", new Replied(d("2024-10-15"), ReplyType.WITHHELD));
        assertThatThrownBy(() -> Received.byOrdinaryLetter(d("2024-10-11"), d("2024-10-10")))
                .isInstanceOf(RequestTimelineException.class).hasMessageContaining("RECEIVED on 2024-10-10")
                .hasMessageContaining("arrived on 2024-10-11");
        assertThatThrownBy(() -> DisclosureRequest.receivedBy(RECEIVED).replyDeadline(WorkingDayCalendar.official())
                .status(d("2024-09-26"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-09-27");
    }

    @Test
    void requestsAreImmutableValues() {
        DisclosureRequest r = DisclosureRequest.receivedBy(RECEIVED);
        DisclosureRequest answered = r.then(new Replied(d("2024-10-15"), ReplyType.DISCLOSED));
        assertThat(r.reply()).isEmpty();
        assertThat(answered.reply()).isPresent();
        assertThat(answered).isEqualTo(DisclosureRequest.of(answered.events()));
        assertThatThrownBy(() -> answered.events().add(RECEIVED)).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Art. 31: the date of receipt is the date the rule picks for the channel. */
    @Test
    void art31ReceiptDateByChannel() {
        assertThat(Received.inPerson(d("2024-10-08")))
                .isEqualTo(new Received(ReceiptChannel.IN_PERSON, d("2024-10-08"), Optional.empty()));
        assertThat(Received.byPostSignedFor(d("2024-10-09")).channel()).isEqualTo(ReceiptChannel.POST_SIGNED);
        Received letter = Received.byOrdinaryLetter(d("2024-10-08"), d("2024-10-09"));
        assertThat(letter.date()).isEqualTo(d("2024-10-09"));
        assertThat(letter.arrivedOn()).contains(d("2024-10-08"));
        assertThat(Received.online(d("2024-10-10")).channel()).isEqualTo(ReceiptChannel.ONLINE);
        assertThat(Received.byFax(d("2024-10-10")).channel()).isEqualTo(ReceiptChannel.FAX);
        assertThat(ReceiptChannel.IN_PERSON.label()).isEqualTo("当面提交");
        assertThat(ReceiptChannel.ORDINARY_LETTER.receiptRule()).contains("confirms it with the applicant");
    }

    /** Art. 36 lists seven kinds of reply; Art. 37 adds partial disclosure. */
    @Test
    void replyTypesOfArticles36And37() {
        // 8 of Art. 36-37, and 6 other handlings: Art. 30 (still unclear), 35, 38, 39 ¶1, 39 ¶2, table 三 (五)5
        assertThat(ReplyType.values()).hasSize(14);
        assertThat(ReplyType.values()).filteredOn(t -> t.article().startsWith("36(")).hasSize(7);
        assertThat(ReplyType.PARTIAL_DISCLOSURE.article()).isEqualTo("37");
        for (ReplyType t : ReplyType.values()) {
            assertThat(ReplyType.fromLabel(" " + t.label() + " ")).contains(t);
        }
        assertThat(ReplyType.fromLabel("部分公开")).contains(ReplyType.PARTIAL_DISCLOSURE);
        assertThat(ReplyType.fromLabel("不予公开")).contains(ReplyType.WITHHELD);
        assertThat(ReplyType.fromLabel("公开")).isEmpty();
    }
}
