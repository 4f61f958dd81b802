/**
 * Spring Boot 3 auto-configuration contributing the Jackson 2 {@link org.gongkai.codecs.json.GongkaiModule} (inert
 * without Spring Boot, an optional dependency).
 */
package org.gongkai.codecs.spring;
