package org.gongkai.codecs.jackson3;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.json.internal.Bindings;
import org.gongkai.json.internal.JsonCodec;
import org.gongkai.json.internal.JsonFault;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for Gongkai's values: the same types, wire format, schema, limits and errors as the Jackson 2
 * {@code org.gongkai.codecs.json.GongkaiModule} of gongkai-codecs, over the same mapping (see that class for the
 * list of types and their JSON).
 *
 * <p>Found with no setup by {@code JsonMapper.builder().findAndAddModules()} and by Spring Boot 4 (through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule} and the module descriptor's {@code provides}), or
 * added explicitly: {@code JsonMapper.builder().addModule(new GongkaiJackson3Module())}. A property the format does
 * not know is an error naming its JSON Pointer when the mapper enables
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (Jackson 3's default is off; {@link GongkaiJson3#mapper()}
 * turns it on), and skipped otherwise. A key given twice in one object is always an error.
 */
public final class GongkaiJackson3Module extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's version (that of gongkai-codecs-jackson3). */
    public static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.gongkai", "gongkai-codecs-jackson3");

    /** Options of the module. */
    public enum Feature {
        /** Accept only enum codes on input (no Chinese labels). Off by default. */
        STRICT_CODES
    }

    private final Set<Feature> features;

    /** The module with default features (labels accepted on input). Used by {@code findAndAddModules}. */
    public GongkaiJackson3Module() {
        this(EnumSet.noneOf(Feature.class));
    }

    /**
     * @param features the features to enable
     */
    public GongkaiJackson3Module(Feature... features) {
        this(toSet(features));
    }

    private static Set<Feature> toSet(Feature... features) {
        EnumSet<Feature> s = EnumSet.noneOf(Feature.class);
        for (Feature f : features) {
            s.add(f);
        }
        return s;
    }

    private GongkaiJackson3Module(Set<Feature> features) {
        super("GongkaiModule", VERSION);
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

    /** Returns the module's class name, so that a mapper registers it once however often it is found. */
    @Override
    public Object getRegistrationId() {
        return GongkaiJackson3Module.class.getName();
    }

    private <T> void add(Bindings.Binding<T> b, JsonCodec lenient, JsonCodec failing) {
        Class<T> type = b.type();
        addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
                try {
                    b.writer().write(value, new Jackson3Out(g));
                } catch (IOException e) {
                    throw JacksonIOException.construct(e);
                }
            }
        });
        addDeserializer(type, new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonCodec codec = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? failing
                        : lenient;
                Jackson3In in = new Jackson3In(p);
                try {
                    return b.reader().read(codec, in);
                } catch (JsonFault f) {
                    throw in.translate(f);
                } catch (IOException e) {
                    throw JacksonIOException.construct(e);
                }
            }
        });
    }
}
