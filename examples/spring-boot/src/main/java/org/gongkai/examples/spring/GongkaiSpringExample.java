package org.gongkai.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A business system on Spring Boot 3 that checks disclosure items sent to its REST API with Gongkai's Jakarta
 * constraints. Nothing to configure: the constraints register their validators through {@code @Constraint}, and
 * Spring Boot's validation starter runs them on {@code @Valid} request bodies.
 */
@SpringBootApplication
public class GongkaiSpringExample {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's command line
     */
    public static void main(String[] args) {
        SpringApplication.run(GongkaiSpringExample.class, args);
    }
}
