package org.gongkai.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.calendar.CalendarDay;
import org.gongkai.calendar.DateRange;
import org.gongkai.calendar.DayKind;
import org.gongkai.calendar.HolidayNotice;
import org.gongkai.calendar.LocalRestDay;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.ident.CreditCode;
import org.gongkai.ident.DocumentNumber;
import org.gongkai.ident.IndexNumber;
import org.gongkai.ident.OrganizationCode;
import org.gongkai.item.AdministrativeLevel;
import org.gongkai.item.Audience;
import org.gongkai.item.Catalog;
import org.gongkai.item.Channel;
import org.gongkai.item.ChannelKind;
import org.gongkai.item.DisclosureAttribute;
import org.gongkai.item.DisclosureItem;
import org.gongkai.item.DisclosureMethod;
import org.gongkai.item.DisclosureStage;
import org.gongkai.item.InformationRecord;
import org.gongkai.item.ItemElement;
import org.gongkai.item.ItemName;
import org.gongkai.item.LegalBasis;
import org.gongkai.item.NegativeList;
import org.gongkai.item.NonDisclosureGround;
import org.gongkai.item.Provenance;
import org.gongkai.item.ResponsibleBody;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table4;
import org.gongkai.request.ConsultedParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReceiptChannel;
import org.gongkai.request.ReplyDeadline;
import org.gongkai.request.ReplyStatus;
import org.gongkai.request.ReplyType;
import org.gongkai.request.RequestEvent;

/**
 * Every type the JSON format covers, with its writer and reader: the table both Jackson modules register, so that
 * a type added here is served by both majors at once.
 */
