package io.corroborate.devstack.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.corroborate.devstack.ProjectLayout;

/**
 * Loads the demo dataset ({@code deploy/demo/seed-article.json}) through the public gateway, as a client would,
 * with an admin's token. Loading is idempotent: when the seed article is already there, nothing is written; sources
 * that exist (same name) are reused.
 */
public final class DemoData {

    /** What a load found or did. */
    public record Result(boolean loadedNow, String articleId, int sources, int claims) {
    }

    private final String graphqlUrl;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    private DemoData(String gatewayUrl, String token) {
        this.graphqlUrl = gatewayUrl + "/graphql";
        this.token = token;
    }

    public static Path file() {
        return ProjectLayout.root().resolve("deploy").resolve("demo").resolve("seed-article.json");
    }

    public static JsonObject read() {
        try (InputStream in = Files.newInputStream(file())) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the dataset unless its article is already there. */
    public static Result load(String gatewayUrl, String token) {
        return new DemoData(gatewayUrl, token).load(read());
    }

    private Result load(JsonObject data) {
        JsonObject article = data.getJsonObject("article");
        String existing = articleWithUrl(article.getString("title"), article.getString("url"));
        if (existing != null) {
            return new Result(false, existing, data.getJsonArray("sources").size(), data.getJsonArray("claims").size());
        }
        Map<String, String> sources = new HashMap<>();
        for (JsonValue value : data.getJsonArray("sources")) {
            JsonObject source = value.asJsonObject();
            sources.put(source.getString("key"), sourceId(source));
        }
        for (JsonValue value : data.getJsonArray("affiliations")) {
            JsonObject affiliation = value.asJsonObject();
            // A load cut short before the article was imported may have recorded it already (CONFLICT): keep that one.
            executeUnless("CONFLICT", "mutation($i: AffiliateInput!) { affiliate(input: $i) { id } }", Json.createObjectBuilder().add("i",
                    Json.createObjectBuilder()
                            .add("sourceId", sources.get(affiliation.getString("source")))
                            .add("targetSourceId", sources.get(affiliation.getString("target")))
                            .add("type", affiliation.getString("type"))));
        }
        for (JsonValue value : data.getJsonArray("ratings")) {
            JsonObject rating = value.asJsonObject();
            String sourceId = sources.get(rating.getString("source"));
            if (alreadyRated(sourceId, rating.getString("rationale"))) {
                continue; // by a load cut short before the article was imported
            }
            JsonObjectBuilder input = Json.createObjectBuilder(rating).remove("source").add("sourceId", sourceId);
            execute("mutation($i: RateSourceInput!) { rateSource(input: $i) { id } }", Json.createObjectBuilder().add("i", input));
        }
        String articleId = importBundle(data, sources);
        reviews(data, articleId);
        return new Result(true, articleId, sources.size(), data.getJsonArray("claims").size());
    }

    /** The id of the demo article if it is there (found by title, told apart by URL), else null. */
    private String articleWithUrl(String title, String url) {
        JsonArray found = execute("query($t: String) { articles(first: 100, filter: {search: $t}) { edges { node { id url } } } }",
                Json.createObjectBuilder().add("t", title)).getJsonObject("articles").getJsonArray("edges");
        for (JsonValue edge : found) {
            JsonObject node = edge.asJsonObject().getJsonObject("node");
            if (node.getString("url").equals(url)) {
                return node.getString("id");
            }
        }
        return null;
    }

    /** The id of the source with this exact name, created if there is none. */
    private String sourceId(JsonObject source) {
        JsonArray found = execute("query($t: String!) { searchSources(text: $t, first: 5) { id name } }",
                Json.createObjectBuilder().add("t", source.getString("name"))).getJsonArray("searchSources");
        for (JsonValue candidate : found) {
            if (candidate.asJsonObject().getString("name").equalsIgnoreCase(source.getString("name"))) {
                return candidate.asJsonObject().getString("id");
            }
        }
        JsonObjectBuilder input = Json.createObjectBuilder(source).remove("key");
        return execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }", Json.createObjectBuilder().add("i", input))
                .getJsonObject("createSource").getString("id");
    }

