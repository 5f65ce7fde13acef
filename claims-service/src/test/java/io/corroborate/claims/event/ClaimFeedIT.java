package io.corroborate.claims.event;

import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.corroborate.devstack.postgres.Postgres;
import io.corroborate.devstack.postgres.PostgresServer;
import io.corroborate.devstack.process.QuarkusAppProcess;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Both real services, as processes: verdicts given in claims-service reach sources-service through the event
 * feed, survive a consumer being killed, are never counted twice, and replay identically into a fresh database; the
 * feed's lag is visible in both services' metrics.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimFeedIT {

    private static final Path LOGS = Path.of("target", "it-logs");
    private static final List<String> VERDICTS = List.of("CONFIRMED", "REFUTED", "MISLEADING", "UNPROVEN", "UNDER_REVIEW");
    private static final List<String> MARKINGS = List.of("CLEAR", "GREEN", "AMBER", "RED");

    private static PostgresServer postgres;
    private static final List<String> databases = new ArrayList<>();
    private static final List<QuarkusAppProcess> apps = new ArrayList<>();
    private static QuarkusAppProcess claims;
    private static QuarkusAppProcess sources;
    private static String sourcesDatabase;
    private static String feedUrl;

    private static GraphQLClient analyst;
    private static GraphQLClient editor;

    @BeforeAll
    static void startBothServices() {
        postgres = Postgres.shared();
        sourcesDatabase = database("sources_it");
        // claims-service checks source ids against sources-service, which in turn reads claims-service's feed:
        // start sources-service first, point claims-service at it, then tell sources-service where the feed is.
        int claimsPort = QuarkusAppProcess.freePort();
        feedUrl = "http://127.0.0.1:" + claimsPort + "/graphql";
        sources = sourcesApp("sources-service-a", sourcesDatabase);
        claims = app("claims-service", Path.of("target", "quarkus-app"), database("claims_it"),
                Map.of("quarkus.smallrye-graphql-client.sources.url", sources.url() + "/graphql"), claimsPort);
        analyst = GraphQLClient.as("ana", "analyst");
        editor = GraphQLClient.as("ed", "editor");
    }

    @AfterAll
    static void stopEverything() {
        apps.forEach(QuarkusAppProcess::close);
        databases.forEach(postgres::dropDatabase);
    }

    @Test
    @Order(1)
    void aVerdictGivenInClaimsServiceChangesTheOriginsComputedReliability() {
        String matsegora = createSource("Alexander Matsegora");
        String claimId = createClaim(matsegora);

        review(claimId, "CONFIRMED");

        assertCountsEventually(matsegora, Map.of("CONFIRMED", 1, "REFUTED", 0, "MISLEADING", 0));
    }

    @Test
    @Order(2)
    void aThousandVerdictsWithAConsumerKilledAndASecondRunningCountEachFinalVerdictOnce() {
        String origin = createSource("Rossiyskaya Gazeta");
        List<String> claimIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // All four markings, so that every clearance tier of the track record has its own figures.
            claimIds.add(createClaim(origin, MARKINGS.get(i % MARKINGS.size())));
        }
        // A second consumer on the same database competes for every batch.
        QuarkusAppProcess second = sourcesApp("sources-service-b", sourcesDatabase);
        Map<String, String> truth = new LinkedHashMap<>();
        Random random = new Random(2511);
        Instant started = Instant.now();
        for (int i = 0; i < 1000; i++) {
            if (i == 300) {
                sources.kill();
            }
            if (i == 650) {
                sources.restart();
            }
            String claimId = claimIds.get(random.nextInt(claimIds.size()));
            if (i % 50 == 25) {
                // Now and then a claim changes tier: the feed says so, and each tier's record follows.
                remark(claimId, MARKINGS.get(random.nextInt(MARKINGS.size())));
                continue;
            }
            String verdict = VERDICTS.get(random.nextInt(VERDICTS.size()));
            review(claimId, verdict);
            truth.put(claimId, verdict);
        }
        Duration reviewing = Duration.between(started, Instant.now());
        second.close();

        Map<String, Integer> expected = new HashMap<>(Map.of("CONFIRMED", 0, "REFUTED", 0, "MISLEADING", 0));
        truth.values().stream().filter(expected::containsKey).forEach(verdict -> expected.merge(verdict, 1, Integer::sum));
        Instant caughtUpFrom = Instant.now();
        assertCountsEventually(origin, expected);
        // Figures for docs/benchmarks.md: printed, never asserted.
        System.out.printf("BENCHMARK feed: 1000 reviews in %d ms (%.0f reviews/s, one client); consumer caught up %d ms after the last%n",
                reviewing.toMillis(), 1000_000.0 / Math.max(1, reviewing.toMillis()),
                Duration.between(caughtUpFrom, Instant.now()).toMillis());
    }

    @Test
    @Order(3)
    void replayingTheFeedFromTheStartIntoAFreshDatabaseGivesIdenticalResults() {
        String replayDatabase = database("sources_replay");
        Instant started = Instant.now();
        sourcesApp("sources-service-replay", replayDatabase);
        String expected = trackRecordOf(sourcesDatabase);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Awaitility.await("the replay reproduces every tier row for row").atMost(Duration.between(Instant.now(), deadline))
                .pollInterval(Duration.ofMillis(500)).until(() -> trackRecordOf(replayDatabase).equals(expected));
        assertEquals(expected, trackRecordOf(replayDatabase));
        System.out.printf("BENCHMARK replay: the whole feed replayed into a fresh database in %d ms (including start-up)%n",
                Duration.between(started, Instant.now()).toMillis());
    }

    @Test
    @Order(4)
    void operatorsSeeTheFeedLagRiseWhileClaimsServiceHangsAndFallOnceItAnswers() {
        double head = metricEventually(claims, "corroborate_feed_head_position", value -> value > 0);
        metricEventually(sources, "corroborate_feed_position", value -> value == head);
        assertTrue(metric(sources, "corroborate_feed_lag_seconds") < 5, "caught up: the feed was read to its end lately");

        claims.freeze();
        try {
            metricEventually(sources, "corroborate_feed_lag_seconds", value -> value > 5);
        } finally {
            claims.resume();
        }
        metricEventually(sources, "corroborate_feed_lag_seconds", value -> value < 5);
    }

    /** The value of an unlabelled metric on this service's /q/metrics, as Prometheus would scrape it. */
    private static double metric(QuarkusAppProcess app, String name) {
        String metrics = RestAssured.given().baseUri(app.managementUrl()).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(metrics);
        assertTrue(sample.find(), name + " is published by " + app.url());
        return Double.parseDouble(sample.group(2));
    }

    private static double metricEventually(QuarkusAppProcess app, String name, DoublePredicate expected) {
        Awaitility.await(name + " on " + app.url()).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> expected.test(metric(app, name)));
        return metric(app, name);
    }

    private static String createSource(String name) {
        return analyst.on(sources.url()).execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", name + " " + java.util.UUID.randomUUID(), "kind", "OUTLET")))
                .body("data.createSource.id", notNullValue())
                .extract().path("data.createSource.id");
    }

    private static String createClaim(String origin) {
        return createClaim(origin, "CLEAR");
    }

    private static String createClaim(String origin, String marking) {
        return editor.on(claims.url()).execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                        Map.of("i", Map.of("statement", "Wounded Russian soldiers are treated in North Korea.",
                                "claimedAt", "2025-01-15T00:00:00Z", "marking", marking,
                                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", origin, "channel", "REPORT")))))
                .body("data.createClaim.id", notNullValue())
                .extract().path("data.createClaim.id");
    }

    /** Changes a claim's marking (a MARKING_CHANGED event), at the version it has now. */
    private static void remark(String claimId, String marking) {
        int version = editor.on(claims.url()).execute("query($id: ID!) { claim(id: $id) { version } }", Map.of("id", claimId))
                .extract().path("data.claim.version");
        editor.on(claims.url()).execute("mutation($id: ID!, $v: Int!, $m: Marking!) { updateClaim(id: $id, version: $v, input: {marking: $m}) { id } }",
                        Map.of("id", claimId, "v", version, "m", marking))
                .body("errors", org.hamcrest.Matchers.nullValue());
    }

    private static void review(String claimId, String verdict) {
        editor.on(claims.url()).execute("mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { id } }",
                        Map.of("i", Map.of("claimId", claimId, "status", verdict, "credibility", 3, "rationale", "Checked.")))
                .body("data.reviewClaim.id", notNullValue());
    }

    /** Waits until a RED reader (who sees every tier) finds the counts equal to the final verdicts. */
    private static void assertCountsEventually(String sourceId, Map<String, Integer> expected) {
        Awaitility.await("the computed counts equal the final verdicts").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    JsonPath computed = GraphQLClient.as("vic", "viewer").on(sources.url())
                            .execute("query($id: ID!) { source(id: $id) { reliability { computed { confirmed refuted misleading } } } }",
                                    Map.of("id", sourceId))
                            .extract().jsonPath().setRootPath("data.source.reliability.computed");
                    assertEquals(expected, Map.of("CONFIRMED", computed.getInt("confirmed"), "REFUTED", computed.getInt("refuted"),
                            "MISLEADING", computed.getInt("misleading")));
                });
    }

    /** The whole track record of a sources database, as text: outcomes and every snapshot, in a stable order. */
    private static String trackRecordOf(String database) {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password())) {
            for (String sql : List.of(
                    "SELECT claim_id, origin_source_id, status, marking, deleted, event_position FROM claim_outcome ORDER BY claim_id",
                    "SELECT source_id, tier, topic, computed_at, confirmed, refuted, misleading, score, lower_bound, upper_bound, grade"
                            + " FROM reliability_snapshot ORDER BY source_id, tier, topic, computed_at, confirmed, refuted, misleading")) {
                try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            dump.append(rows.getString(i)).append('|');
                        }
                        dump.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dump.toString();
    }

    private static QuarkusAppProcess sourcesApp(String name, String database) {
        // The consumer reads the feed with sources-service's own service-account token (client credentials).
        Map<String, String> config = new HashMap<>(TestTokens.serviceAccountConfig("sources-service"));
        config.putAll(Map.of(
                "corroborate.feed.enabled", "true",
                "corroborate.feed.poll-interval", "1s",
                "quarkus.smallrye-graphql-client.claims-feed.url", feedUrl));
        return app(name, Path.of("..", "sources-service", "target", "quarkus-app"), database, config, QuarkusAppProcess.freePort());
    }

    private static QuarkusAppProcess app(String name, Path directory, String database, Map<String, String> extra, int port) {
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.putAll(extra);
        QuarkusAppProcess app = QuarkusAppProcess.start(name, directory, config, LOGS, port);
        apps.add(app);
        return app;
    }

    private static String database(String prefix) {
        String name = postgres.createFreshDatabase(prefix);
        databases.add(name);
        return name;
    }

}
