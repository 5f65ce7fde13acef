package io.corroborate.gateway;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the gateway's own Prometheus metrics, the way an operator's scraper does. */
final class GatewayMetrics {

    private GatewayMetrics() {
    }

    /** The value of the first series of this metric whose labels contain {@code labels} (0 when there is none yet). */
    static double value(String name, String labels) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(metrics);
        while (matcher.find()) {
            if (labels.isEmpty() || (matcher.group(1) != null && matcher.group(1).contains(labels))) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    static double value(String name) {
        return value(name, "");
    }

    /** Calls the gateway sent to any service so far. */
    static double downstreamCalls() {
        return value("corroborate_gateway_downstream_calls_total", "service=\"claims\"")
                + value("corroborate_gateway_downstream_calls_total", "service=\"sources\"");
    }

    /**
     * The running total of downstream calls per request, once the request after {@code countBefore} has been
     * recorded (recording happens when its request scope ends, just after the response).
     */
    static double callsPerRequestSumAfter(double countBefore) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (value("corroborate_gateway_downstream_calls_per_request_count") <= countBefore && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        return value("corroborate_gateway_downstream_calls_per_request_sum");
    }
}
