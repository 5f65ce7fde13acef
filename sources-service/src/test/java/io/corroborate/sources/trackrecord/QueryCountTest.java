package io.corroborate.sources.trackrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.sources.Sources;
import io.corroborate.devstack.test.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A page of sources with every per-source field costs the same number of SQL statements whether it holds 1, 10 or 50
 * sources: aliases, affiliations, merged ids and the whole reliability (ratings, the caller's tier of the track
 * record, what each carried) are each read in one statement for the page. Statements are counted as Hibernate logs
 * them.
 */
@QuarkusTest
@TestProfile(QueryCountTest.SqlLogged.class)
class QueryCountTest {

    /** Logs every SQL statement, for this test only. */
    public static class SqlLogged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The logger's level is raised by LogCapture for the test alone: a level set here would outlive the profile.
            return Map.of("quarkus.hibernate-orm.log.sql", "true");
        }
    }

    private static final String PAGE = """
            query($first: Int, $kind: SourceKind!) { sources(first: $first, filter: {kinds: [$kind]}) { totalCount edges { node {
              name aliases mergedFrom affiliations { id type }
              reliability { assessed { grade } computed { grade sampleSize } carried { confirmed } history { grade } assessments { grade } }
            } } } }""";

    private final LogCapture sql = new LogCapture("org.hibernate.SQL");

    @BeforeEach
    void countStatements() {
        sql.start();
    }

    @AfterEach
    void stopCounting() {
        sql.stop();
    }

    @Test
    void aPageOfSourcesWithTheirReliabilityCostsTheSameStatementsForOneTenOrFiftySources() {
        // THINK_TANK sources are this test's alone: 50 of them, each rated, with an alias and an affiliation.
        String hub = Sources.create("Council of Think Tanks " + Sources.unique(), "ORGANIZATION");
        for (int i = 0; i < 50; i++) {
            String source = Sources.create("Think tank " + i + " " + Sources.unique(), "THINK_TANK", "aliases",
                    List.of("TT " + i + " " + Sources.unique()));
            Sources.affiliate(source, hub, "MEMBER_OF", null, null);
            Sources.EDITOR.execute("mutation($i: RateSourceInput!) { rateSource(input: $i) { id } }",
                    Map.of("i", Map.of("sourceId", source, "grade", "B", "rationale", "Peer-reviewed.")));
        }

        int one = statementsFor(1);
        assertEquals(one, statementsFor(10), "10 sources cost what 1 costs");
        assertEquals(one, statementsFor(50), "50 sources cost what 1 costs");
        System.out.printf("BENCHMARK statements for a page of sources with their reliability: %d%n", one);
    }

    private int statementsFor(int first) {
        sql.clear();
        Sources.VIEWER.execute(PAGE, Map.of("first", first, "kind", "THINK_TANK"))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.sources.edges", org.hamcrest.Matchers.hasSize(first));
        return sql.messages().size();
    }
}