    private String importBundle(JsonObject data, Map<String, String> sources) {
        JsonObject article = data.getJsonObject("article");
        JsonObjectBuilder articleInput = Json.createObjectBuilder(article).remove("publisher")
                .add("publisherSourceId", sources.get(article.getString("publisher")));
        JsonArrayBuilder claims = Json.createArrayBuilder();
        for (JsonValue value : data.getJsonArray("claims")) {
            JsonObject claim = value.asJsonObject();
            JsonArrayBuilder chain = Json.createArrayBuilder();
            for (JsonValue hop : claim.getJsonArray("attribution")) {
                chain.add(Json.createObjectBuilder(hop.asJsonObject()).remove("source")
                        .add("sourceId", sources.get(hop.asJsonObject().getString("source"))));
            }
            claims.add(Json.createObjectBuilder(claim).add("attribution", chain));
        }
        JsonObject bundle = Json.createObjectBuilder()
                .add("article", articleInput)
                .add("claims", claims)
                .add("relations", data.getJsonArray("relations")).build();
        // The gateway gives up on a call after 2 s, but the service carries on: the first import into a service that
        // has just started can take longer. Then the article appears shortly; only if it does not is the import
        // (idempotent by the article's URL) sent again.
        for (int attempt = 1;; attempt++) {
            try {
                return execute("mutation($i: BundleInput!) { importBundle(input: $i) { id } }",
                        Json.createObjectBuilder().add("i", bundle)).getJsonObject("importBundle").getString("id");
            } catch (IllegalStateException e) {
                if (attempt == 3 || !e.getMessage().contains("\"UNAVAILABLE\"")) {
                    throw e;
                }
                String imported = awaitArticle(article.getString("title"), article.getString("url"), Duration.ofSeconds(30));
                if (imported != null) {
                    return imported;
                }
            }
        }
    }

    /** The article once it is there, or null after the timeout. */
    private String awaitArticle(String title, String url, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            String found = articleWithUrl(title, url);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private void reviews(JsonObject data, String articleId) {
        Map<String, String> statementOf = new HashMap<>();
        data.getJsonArray("claims").forEach(claim -> statementOf.put(claim.asJsonObject().getString("key"),
                claim.asJsonObject().getString("statement")));
        Map<String, String> idOf = new HashMap<>();
        execute("query($id: ID!) { article(id: $id) { claims(first: 100) { edges { node { id statement } } } } }",
                Json.createObjectBuilder().add("id", articleId))
                .getJsonObject("article").getJsonObject("claims").getJsonArray("edges")
                .forEach(edge -> idOf.put(edge.asJsonObject().getJsonObject("node").getString("statement"),
                        edge.asJsonObject().getJsonObject("node").getString("id")));
        for (JsonValue value : data.getJsonArray("reviews")) {
            JsonObject review = value.asJsonObject();
            JsonObjectBuilder input = Json.createObjectBuilder(review).remove("claim")
                    .add("claimId", idOf.get(statementOf.get(review.getString("claim"))));
            execute("mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { id } }", Json.createObjectBuilder().add("i", input));
        }
    }

    /** Runs one operation; any GraphQL error stops the load with its code and message. */
    private boolean alreadyRated(String sourceId, String rationale) {
        JsonArray assessments = execute("query($id: ID!) { source(id: $id) { reliability { assessments { rationale } } } }",
                Json.createObjectBuilder().add("id", sourceId)).getJsonObject("source").getJsonObject("reliability")
                .getJsonArray("assessments");
        return assessments.stream().anyMatch(assessment -> assessment.asJsonObject().getString("rationale").equals(rationale));
    }

    /** Like {@link #execute}, but an answer whose error carries {@code code} is taken as done. */
    private void executeUnless(String code, String query, JsonObjectBuilder variables) {
        try {
            execute(query, variables);
        } catch (IllegalStateException e) {
            if (!e.getMessage().contains("\"" + code + "\"")) {
                throw e;
            }
        }
    }

    private JsonObject execute(String query, JsonObjectBuilder variables) {
        String body = Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(graphqlUrl))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
            if (answer.containsKey("errors")) {
                throw new IllegalStateException("Loading the demo data failed: " + answer.getJsonArray("errors"));
            }
            return answer.getJsonObject("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