public final class Bindings {
    /** Writes one value. @param <T> the value's type */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T value, JsonOut g) throws IOException;
    }

    /** Reads one value, the parser standing on it or on its property name. @param <T> the value's type */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonCodec codec, JsonIn p) throws IOException;
    }

    /**
     * A type with its writer and reader.
     *
     * @param type the type
     * @param writer writes a value
     * @param reader reads a value
     * @param <T> the type
     */
    public record Binding<T>(Class<T> type, Writer<T> writer, Reader<T> reader) {
        /** Writes a value known to be of {@link #type()}. */
        public void writeAny(Object value, JsonOut g) throws IOException {
            writer.write(type.cast(value), g);
        }
    }

    private static final List<Binding<?>> ALL = build();

    private Bindings() {
    }

    /** @return every binding, in registration order */
    public static List<Binding<?>> all() {
        return ALL;
    }

    private static List<Binding<?>> build() {
        List<Binding<?>> b = new ArrayList<>();
        add(b, DisclosureItem.class, JsonCodec::writeItem, JsonCodec::readItem);
        add(b, Catalog.class, JsonCodec::writeCatalog, JsonCodec::readCatalog);
        add(b, InformationRecord.class, JsonCodec::writeRecord, JsonCodec::readRecord);
        add(b, NegativeList.class, JsonCodec::writeNegativeList, JsonCodec::readNegativeList);
        add(b, NegativeList.Entry.class, JsonCodec::writeNegativeListEntry, JsonCodec::readNegativeListEntry);
        add(b, ItemName.class, JsonCodec::writeName, JsonCodec::readName);
        add(b, Channel.class, JsonCodec::writeChannel, JsonCodec::readChannel);
        add(b, Provenance.class, JsonCodec::writeProvenance, JsonCodec::readProvenance);
        add(b, LegalBasis.class, (v, g) -> g.writeString(v.text()),
                (c, p) -> LegalBasis.of(JsonCodec.text(atValue(p))));
        add(b, ResponsibleBody.class, (v, g) -> g.writeString(v.name()),
                (c, p) -> ResponsibleBody.of(JsonCodec.text(atValue(p))));

        // a deadline rule: written with its structured form and source; read from its source (re-parsed)
        add(b, DeadlineRule.class, (v, g) -> JsonCodec.writeRule(v, v.source(), g),
                (c, p) -> DeadlinePhrases.parse(c.readDeadline(p)));
        // annual report tables 三 and 四: {ROW: {COLUMN: count}}
        add(b, Table3.class, JsonCodec::writeTable3, JsonCodec::readTable3);
        add(b, Table4.class, JsonCodec::writeTable4, JsonCodec::readTable4);
        // annual report table 二: {ROW: {COLUMN: count or null}}, fees a decimal number
        add(b, Table2.class, JsonCodec::writeTable2, JsonCodec::readTable2);
        // requests: {events: [{kind, …}]}; the reply clock and its status
        add(b, DisclosureRequest.class, RequestJson::writeRequest, RequestJson::readRequest);
        add(b, RequestEvent.class, RequestJson::writeEvent, RequestJson::readEvent);
        addEvent(b, RequestEvent.Received.class);
        addEvent(b, RequestEvent.SupplementRequested.class);
        addEvent(b, RequestEvent.SupplementReceived.class);
        addEvent(b, RequestEvent.Consultation.class);
        addEvent(b, RequestEvent.ExtensionApproved.class);
        addEvent(b, RequestEvent.Replied.class);
        addEvent(b, RequestEvent.OpenConsultation.class);
        addEvent(b, RequestEvent.FeeNotified.class);
        addEvent(b, RequestEvent.FeePaid.class);
        addEvent(b, RequestEvent.DelayedReplyNotified.class);
        add(b, ReplyDeadline.class, RequestJson::writeReplyDeadline, RequestJson::readReplyDeadline);
        add(b, ReplyDeadline.Pause.class, RequestJson::writePause, RequestJson::readPause);
        add(b, ReplyStatus.class, RequestJson::writeStatus, RequestJson::readStatus);
        // the working-day calendar: provenance, holiday notices in the holiday-cn format, days and ranges
        add(b, org.gongkai.calendar.Provenance.class, CalendarJson::writeProvenance, CalendarJson::readProvenance);
        add(b, org.gongkai.calendar.Provenance.NoticeSource.class, CalendarJson::writeNoticeSource,
                CalendarJson::readNoticeSource);
        add(b, LocalRestDay.class, CalendarJson::writeLocalRestDay, CalendarJson::readLocalRestDay);
        add(b, HolidayNotice.class, CalendarJson::writeNotice, CalendarJson::readNotice);
        add(b, HolidayNotice.Day.class, CalendarJson::writeNoticeDay, CalendarJson::readNoticeDay);
        add(b, CalendarDay.class, CalendarJson::writeDay, CalendarJson::readDay);
        add(b, DateRange.class, CalendarJson::writeRange, CalendarJson::readRange);
        // identifiers as their canonical strings
        addIdentifier(b, CreditCode.class, CreditCode::parse);
        addIdentifier(b, OrganizationCode.class, OrganizationCode::parse);
        addIdentifier(b, DocumentNumber.class, DocumentNumber::parse);
        addIdentifier(b, IndexNumber.class, IndexNumber::parse);

        addEnum(b, Audience.class, Audience::find);
        addEnum(b, DisclosureMethod.class, DisclosureMethod::find);
        addEnum(b, AdministrativeLevel.class, AdministrativeLevel::find);
        addEnum(b, DisclosureStage.class, DisclosureStage::find);
        addEnum(b, ChannelKind.class, ChannelKind::find);
        addEnum(b, DisclosureAttribute.class, DisclosureAttribute::find);
        addEnum(b, NonDisclosureGround.class, NonDisclosureGround::find);
        addEnum(b, ItemElement.class, JsonCodec::findElement);
        addEnum(b, ReceiptChannel.class, s -> LabelLookup.find(ReceiptChannel.class, ReceiptChannel::label, s));
        addEnum(b, ConsultedParty.class, s -> LabelLookup.find(ConsultedParty.class, ConsultedParty::label, s));
        addEnum(b, ReplyType.class, ReplyType::fromLabel);
        addEnum(b, DayKind.class, s -> LabelLookup.find(DayKind.class, DayKind::label, s));
        return Collections.unmodifiableList(b);
    }

    private static JsonIn atValue(JsonIn p) throws IOException {
        JsonCodec.current(p);
        return p;
    }

    private static <T> void add(List<Binding<?>> b, Class<T> type, Writer<T> writer, Reader<T> reader) {
        b.add(new Binding<>(type, writer, reader));
    }

    private static <T> void addIdentifier(List<Binding<?>> b, Class<T> type, Function<String, T> parse) {
        add(b, type, (v, g) -> g.writeString(v.toString()), (codec, p) -> {
            String s = JsonCodec.text(atValue(p));
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                throw JsonCodec.fail(p, "\"" + s + "\" is no " + type.getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    private static <T extends RequestEvent> void addEvent(List<Binding<?>> b, Class<T> type) {
        add(b, type, RequestJson::writeEvent, (codec, p) -> RequestJson.readEventOf(codec, p, type));
    }

    private static <E extends Enum<E>> void addEnum(List<Binding<?>> b, Class<E> type,
            Function<String, Optional<E>> labels) {
        add(b, type, (v, g) -> g.writeString(v.name()), (codec, p) -> codec.readCode(atValue(p), type, labels));
    }
}
