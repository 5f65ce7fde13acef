package io.corroborate.sources.common.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.corroborate.sources.common.error.ErrorCode;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.Parser;
import graphql.parser.ParserOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a request body only up to {@code corroborate.limits.max-body-bytes}, as the gateway does: a larger one is
 * refused with HTTP 413 and {@code LIMIT} before any GraphQL runs, so a direct caller cannot go around the gateway's
 * bound. A batch (a JSON array) is refused too, with {@code LIMIT}: a service runs one operation per request (the
 * gateway takes batches); a body that is no JSON object with a query, or whose query does not parse, with
 * {@code VALIDATION}; and a document of more tokens than the parser takes with {@code LIMIT}. (SmallRye GraphQL would
 * answer these itself, without a code.)
 */
@ApplicationScoped
public class RequestBodyChecks {

    private final RequestLimitsConfig limits;

    public RequestBodyChecks(RequestLimitsConfig limits) {
        this.limits = limits;
    }

    void register(@Observes Router router) {
        // Order -1: after UnauthenticatedResponses (-2), so an anonymous request is refused before its body is read.
        router.route("/graphql").order(-1)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .handler(this::oneOperation)
                .failureHandler(this::tooLarge);
    }

    private void oneOperation(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST || context.body().isEmpty()) {
            context.next();
            return;
        }
        String body = context.body().asString().stripLeading();
        if (body.startsWith("[")) {
            refuse(context, 400, ErrorCode.LIMIT, "A service runs one operation per request; send a batch to the gateway");
            return;
        }
        String query;
        try {
            query = context.body().asJsonObject().getString("query");
        } catch (RuntimeException e) {
            query = null;
        }
        if (query == null || query.isBlank()) {
            refuse(context, 400, ErrorCode.VALIDATION, "The body must be a JSON object with a query");
            return;
        }
        try {
            Parser.parse(query);
        } catch (ParseCancelledException e) {
            refuse(context, 400, ErrorCode.LIMIT, "The query is too long: a document may hold at most "
                    + ParserOptions.getDefaultOperationParserOptions().getMaxTokens() + " tokens");
            return;
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            refuse(context, 400, ErrorCode.VALIDATION, "The query is not valid GraphQL: a syntax error"
                    + (at == null ? "" : " at line " + at.getLine() + ", column " + at.getColumn()));
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().ended()) {
            context.next();
            return;
        }
        refuse(context, 413, ErrorCode.LIMIT, "The request body is larger than " + limits.maxBodyBytes() + " bytes");
    }

    private static void refuse(RoutingContext context, int status, ErrorCode code, String message) {
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()))));
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(body.encode());
    }
}
