package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Operators may put their own federation router in front of the services. Apollo's own composition library
 * (from npm) composes the two real subgraph schemas, and the composed API offers what the gateway offers.
 */
@QuarkusTest
class SupergraphCompositionTest {

    /** The gateway's own fields, which no subgraph provides. */
    private static final Set<String> GATEWAY_ONLY = Set.of("Query.me", "Viewer");

    private static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");

    @Test
    void theTwoSubgraphsComposeAndTheSupergraphOffersEverythingTheGatewayDoes() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "federation"));
        Path claims = Files.writeString(work.resolve("claims.graphql"), subgraphSdl("claims"));
        Path sources = Files.writeString(work.resolve("sources.graphql"), subgraphSdl("sources"));

        String supergraphApi = compose(Map.of("claims", claims, "sources", sources));
        Files.writeString(work.resolve("supergraph-api.graphql"), supergraphApi);

        String gatewaySchema = given().auth().oauth2(TestTokens.forUser("vic", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Set<String> offeredByTheGateway = members(gatewaySchema);
        assertTrue(offeredByTheGateway.containsAll(Set.of("Query.claims", "Claim.origin", "Source.claims(role)", "Source.reliability")),
                "the gateway's schema was read");
        Set<String> missing = new TreeSet<>(offeredByTheGateway);
        missing.removeAll(members(supergraphApi));
        missing.removeIf(member -> GATEWAY_ONLY.stream().anyMatch(only -> member.equals(only) || member.startsWith(only + ".")));
        assertEquals(Set.of(), missing, "offered by the gateway but not by the composed supergraph");
    }

    /**
     * The services' operations that are not public, each with its reason. Everything else a service can do must be
     * reachable through the gateway.
     */
    private static final Map<String, String> INTERNAL = Map.ofEntries(
            Map.entry("Query._entities", "federation: entity resolution for routers"),
            Map.entry("Query._service", "federation: the subgraph's SDL for routers"),
            Map.entry("Query.claimEvents", "the claim feed, read by sources-service with its service account only"),
            Map.entry("Query.claimsByIds", "batch look-up the gateway composes with; clients ask claim(id) or claims(filter)"),
            Map.entry("Query.claimsBySources", "batch look-up behind the gateway's Source.claims"),
            Map.entry("Query.articlesByIds", "batch look-up behind the gateway's Claim.article"),
            Map.entry("Query.corroborations", "batch look-up behind the gateway's Claim.corroboration"),
            Map.entry("Query.sourcesByIds", "batch look-up behind every Source the gateway shows"),
            Map.entry("Query.independenceGroupsBatch", "batch form of independenceGroups, for claims-service's corroboration"),
            Map.entry("Query.matchSources", "batch matching of an article's source mentions, behind claims-service's proposeClaims"));

    @Test
    void theGatewayOffersEveryPublicOperationOfTheServices() throws Exception {
        String gatewaySchema = given().auth().oauth2(TestTokens.forUser("vic", "viewer"))
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Set<String> offeredByTheGateway = members(gatewaySchema);
        Set<String> missing = new TreeSet<>();
        for (String service : List.of("claims", "sources")) {
            for (String operation : members(subgraphSdl(service))) {
                boolean isOperation = operation.startsWith("Query.") || operation.startsWith("Mutation.");
                boolean internal = INTERNAL.keySet().stream()
                        .anyMatch(name -> operation.equals(name) || operation.startsWith(name + "("));
                if (isOperation && !internal && !offeredByTheGateway.contains(operation)) {
                    missing.add(service + ": " + operation);
                }
            }
        }
        assertEquals(Set.of(), missing, "what a service can do but the gateway does not offer (or list it as internal)");
    }

    private static String subgraphSdl(String service) {
        String url = ConfigProvider.getConfig().getValue("corroborate.test." + service + "-url", String.class);
        return VIEWER.on(url).execute("{ _service { sdl } }").statusCode(200).extract().path("data._service.sdl");
    }

    /** Runs compose.mjs with Node.js; a composition error fails the test with Apollo's own messages. */
    private static String compose(Map<String, Path> subgraphs) throws IOException, InterruptedException {
        Path script = Path.of("src", "test", "federation", "compose.mjs").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        subgraphs.forEach((name, file) -> command.add(name + "=" + file.toAbsolutePath()));
        Path errors = Files.createTempFile("composition", ".err");
        Process node = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "composition finished");
        assertEquals(0, node.exitValue(), "composition errors:\n" + Files.readString(errors));
        return output;
    }

    /** Every type, field, argument, input field and enum value a schema offers, as "Type.field(argument)" names. */
    private static Set<String> members(String sdl) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        Set<String> members = new TreeSet<>();
        registry.getTypes(ObjectTypeDefinition.class).forEach(type -> {
            members.add(type.getName());
            for (FieldDefinition field : type.getFieldDefinitions()) {
                members.add(type.getName() + "." + field.getName());
                field.getInputValueDefinitions().forEach(argument ->
                        members.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")"));
            }
        });
        registry.objectTypeExtensions().forEach((name, extensions) -> extensions.forEach(extension ->
                extension.getFieldDefinitions().forEach(field -> members.add(name + "." + field.getName()))));
        registry.getTypes(InputObjectTypeDefinition.class).forEach(type -> {
            members.add(type.getName());
            for (InputValueDefinition field : type.getInputValueDefinitions()) {
                members.add(type.getName() + "." + field.getName());
            }
        });
        registry.getTypes(EnumTypeDefinition.class).forEach(type -> {
            members.add(type.getName());
            for (EnumValueDefinition value : type.getEnumValueDefinitions()) {
                members.add(type.getName() + "." + value.getName());
            }
        });
        return members;
    }
}
