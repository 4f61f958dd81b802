package org.gongkai.codecs.spring;

import org.gongkai.codecs.json.GongkaiModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration that contributes the Jackson 2 {@link GongkaiModule} as a bean, so that a Spring Boot
 * 3 host's {@code ObjectMapper} writes and reads Gongkai's values with no setup. Boot 3 registers every
 * {@code com.fasterxml.jackson.databind.Module} bean with its mapper, but it does not look for modules through
 * {@code META-INF/services} (its {@code Jackson2ObjectMapperBuilder} calls {@code findModulesViaServiceLoader} only
 * when told to), which is why, without this class, a {@code DisclosureItem} comes out as {@code {"proactive":false}}.
 *
 * <p>Inert without Spring: Spring Boot is an optional dependency of gongkai-codecs, and nothing else refers to this
 * class. Registered in {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}. An
 * application that declares its own {@link GongkaiModule} bean (e.g. with {@code STRICT_CODES}) keeps it instead.
 * Spring Boot 4 with Jackson 3 needs none of this: it finds gongkai-codecs-jackson3's module by itself.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
public class GongkaiJacksonAutoConfiguration {
    /** Creates the auto-configuration (Spring does). */
    public GongkaiJacksonAutoConfiguration() {
    }

    /** @return the module, found by Boot's Jackson auto-configuration among the {@code Module} beans */
    @Bean
    @ConditionalOnMissingBean(GongkaiModule.class)
    public GongkaiModule gongkaiModule() {
        return new GongkaiModule();
    }
}
