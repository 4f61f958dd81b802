package org.gongkai.codecs.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table4;
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
import org.gongkai.request.ConsultedParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.ReceiptChannel;
import org.gongkai.request.ReplyDeadline;
import org.gongkai.request.ReplyStatus;
import org.gongkai.request.ReplyType;
import org.gongkai.request.RequestEvent;

/**
 * The Jackson module for Gongkai's values: {@link DisclosureItem}, {@link Catalog}, {@link InformationRecord},
 * {@link NegativeList}, {@link DeadlineRule} (its structured form and its source; read back from the source), the
 * identifiers ({@link CreditCode}, {@link OrganizationCode}, {@link DocumentNumber}, {@link IndexNumber} as their
 * canonical strings), the annual report's tables 二, 三 and 四 ({@link Table2}, {@link Table3}, {@link Table4} as
 * {@code {ROW: {COLUMN: count}}}, a table 二 cell not applicable as {@code null}), requests for disclosure
 * ({@link DisclosureRequest} as {@code {"events": [{"kind": "RECEIVED", …}]}}, each {@link RequestEvent} with the
 * keys of its kind), the reply clock ({@link ReplyDeadline}, <em>written only</em>: it is computed on a working-day
 * calendar the JSON does not carry, so a reader takes its {@code request} and calls
 * {@link DisclosureRequest#replyDeadline}; its {@link ReplyDeadline.Pause} and {@link ReplyStatus} are read too),
 * the working-day calendar's values ({@link org.gongkai.calendar.Provenance} with its notices and local rest days,
 * {@link CalendarDay}, {@link DateRange}, and {@link HolidayNotice} in the holiday-cn format of the bundled files,
 * so that {@code calendar.withNotice(mapper.readValue(in, HolidayNotice.class))} overlays a notice read by Jackson)
 * and the values inside items ({@link ItemName}, {@link Channel}, {@link Provenance}, {@link LegalBasis} and
 * {@link ResponsibleBody} as plain strings, and every term enum).
 *
 * <p>Registered by {@code ObjectMapper.findAndRegisterModules()} (through {@code META-INF/services} and the
 * module descriptor's {@code provides}), or explicitly: {@code new ObjectMapper().registerModule(new
 * GongkaiModule())}. Serializers and deserializers are written by hand on the streaming API: no bean
 * introspection, no annotations on core classes, no polymorphic typing.
 *
 * <p>Output: English keys of the glossary, enum codes ({@code "GENERAL_PUBLIC"}). Input: codes, and also the
 * Chinese labels and their variants (全社会, 主动公开, 县级 …) unless {@link Feature#STRICT_CODES} is on. A property
 * the format does not know is an error naming its JSON path unless the mapper disables
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}.
 */
