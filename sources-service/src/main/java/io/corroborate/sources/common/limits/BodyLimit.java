package io.corroborate.sources.common.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.corroborate.sources.common.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a request body only up to {@code corroborate.limits.max-body-bytes}, as the gateway does: a larger one is
 * refused with HTTP 413 and {@code LIMIT} before any GraphQL runs, so a direct caller cannot go around the gateway's
 * bound.
 */
@ApplicationScoped
public class BodyLimit {

    private final RequestLimitsConfig limits;

    public BodyLimit(RequestLimitsConfig limits) {
        this.limits = limits;
    }

    void register(@Observes Router router) {
        // Order -1: after UnauthenticatedResponses (-2), so an anonymous request is refused before its body is read.
        router.route("/graphql").order(-1)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .failureHandler(this::tooLarge);
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().ended()) {
            context.next();
            return;
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                .put("message", "The request body is larger than " + limits.maxBodyBytes() + " bytes")
                .put("extensions", new JsonObject().put("code", ErrorCode.LIMIT.name()))));
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(body.encode());
    }
}
