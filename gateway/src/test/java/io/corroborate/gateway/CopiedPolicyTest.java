package io.corroborate.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services share no code module, so the security policy is copied into each application's {@code common/}:
 * markings, roles, the caller, the error codes and their mapping of request errors, the request limits and body
 * checks (with what they keep of the operations they analysed), the text rule, the 401 answer, the verified tokens kept, the paging rules that bind cursors, and what each application adds to the
 * GraphQL engine (GraphQLEngineHooks, PlainFields, BatchedFields, OperationInstrumentation; the gateway's
 * CarriedFields has no copy). This check fails when a copy drifts, comparing each file line by line with the package
 * names made equal. Deliberate differences are listed below, each with its reason; anything else must be made again
 * in every copy.
 */
class CopiedPolicyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Path> APPLICATIONS = Map.of(
            "gateway", ROOT.resolve("gateway/src/main/java/io/corroborate/gateway/common"),
            "claims", ROOT.resolve("claims-service/src/main/java/io/corroborate/claims/common"),
            "sources", ROOT.resolve("sources-service/src/main/java/io/corroborate/sources/common"));

    /** The applications that hold a copy of each policy file (the gateway enforces no roles: services do). */
    private static final Map<String, List<String>> HOLDERS = Map.ofEntries(
            Map.entry("Marking.java", List.of("gateway", "claims", "sources")),
            Map.entry("error/ErrorCode.java", List.of("gateway", "claims", "sources")),
            Map.entry("error/ApiException.java", List.of("gateway", "claims", "sources")),
            Map.entry("error/RequestErrorMessages.java", List.of("gateway", "claims", "sources")),
            Map.entry("limits/RequestLimits.java", List.of("gateway", "claims", "sources")),
            Map.entry("limits/RequestLimitsConfig.java", List.of("gateway", "claims", "sources")),
            Map.entry("limits/ControlCharacters.java", List.of("gateway", "claims", "sources")),
            Map.entry("security/UnauthenticatedResponses.java", List.of("gateway", "claims", "sources")),
            Map.entry("security/VerifiedTokens.java", List.of("gateway", "claims", "sources")),
            Map.entry("security/Role.java", List.of("claims", "sources")),
            Map.entry("error/RequestErrorCodes.java", List.of("claims", "sources")),
            Map.entry("limits/RequestBodyChecks.java", List.of("claims", "sources")),
            Map.entry("limits/BatchedFieldArguments.java", List.of("gateway", "claims", "sources")),
            Map.entry("limits/AnalysedOperations.java", List.of("gateway", "claims", "sources")),
            Map.entry("paging/Paging.java", List.of("claims", "sources")),
            Map.entry("paging/PageRequest.java", List.of("claims", "sources")),
            Map.entry("security/Caller.java", List.of("claims", "sources")),
            Map.entry("PlainFields.java", List.of("gateway", "claims", "sources")),
            Map.entry("BatchedFields.java", List.of("gateway", "claims", "sources")),
            Map.entry("OperationInstrumentation.java", List.of("gateway", "claims", "sources")),
            Map.entry("error/ErrorMapper.java", List.of("claims", "sources")),
            Map.entry("GraphQLEngineHooks.java", List.of("gateway", "claims", "sources")));

    /** Lines only one copy may have, per "application:file", with the reason. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // The gateway's public schema types its lists of ids as ID (IdTypes); the services' subgraphs cannot be.
            "gateway:GraphQLEngineHooks.java", Set.of(
                    "@Override",
                    "public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {",
                    "IdTypes.typeIdLists(builder);",
                    "return builder;",
                    "}",
                    // Only the gateway carries values from downstream with its items (CarriedFields).
                    "GraphQLCodeRegistry.Builder direct = BatchedFields.loadDirectly(schema, PlainFields.readDirectly(schema));",
                    "GraphQLCodeRegistry registry = CarriedFields.readFromItems(schema, direct)"),
            "claims:GraphQLEngineHooks.java", Set.of(
                    "GraphQLCodeRegistry registry = BatchedFields.loadDirectly(schema, PlainFields.readDirectly(schema))"),
            "sources:GraphQLEngineHooks.java", Set.of(
                    "GraphQLCodeRegistry registry = BatchedFields.loadDirectly(schema, PlainFields.readDirectly(schema))"),
            // claims-service calls sources-service on the caller's behalf, with the caller's own token.
            "claims:security/Caller.java", Set.of(
                    "import io.quarkus.oidc.AccessTokenCredential;",
                    "/** The caller's bearer token, to pass on to another service on the caller's behalf. */",
                    "public String bearerToken() {",
                    "AccessTokenCredential credential = identity().getCredential(AccessTokenCredential.class);",
                    "return credential == null ? null : credential.getToken();",
                    "}"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Marking.java", "error/ErrorCode.java", "error/ApiException.java", "error/RequestErrorMessages.java",
            "limits/RequestLimits.java", "limits/RequestLimitsConfig.java", "limits/ControlCharacters.java",
            "security/UnauthenticatedResponses.java", "security/VerifiedTokens.java", "security/Role.java", "security/Caller.java",
            "error/RequestErrorCodes.java", "limits/RequestBodyChecks.java", "paging/Paging.java", "paging/PageRequest.java",
            "limits/BatchedFieldArguments.java", "limits/AnalysedOperations.java", "PlainFields.java", "BatchedFields.java", "OperationInstrumentation.java",
            "GraphQLEngineHooks.java", "error/ErrorMapper.java" })
    void everyCopyOfAPolicyFileSaysTheSame(String file) throws IOException {
        List<String> holders = HOLDERS.get(file);
        String first = holders.get(0);
        for (String other : holders.subList(1, holders.size())) {
            List<String> onlyInFirst = onlyIn(first, other, file);
            List<String> onlyInOther = onlyIn(other, first, file);
            assertEquals(List.of(), onlyInFirst, file + ": lines in " + first + " but not in " + other);
            assertEquals(List.of(), onlyInOther, file + ": lines in " + other + " but not in " + first);
        }
    }

    /** The lines of one copy that the other lacks (as a multiset), less the allowed ones. */
    private static List<String> onlyIn(String application, String other, String file) throws IOException {
        List<String> remaining = new ArrayList<>(lines(other, file));
        List<String> extra = new ArrayList<>();
        for (String line : lines(application, file)) {
            if (!remaining.remove(line)) {
                extra.add(line);
            }
        }
        extra.removeAll(ALLOWED.getOrDefault(application + ":" + file, Set.of()));
        return extra;
    }

    private static List<String> lines(String application, String file) throws IOException {
        Path path = APPLICATIONS.get(application).resolve(file);
        assertTrue(Files.exists(path), application + " has its copy of " + file);
        String samePackage = Files.readString(path).replace("io.corroborate." + application + ".", "io.corroborate.APP.");
        return samePackage.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