public final class GongkaiModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Options of the module. */
    public enum Feature {
        /** Accept only enum codes on input (no Chinese labels). Off by default. */
        STRICT_CODES
    }

    private final Set<Feature> features;

    /** The module with default features (labels accepted on input). Used by {@code findAndRegisterModules}. */
    public GongkaiModule() {
        this(EnumSet.noneOf(Feature.class));
    }

    /**
     * @param features the features to enable
     */
    public GongkaiModule(Feature... features) {
        this(toSet(features));
    }

    private static Set<Feature> toSet(Feature... features) {
        EnumSet<Feature> s = EnumSet.noneOf(Feature.class);
        for (Feature f : features) {
            s.add(f);
        }
        return s;
    }

    private GongkaiModule(Set<Feature> features) {
        super("GongkaiModule", PackageVersion.VERSION);
        this.features = Set.copyOf(features);
        boolean strict = this.features.contains(Feature.STRICT_CODES);
        JsonCodec lenient = new JsonCodec(strict, false);
        JsonCodec failing = new JsonCodec(strict, true);

        add(DisclosureItem.class, JsonCodec::writeItem, JsonCodec::readItem, lenient, failing);
        add(Catalog.class, JsonCodec::writeCatalog, JsonCodec::readCatalog, lenient, failing);
        add(InformationRecord.class, JsonCodec::writeRecord, JsonCodec::readRecord, lenient, failing);
        add(NegativeList.class, JsonCodec::writeNegativeList, JsonCodec::readNegativeList, lenient, failing);
        add(NegativeList.Entry.class, JsonCodec::writeNegativeListEntry, JsonCodec::readNegativeListEntry, lenient,
                failing);
        add(ItemName.class, JsonCodec::writeName, JsonCodec::readName, lenient, failing);
        add(Channel.class, JsonCodec::writeChannel, JsonCodec::readChannel, lenient, failing);
        add(Provenance.class, JsonCodec::writeProvenance, JsonCodec::readProvenance, lenient, failing);
        add(LegalBasis.class, (v, g) -> g.writeString(v.text()),
                (c, p) -> LegalBasis.of(JsonCodec.text(atValue(p))), lenient, failing);
        add(ResponsibleBody.class, (v, g) -> g.writeString(v.name()),
                (c, p) -> ResponsibleBody.of(JsonCodec.text(atValue(p))), lenient, failing);

        // a deadline rule: written with its structured form and source; read from its source (re-parsed)
        add(DeadlineRule.class, (v, g) -> JsonCodec.writeRule(v, v.source(), g),
                (c, p) -> DeadlinePhrases.parse(c.readDeadline(p)), lenient, failing);
        // annual report tables 三 and 四: {ROW: {COLUMN: count}}
        add(Table3.class, JsonCodec::writeTable3, JsonCodec::readTable3, lenient, failing);
        add(Table4.class, JsonCodec::writeTable4, JsonCodec::readTable4, lenient, failing);
        // annual report table 二: {ROW: {COLUMN: count or null}}, fees a decimal number
        add(Table2.class, JsonCodec::writeTable2, JsonCodec::readTable2, lenient, failing);
        // requests: {events: [{kind, …}]}; the reply clock and its status
        add(DisclosureRequest.class, RequestJson::writeRequest, RequestJson::readRequest, lenient, failing);
        add(RequestEvent.class, RequestJson::writeEvent, RequestJson::readEvent, lenient, failing);
        addEvent(RequestEvent.Received.class, lenient, failing);
        addEvent(RequestEvent.SupplementRequested.class, lenient, failing);
        addEvent(RequestEvent.SupplementReceived.class, lenient, failing);
        addEvent(RequestEvent.Consultation.class, lenient, failing);
        addEvent(RequestEvent.ExtensionApproved.class, lenient, failing);
        addEvent(RequestEvent.Replied.class, lenient, failing);
        addEvent(RequestEvent.OpenConsultation.class, lenient, failing);
        addEvent(RequestEvent.FeeNotified.class, lenient, failing);
        addEvent(RequestEvent.FeePaid.class, lenient, failing);
        addEvent(RequestEvent.DelayedReplyNotified.class, lenient, failing);
        add(ReplyDeadline.class, RequestJson::writeReplyDeadline, RequestJson::readReplyDeadline, lenient, failing);
        add(ReplyDeadline.Pause.class, RequestJson::writePause, RequestJson::readPause, lenient, failing);
        add(ReplyStatus.class, RequestJson::writeStatus, RequestJson::readStatus, lenient, failing);
        // the working-day calendar: provenance, holiday notices in the holiday-cn format, days and ranges
        add(org.gongkai.calendar.Provenance.class, CalendarJson::writeProvenance, CalendarJson::readProvenance,
                lenient, failing);
        add(org.gongkai.calendar.Provenance.NoticeSource.class, CalendarJson::writeNoticeSource,
                CalendarJson::readNoticeSource, lenient, failing);
        add(LocalRestDay.class, CalendarJson::writeLocalRestDay, CalendarJson::readLocalRestDay, lenient, failing);
        add(HolidayNotice.class, CalendarJson::writeNotice, CalendarJson::readNotice, lenient, failing);
        add(HolidayNotice.Day.class, CalendarJson::writeNoticeDay, CalendarJson::readNoticeDay, lenient, failing);
        add(CalendarDay.class, CalendarJson::writeDay, CalendarJson::readDay, lenient, failing);
        add(DateRange.class, CalendarJson::writeRange, CalendarJson::readRange, lenient, failing);
        // identifiers as their canonical strings
        addIdentifier(CreditCode.class, CreditCode::parse, lenient, failing);
        addIdentifier(OrganizationCode.class, OrganizationCode::parse, lenient, failing);
        addIdentifier(DocumentNumber.class, DocumentNumber::parse, lenient, failing);
        addIdentifier(IndexNumber.class, IndexNumber::parse, lenient, failing);

        addEnum(Audience.class, Audience::find, lenient, failing);
        addEnum(DisclosureMethod.class, DisclosureMethod::find, lenient, failing);
        addEnum(AdministrativeLevel.class, AdministrativeLevel::find, lenient, failing);
        addEnum(DisclosureStage.class, DisclosureStage::find, lenient, failing);
        addEnum(ChannelKind.class, ChannelKind::find, lenient, failing);
        addEnum(DisclosureAttribute.class, DisclosureAttribute::find, lenient, failing);
        addEnum(NonDisclosureGround.class, NonDisclosureGround::find, lenient, failing);
        addEnum(ItemElement.class, JsonCodec::findElement, lenient, failing);
        addEnum(ReceiptChannel.class, s -> LabelLookup.find(ReceiptChannel.class, ReceiptChannel::label, s), lenient,
                failing);
        addEnum(ConsultedParty.class, s -> LabelLookup.find(ConsultedParty.class, ConsultedParty::label, s), lenient,
                failing);
        addEnum(ReplyType.class, ReplyType::fromLabel, lenient, failing);
        addEnum(DayKind.class, s -> LabelLookup.find(DayKind.class, DayKind::label, s), lenient, failing);
    }

    /** @return the enabled features */
    public Set<Feature> features() {
        return features;
    }

    /** @return {@link PackageVersion#VERSION} */
    @Override
    public com.fasterxml.jackson.core.Version version() {
        return PackageVersion.VERSION;
    }

    /** Returns the module's name, so that a mapper registers it once however often it is found. */
    @Override
    public Object getTypeId() {
        return GongkaiModule.class.getName();
    }

    private static JsonParser atValue(JsonParser p) throws IOException {
        JsonCodec.current(p);
        return p;
    }

    @FunctionalInterface
    private interface Writer<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonCodec codec, JsonParser p) throws IOException;
    }

    private <T> void add(Class<T> type, Writer<T> writer, Reader<T> reader, JsonCodec lenient, JsonCodec failing) {
        addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writer.write(value, g);
            }
        });
        addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonCodec codec = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? failing
                        : lenient;
                return reader.read(codec, p);
            }
        });
    }

    private <T> void addIdentifier(Class<T> type, Function<String, T> parse, JsonCodec lenient, JsonCodec failing) {
        add(type, (v, g) -> g.writeString(v.toString()), (codec, p) -> {
            String s = JsonCodec.text(atValue(p));
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                throw JsonCodec.fail(p, "\"" + s + "\" is no " + type.getSimpleName() + ": " + e.getMessage());
            }
        }, lenient, failing);
    }

    private <T extends RequestEvent> void addEvent(Class<T> type, JsonCodec lenient, JsonCodec failing) {
        add(type, RequestJson::writeEvent, (codec, p) -> RequestJson.readEventOf(codec, p, type), lenient, failing);
    }

    private <E extends Enum<E>> void addEnum(Class<E> type, Function<String, Optional<E>> labels,
            JsonCodec lenient, JsonCodec failing) {
        add(type, (v, g) -> g.writeString(v.name()),
                (codec, p) -> codec.readCode(atValue(p), type, labels), lenient, failing);
    }
}
