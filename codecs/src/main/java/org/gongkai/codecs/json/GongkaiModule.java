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
import java.util.Set;
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
import org.gongkai.json.internal.Bindings;
import org.gongkai.json.internal.JsonCodec;
import org.gongkai.json.internal.JsonFault;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table4;

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
        for (Bindings.Binding<?> b : Bindings.all()) {
            add(b, lenient, failing);
        }
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

    private <T> void add(Bindings.Binding<T> b, JsonCodec lenient, JsonCodec failing) {
        Class<T> type = b.type();
        addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                b.writer().write(value, new Jackson2Out(g));
            }
        });
        addDeserializer(type, new StdDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonCodec codec = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? failing
                        : lenient;
                Jackson2In in = new Jackson2In(p);
                try {
                    return b.reader().read(codec, in);
                } catch (JsonFault f) {
                    throw in.translate(f);
                }
            }
        });
    }
}
