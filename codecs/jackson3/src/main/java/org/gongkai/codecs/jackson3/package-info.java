/**
 * JSON for Gongkai's values through Jackson 3 ({@code tools.jackson}): {@link
 * org.gongkai.codecs.jackson3.GongkaiJackson3Module} (found by {@code findAndAddModules()} and Spring Boot 4) and
 * {@link org.gongkai.codecs.jackson3.GongkaiJson3} (a mapper with safe limits). Same wire format, schema, limits and
 * errors as the Jackson 2 module of gongkai-codecs.
 */
package org.gongkai.codecs.jackson3;
