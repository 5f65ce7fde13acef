package io.corroborate.gateway.common.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.corroborate.gateway.common.error.ErrorCode;
import io.corroborate.gateway.common.limits.RequestLimitsConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP side of the GraphQL over HTTP specification, in front of SmallRye GraphQL's executor on {@code /graphql}:
 * <ul>
 * <li>POST with {@code application/json}; GET for queries only (a mutation over GET is 405);</li>
 * <li>malformed JSON, a missing query or badly shaped variables are 400 with a {@code VALIDATION} error;</li>
 * <li>a body over the limit is 413, and a batch (a JSON array) of more operations than allowed is 400, both
 * {@code LIMIT};</li>
 * <li>with {@code Accept: application/graphql-response+json}, a request that fails before execution (syntax,
 * validation, limits) is 400; with {@code application/json} it stays 200, as the specification requires.</li>
 * </ul>
 * Each operation of a batch runs as its own request through this same endpoint, so it is authenticated, limited,
 * counted and composed exactly like a single one.
 */
@ApplicationScoped
public class GraphQLOverHttp {

    /** Set on the routing context by RequestErrorCodes when a request fails before execution. */
    public static final String REQUEST_ERROR = "corroborate.graphql.request-error";

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";
    private static final String LEGACY_GRAPHQL_JSON = "application/graphql+json";
    // Clients send the same few documents again and again; parsing each anew was about 6 % of the gateway's CPU on
    // a source search (docs/benchmarks.md). Bounded: small documents only, and the whole map dropped when full.
    private static final int PARSED_MAX_ENTRIES = 256;
    private static final int PARSED_MAX_LENGTH = 4096;
    private static final Map<String, Document> PARSED = new ConcurrentHashMap<>();

    private final RequestLimitsConfig limits;
    private final HttpClient loopback;

    public GraphQLOverHttp(RequestLimitsConfig limits, Vertx vertx) {
        this.limits = limits;
        this.loopback = vertx.createHttpClient();
    }

    void register(@Observes Router router) {
        // Order -1: after UnauthenticatedResponses (-2), so an anonymous request is refused before its body is read.
        router.route("/graphql").order(-1)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .handler(this::check)
                .failureHandler(this::tooLarge);
    }

