package org.gongkai.examples.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A business system on Spring Boot 4 (Jackson 3, Hibernate Validator 9) that reads and writes Gongkai's catalogs as
 * JSON and checks them with Gongkai's constraints. Nothing to configure: Boot's {@code JsonMapper} finds the
 * Jackson 3 module of gongkai-codecs-jackson3 by itself ({@code spring.jackson.find-and-add-modules}, on by default).
 */
@SpringBootApplication
public class GongkaiBoot4Example {

    /** Creates the application class (Spring does). */
    public GongkaiBoot4Example() {
    }

    /**
     * Starts the application.
     *
     * @param args Spring Boot's command line
     */
    public static void main(String[] args) {
        SpringApplication.run(GongkaiBoot4Example.class, args);
    }
}
