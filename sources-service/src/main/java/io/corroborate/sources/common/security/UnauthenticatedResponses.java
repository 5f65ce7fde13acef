package io.corroborate.sources.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request without a valid bearer token is refused before any GraphQL runs: HTTP 401 with a
 * {@code WWW-Authenticate} challenge and a GraphQL error body whose {@code extensions.code} is UNAUTHENTICATED.
 */
@ApplicationScoped
public class UnauthenticatedResponses {

    private static final String BODY = new JsonObject().put("errors", new JsonArray().add(new JsonObject()
            .put("message", "A valid bearer token is required")
            .put("extensions", new JsonObject().put("code", "UNAUTHENTICATED")))).encode();

    void register(@Observes Router router) {
        // Runs after Quarkus has authenticated the request: an anonymous caller has no user here.
        router.route("/graphql*").order(-2).handler(context -> {
            if (!(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
                respond(context);
            } else {
                context.next();
            }
        });
        // A token that fails validation (malformed, expired, wrongly signed) ends up here.
        router.route("/graphql*").order(-2).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext context) {
        Throwable failure = context.failure();
        boolean unauthenticated = failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || context.statusCode() == 401;
        if (!unauthenticated || context.response().ended()) {
            context.next();
            return;
        }
        respond(context);
    }

    private static void respond(RoutingContext context) {
        context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", "application/json")
                .end(BODY);
    }
}