    private void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            context.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            refuse(context, 405, ErrorCode.VALIDATION, "GraphQL requests are sent with GET (queries) or POST");
            return;
        }
        adjustResponse(context);
        if (method == HttpMethod.GET) {
            checkGet(context);
        } else {
            checkPost(context);
        }
    }

    private void checkGet(RoutingContext context) {
        String query = context.queryParams().get("query");
        if (query == null || query.isBlank()) {
            refuse(context, 400, ErrorCode.VALIDATION, "A GraphQL request needs a query");
            return;
        }
        Document document = parse(context, query);
        if (document == null) {
            return;
        }
        if (isMutation(document, context.queryParams().get("operationName"))) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(context, 405, ErrorCode.VALIDATION, "Mutations are accepted over POST only");
        } else {
            context.next();
        }
    }

    private void checkPost(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.startsWith("application/graphql")) {
            // The body is the document itself.
            if (parse(context, context.body().asString()) != null) {
                context.next();
            }
            return;
        }
        if (contentType == null || !contentType.startsWith(JSON)) {
            refuse(context, 415, ErrorCode.VALIDATION, "Send GraphQL requests as application/json");
            return;
        }
        Object body;
        try {
            body = Json.decodeValue(context.body().buffer() == null ? Buffer.buffer() : context.body().buffer());
        } catch (DecodeException e) {
            refuse(context, 400, ErrorCode.VALIDATION, "The request body is not valid JSON");
            return;
        }
        if (body instanceof JsonArray batch) {
            runBatch(context, batch);
            return;
        }
        String problem = body instanceof JsonObject request ? problemWith(request) : "The request body must be a JSON object";
        if (problem != null) {
            refuse(context, 400, ErrorCode.VALIDATION, problem);
        } else if (parse(context, ((JsonObject) body).getString("query")) != null) {
            context.next();
        }
    }

    /** What is wrong with the shape of one GraphQL request, or null. */
    private static String problemWith(JsonObject request) {
        if (!(request.getValue("query") instanceof String query) || query.isBlank()) {
            return "A GraphQL request needs a query";
        }
        Object variables = request.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return "variables must be a JSON object";
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "operationName must be a string";
        }
        return null;
    }

    private void runBatch(RoutingContext context, JsonArray batch) {
        if (batch.isEmpty()) {
            refuse(context, 400, ErrorCode.VALIDATION, "A batch needs at least one operation");
            return;
        }
        if (batch.size() > limits.maxBatch()) {
            refuse(context, 400, ErrorCode.LIMIT,
                    "The batch holds " + batch.size() + " operations; the limit is " + limits.maxBatch());
            return;
        }
        for (Object operation : batch) {
            String problem = operation instanceof JsonObject request ? problemWith(request) : "Each operation of a batch must be a JSON object";
            if (problem != null) {
                refuse(context, 400, ErrorCode.VALIDATION, problem);
                return;
            }
        }
        // In order, one after another: a batch may hold mutations whose order matters.
        Future<JsonArray> results = Future.succeededFuture(new JsonArray());
        for (Object operation : batch) {
            results = results.compose(done -> runOne(context, (JsonObject) operation).map(done::add));
        }
        results.onSuccess(all -> context.response().setStatusCode(200)
                        .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                        .end(all.encode()))
                .onFailure(context::fail);
    }

    private Future<Object> runOne(RoutingContext context, JsonObject operation) {
        int port = context.request().localAddress().port();
        return loopback.request(HttpMethod.POST, port, "127.0.0.1", "/graphql")
                .compose(request -> {
                    request.putHeader(HttpHeaders.CONTENT_TYPE, JSON).putHeader(HttpHeaders.ACCEPT, JSON);
                    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
                    if (authorization != null) {
                        request.putHeader(HttpHeaders.AUTHORIZATION, authorization);
                    }
                    return request.send(operation.encode());
                })
                .compose(response -> response.body())
                .map(Json::decodeValue);
    }

    /**
     * The parsed document, or null after answering with the syntax error: SmallRye GraphQL would report it without
     * a code or a location. The spec's status: 400 for clients of application/graphql-response+json, else 200.
     */
    private static Document parse(RoutingContext context, String query) {
        Document known = PARSED.get(query);
        if (known != null) {
            return known;
        }
        try {
            Document document = Parser.parse(query);
            if (query.length() <= PARSED_MAX_LENGTH) {
                if (PARSED.size() >= PARSED_MAX_ENTRIES) {
                    PARSED.clear();
                }
                PARSED.put(query, document);
            }
            return document;
        } catch (InvalidSyntaxException e) {
            refuse(context, acceptsGraphQLResponse(context) ? 400 : 200, ErrorCode.VALIDATION, e.getMessage());
            return null;
        }
    }

    private static boolean isMutation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    /**
     * Just before the response goes out: a client that did not ask for application/graphql-response+json gets
     * application/json (the spec's choice for legacy clients and for {@code *}{@code /*}); one that did gets HTTP 400
     * for a request that failed before execution.
     */
    private static void adjustResponse(RoutingContext context) {
        boolean graphqlResponse = acceptsGraphQLResponse(context);
        context.addHeadersEndHandler(ignored -> {
            var response = context.response();
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (!graphqlResponse && type != null && (type.startsWith(LEGACY_GRAPHQL_JSON) || type.startsWith(GRAPHQL_RESPONSE))) {
                response.putHeader(HttpHeaders.CONTENT_TYPE, JSON + "; charset=UTF-8");
            }
            if (graphqlResponse && Boolean.TRUE.equals(context.get(REQUEST_ERROR)) && response.getStatusCode() == 200) {
                response.setStatusCode(400);
            }
        });
    }

    private static boolean acceptsGraphQLResponse(RoutingContext context) {
        for (MIMEHeader accept : context.parsedHeaders().accept()) {
            String value = accept.value();
            if (value.startsWith(GRAPHQL_RESPONSE)) {
                return true;
            }
            if (value.startsWith(JSON) || value.startsWith("*/*")) {
                return false;
            }
        }
        return false;
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().ended()) {
            context.next();
            return;
        }
        refuse(context, 413, ErrorCode.LIMIT, "The request body is larger than " + limits.maxBodyBytes() + " bytes");
    }

    private static void refuse(RoutingContext context, int status, ErrorCode code, String message) {
        String type = acceptsGraphQLResponse(context) ? GRAPHQL_RESPONSE : JSON;
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()))));
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=UTF-8")
                .end(body.encode());
    }
}
