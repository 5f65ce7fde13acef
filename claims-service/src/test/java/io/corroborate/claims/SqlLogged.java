package io.corroborate.claims;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Hibernate logs every SQL statement: for the tests that read which statements a request ran (with
 * {@code LogCapture("org.hibernate.SQL")}). Shared, so that those tests run in one application.
 */
public class SqlLogged implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // The logger's level is raised by LogCapture for the test alone: a level set here would outlive the profile.
        return Map.of("quarkus.hibernate-orm.log.sql", "true");
    }
}
