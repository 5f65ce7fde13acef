package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.TestTokens;
import io.corroborate.gateway.OtlpCollector.ExportedSpan;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What an operator sees when tracing is on: one analyst query is one trace, from the caller through the gateway into
 * both services and down to their SQL, and the services' JSON log lines carry its trace id.
 */
@QuarkusTest
class TracingTest {

    private static final String PAGE_WITH_CHAINS = """
            query($article: ID!) {
              claims(first: 5, filter: {articleId: $article}) {
                edges { node { statement origin { name } attribution { role source { name } } } }
              }
            }""";

    @Test
    void oneAnalystQueryIsOneTraceThroughTheGatewayBothServicesAndTheirSql() {
        String callerSpan = randomHex(8);
        String traceId = tracedQuery(callerSpan);

        // Spans arrive in batches from three processes: wait until every link below is there, or fail with the trace.
        List<ExportedSpan> trace = awaitTrace(traceId, spans -> continuesCaller(spans, callerSpan)
                && calledBy(spans, "claims-service", "gateway") && calledBy(spans, "sources-service", "gateway")
                && calledBy(spans, "sources-service", "claims-service")
                && sqlInsideRequest(spans, "claims-service") && sqlInsideRequest(spans, "sources-service"));

        assertTrue(continuesCaller(trace, callerSpan), "the gateway continues the caller's trace");
        assertTrue(calledBy(trace, "claims-service", "gateway"), "claims-service answers a call made by the gateway");
        assertTrue(calledBy(trace, "sources-service", "gateway"), "sources-service answers a call made by the gateway");
        // claims-service asks sources-service which hops the caller may see: that call is part of the trace too.
        assertTrue(calledBy(trace, "sources-service", "claims-service"), "sources-service answers a call made by claims-service");
        assertTrue(sqlInsideRequest(trace, "claims-service"), "claims-service's SQL belongs to its request");
        assertTrue(sqlInsideRequest(trace, "sources-service"), "sources-service's SQL belongs to its request");
    }

    private static boolean continuesCaller(List<ExportedSpan> trace, String callerSpan) {
        return trace.stream().anyMatch(span -> span.service().equals("gateway") && span.kind() == SpanKind.SPAN_KIND_SERVER
                && span.parentSpanId().equals(callerSpan));
    }

    /** A server span of the service whose parent is a span of the caller. */
    private static boolean calledBy(List<ExportedSpan> trace, String service, String caller) {
        Set<String> callerSpans = spanIds(trace, caller);
        return trace.stream().anyMatch(span -> span.service().equals(service) && span.kind() == SpanKind.SPAN_KIND_SERVER
                && callerSpans.contains(span.parentSpanId()));
    }

    /** The service ran SQL for this request, and every statement is a child of one of its request's spans. */
    private static boolean sqlInsideRequest(List<ExportedSpan> trace, String service) {
        Set<String> serviceSpans = spanIds(trace, service);
        List<ExportedSpan> sql = trace.stream().filter(span -> span.service().equals(service) && isSql(span)).toList();
        return !sql.isEmpty() && sql.stream().allMatch(span -> serviceSpans.contains(span.parentSpanId()));
    }

    @Test
    void theServicesLogJsonLinesThatCarryTheTraceId() throws IOException {
        String traceId = tracedQuery(randomHex(8));
        awaitTrace(traceId, spans -> services(spans).contains("claims-service"));

        // The packaged services run in the prod profile, whose console logs are JSON; ServicesTestResource keeps them.
        List<JsonObject> lines = Files.readAllLines(Path.of("target", "test-logs", "claims-service.log")).stream()
                .filter(line -> line.startsWith("{"))
                .map(line -> Json.createReader(new StringReader(line)).readObject())
                .toList();
        assertTrue(lines.stream().anyMatch(line -> line.getJsonObject("mdc").getString("traceId", "").equals(traceId)
                && line.getString("message").contains("POST /graphql")), "an access-log line with the trace id");
    }

    /** Sends a page of claims with their chains as a caller already inside a trace would; returns its trace id. */
    private static String tracedQuery(String callerSpan) {
        String publisher = SeedData.source("Traced Daily", "OUTLET");
        String article = SeedData.articleWithClaims(publisher, 2, SeedData.source("Traced Origin", "PERSON"),
                SeedData.source("Traced Relay", "OUTLET"));
        String traceId = randomHex(16);
        given().auth().oauth2(TestTokens.forUser("tracy", "viewer"))
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .contentType(ContentType.JSON)
                .body(Map.of("query", PAGE_WITH_CHAINS, "variables", Map.of("article", article)))
                .post("/graphql")
                .then().statusCode(200).body("errors", nullValue());
        return traceId;
    }

    /** Spans arrive in batches after the responses; waits until the trace is complete enough. */
    private static List<ExportedSpan> awaitTrace(String traceId, Predicate<List<ExportedSpan>> complete) {
        Awaitility.await("trace " + traceId + " is complete").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> complete.test(OtlpCollector.shared().trace(traceId)));
        return OtlpCollector.shared().trace(traceId);
    }

    private static boolean isSql(ExportedSpan span) {
        return span.attributes().containsKey("db.statement");
    }

    private static Set<String> services(List<ExportedSpan> spans) {
        return spans.stream().map(ExportedSpan::service).collect(Collectors.toSet());
    }

    private static Set<String> spanIds(List<ExportedSpan> spans, String service) {
        return spans.stream().filter(span -> span.service().equals(service)).map(ExportedSpan::spanId).collect(Collectors.toSet());
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

}
