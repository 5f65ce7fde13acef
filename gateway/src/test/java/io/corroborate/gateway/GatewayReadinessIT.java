package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.process.QuarkusAppProcess;
import io.corroborate.devstack.test.TestTokens;

/**
 * What Kubernetes' probes see from the packaged gateway: ready while its token issuer answers, not ready (so that no
 * traffic is routed to it) while the issuer cannot be reached, and alive either way, so that it is not restarted.
 */
class GatewayReadinessIT {

    private static final Path APP = Path.of("target", "quarkus-app");
    private static final Path LOGS = Path.of("target", "it-logs");
    private static final String OIDC_CHECK = "OIDC Provider Health Check";

    @Test
    void theGatewayIsReadyWhileItsIssuerAnswers() {
        try (QuarkusAppProcess gateway = QuarkusAppProcess.start("gateway-with-issuer", APP, TestTokens.verificationConfig(), LOGS)) {
            given().baseUri(gateway.managementUrl()).get("/q/health/ready").then().statusCode(200)
                    .body("checks.name", hasItem(OIDC_CHECK))
                    .body("checks.find { it.name == '" + OIDC_CHECK + "' }.status", is("UP"));
        }
    }

    @Test
    void theGatewayIsAliveButNotReadyWhileItsIssuerCannotBeReached() {
        String unreachableIssuer = "http://127.0.0.1:" + QuarkusAppProcess.freePort() + "/realms/corroborate";
        try (QuarkusAppProcess gateway = QuarkusAppProcess.startWithoutWaitingForReadiness("gateway-without-issuer", APP,
                Map.of("quarkus.oidc.auth-server-url", unreachableIssuer), LOGS)) {
            given().baseUri(gateway.managementUrl()).get("/q/health/ready").then().statusCode(503)
                    .body("status", is("DOWN"))
                    .body("checks.find { it.name == '" + OIDC_CHECK + "' }.status", is("DOWN"));
            given().baseUri(gateway.managementUrl()).get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        }
    }
}
