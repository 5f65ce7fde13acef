package io.corroborate.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public API is whole and consistent: what the services can do is reachable through the gateway, with their
 * semantics, errors and markings; ids are ID everywhere; merges lose no claims; chains and corroboration follow the
 * rules of the README.
 */
@QuarkusTest
class PublicApiTest {

    private static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");
    private static final GraphQLClient EDITOR = GraphQLClient.as("ed", "editor");
    private static final GraphQLClient ADMIN = GraphQLClient.as("ada", "admin");
    private static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anIdVariableFitsEveryIdInputAndAffiliateReturnsTheNewAffiliationWhichCanBeRemoved() {
        String kovalenko = source("Andrii Kovalenko", "PERSON");
        String ccd = source("Center for Countering Disinformation", "GOVERNMENT_BODY");
        String affiliation = ANALYST.execute("""
                        mutation($s: ID!, $t: ID!) { affiliate(input: {sourceId: $s, targetSourceId: $t, type: EMPLOYED_BY,
                          validFrom: "2023-01-01"}) { id sourceId targetSourceId type validFrom } }""", Map.of("s", kovalenko, "t", ccd))
                .body("errors", nullValue())
                .body("data.affiliate.sourceId", is(kovalenko))
                .body("data.affiliate.type", is("EMPLOYED_BY"))
                .extract().path("data.affiliate.id");

        String groups = "query($ids: [ID!]!, $asOf: Date) { independenceGroups(sourceIds: $ids, asOf: $asOf) { sourceIds links { type validFrom } } }";
        VIEWER.execute(groups, Map.of("ids", List.of(kovalenko, ccd), "asOf", "2024-06-01"))
                .body("data.independenceGroups", hasSize(1))
                .body("data.independenceGroups[0].links.type", contains("EMPLOYED_BY"));
        VIEWER.execute(groups, Map.of("ids", List.of(kovalenko, ccd), "asOf", "2022-06-01"))
                .body("data.independenceGroups", hasSize(2));

        ANALYST.execute("mutation($id: ID!) { unaffiliate(affiliationId: $id) { id affiliations { id } } }", Map.of("id", affiliation))
                .body("data.unaffiliate.id", is(kovalenko))
                .body("data.unaffiliate.affiliations", hasSize(0));
        ANALYST.execute("mutation($id: ID!) { unaffiliate(affiliationId: $id) { id } }", Map.of("id", affiliation))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void aliasesCanBeAddedAndRemovedAndAConflictNamesTheSourceThatHoldsTheName() {
        String isw = source("Institute for the Study of War", "THINK_TANK");
        String other = source("Critical Threats Project", "THINK_TANK");
        ANALYST.execute("mutation($id: ID!, $a: String!) { addAlias(sourceId: $id, alias: $a) { aliases } }",
                        Map.of("id", isw, "a", "ISW " + suffix))
                .body("data.addAlias.aliases", contains("ISW " + suffix));
        ANALYST.execute("mutation($id: ID!, $a: String!) { addAlias(sourceId: $id, alias: $a) { id } }",
                        Map.of("id", other, "a", "isw " + suffix))
                .body("errors[0].extensions.code", is("CONFLICT"))
                .body("errors[0].extensions.existingId", is(isw));
        ANALYST.execute("mutation($id: ID!, $a: String!) { removeAlias(sourceId: $id, alias: $a) { aliases } }",
                        Map.of("id", isw, "a", "ISW " + suffix))
                .body("data.removeAlias.aliases", hasSize(0));
    }

    @Test
    void aWrongRelationCanBeUndone() {
        String article = SeedData.articleWithClaims(source("NK News", "OUTLET"), 2, source("Andrei Lankov", "ACADEMIC"));
        List<String> claims = VIEWER.execute("query($a: ID!) { claims(filter: {articleId: $a}) { edges { node { id } } } }",
                Map.of("a", article)).extract().path("data.claims.edges.node.id");
        Map<String, Object> relation = Map.of("fromClaimId", claims.get(0), "toClaimId", claims.get(1), "type", "SUPPORTS");
        ANALYST.execute("mutation($i: RelateClaimsInput!) { relateClaims(input: $i) { type } }", Map.of("i", relation))
                .body("errors", nullValue());
        ANALYST.execute("mutation($i: UnrelateClaimsInput!) { unrelateClaims(input: $i) }", Map.of("i", relation))
                .body("data.unrelateClaims", is(true));
        ANALYST.execute("mutation($i: UnrelateClaimsInput!) { unrelateClaims(input: $i) }", Map.of("i", relation))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void reliabilityIsReachablePerTopicAndAsOfADay() {
        String nk = source("Daily NK", "OUTLET");
        String reliability = "query($id: ID!, $topic: String, $asOf: DateTime) { source(id: $id) {"
                + " reliability(topic: $topic, asOf: $asOf) { computed { topic sampleSize } history { computedAt } } } }";
        VIEWER.execute(reliability, Map.of("id", nk))
                .body("errors", nullValue())
                .body("data.source.reliability.computed.topic", nullValue());
        VIEWER.execute(reliability, Map.of("id", nk, "topic", "casualties"))
                .body("errors", nullValue())
                .body("data.source.reliability.computed.topic", is("casualties"));
        VIEWER.execute(reliability, Map.of("id", nk, "asOf", "2020-01-01T00:00:00Z"))
                .body("errors", nullValue())
                .body("data.source.reliability.computed.sampleSize", is(0));
    }

    @Test
    void twoSetsOfReliabilityArgumentsInOneRequestAreRefusedRatherThanAnsweredAlike() {
        VIEWER.execute("""
                        query($id: ID!) { source(id: $id) { now: reliability { computed { topic } }
                          casualties: reliability(topic: "casualties") { computed { topic } } } }""",
                        Map.of("id", source("Yonhap", "OUTLET")))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("reliability"));
    }

    @Test
    void everyFieldResolvedForAWholePageTakesOneSetOfArgumentsPerRequest() {
        String twoPages = """
                query($n: Int) { articles(first: 1) { edges { node {
                  short: claims(first: 1) { totalCount } long: claims(first: $n) { totalCount } } } } }""";
        VIEWER.execute(twoPages, Map.of("n", 5))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("claims"));
        // The same arguments twice, one of them through a variable, are one set.
        VIEWER.execute(twoPages, Map.of("n", 1))
                .body("errors", nullValue());
        VIEWER.execute("""
                        { sources(first: 1) { edges { node { origins: claims(role: ORIGIN) { totalCount } relays: claims(role: RELAY) { totalCount } } } } }""")
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("claims"));
    }

    @Test
    void aMergedDuplicateIsAVisibleRedirectAndItsClaimsCountForTheSurvivor() {
        String survivor = source("Alexander Matsegora", "PERSON");
        String duplicate = source("A. I. Matsegora", "PERSON");
        String publisher = source("Rossiyskaya Gazeta", "OUTLET");
        SeedData.articleWithClaims(publisher, 2, duplicate);
        SeedData.articleWithClaims(publisher, 1, survivor);
        ADMIN.execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id mergedFrom } }",
                        Map.of("s", survivor, "d", duplicate))
                .body("data.mergeSources.mergedFrom", contains(duplicate));

        VIEWER.execute("query($id: ID!) { source(id: $id) { id mergedFrom } }", Map.of("id", duplicate))
                .body("data.source.id", is(survivor))
                .body("data.source.mergedFrom", hasItem(duplicate));
        VIEWER.execute("query($s: [ID!]) { claims(filter: {originSourceIds: $s}) { totalCount totalCountEstimated } }", Map.of("s", List.of(survivor)))
                .body("data.claims.totalCount", is(3))
                .body("data.claims.totalCountEstimated", is(false));
        VIEWER.execute("query($id: ID!) { source(id: $id) { claims(role: ORIGIN) { totalCount } } }", Map.of("id", survivor))
                .body("data.source.claims.totalCount", is(3));
    }

    @Test
    void aChainCannotNameOneSourceTwiceInARowEvenThroughAMerge() {
        String gazeta = source("RG daily", "OUTLET");
        String echo = source("RG daily echo", "OUTLET");
        String article = SeedData.articleWithClaims(gazeta, 1, echo);
        String create = "mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }";
        Map<String, Object> claim = Map.of("articleId", article, "statement", "A claim relayed by its own origin.",
                "claimedAt", "2025-01-15T00:00:00Z", "attribution", List.of(
                        Map.of("role", "ORIGIN", "sourceId", gazeta, "channel", "REPORT"),
                        Map.of("role", "RELAY", "sourceId", gazeta, "verb", "REPORTED")));
        ANALYST.execute(create, Map.of("i", claim))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.attribution[1].sourceId"));
        ADMIN.execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }", Map.of("s", gazeta, "d", echo));
        ANALYST.execute(create, Map.of("i", Map.of("articleId", article, "statement", "Relayed by its own duplicate.",
                        "claimedAt", "2025-01-15T00:00:00Z", "attribution", List.of(
                                Map.of("role", "ORIGIN", "sourceId", gazeta, "channel", "REPORT"),
                                Map.of("role", "RELAY", "sourceId", echo, "verb", "REPORTED")))))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.attribution[1].sourceId"));
    }

    @Test
    void anOriginThatContradictsItsOwnSupportIsWithdrawnAndTheExplanationSaysSo() {
        String imagery = source("Maxar imagery", "ORGANIZATION");
        String agency = source("Ukrinform", "OUTLET");
        String article = SeedData.articleWithClaims(source("Kyiv Independent", "OUTLET"), 1, imagery);
        String claim = VIEWER.execute("query($a: ID!) { claims(filter: {articleId: $a}) { edges { node { id } } } }",
                Map.of("a", article)).extract().path("data.claims.edges[0].node.id");
        String supporting = createClaim(article, agency, "The bridge is down.");
        String later = createClaim(article, imagery, "The bridge stands.");
        relate(supporting, claim, "SUPPORTS");
        relate(later, claim, "CONTRADICTS");

        VIEWER.execute("query($id: ID!) { claim(id: $id) { corroboration { independentOrigins suggestedCredibility explanation"
                        + " originGroups { disputed } contradicting { independentOrigins } } } }", Map.of("id", claim))
                .body("errors", nullValue())
                .body("data.claim.corroboration.independentOrigins", is(1))
                .body("data.claim.corroboration.suggestedCredibility", is(3))
                .body("data.claim.corroboration.originGroups.disputed", hasItem(true))
                .body("data.claim.corroboration.contradicting.independentOrigins", is(0))
                .body("data.claim.corroboration.explanation", containsString("both supports and contradicts it"));
    }

    @Test
    void anErrorBeforeAnyResolverNamesTheArgument() {
        VIEWER.execute("query($n: Int) { claims(first: $n) { totalCount } }", Map.of("n", "ten"))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", org.hamcrest.Matchers.oneOf("n", "first"));
        VIEWER.execute("{ claims(filter: {status: [NOPE]}) { totalCount } }")
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", notNullValue())
                .body("errors[0].message", not(containsString("EnumValue")));
    }

    @Test
    void aCursorContinuesOnlyTheListItCameFrom() {
        String origin = source("Yonhap", "OUTLET");
        SeedData.articleWithClaims(source("Korea Herald", "OUTLET"), 3, origin);
        String byOrigin = "query($s: [ID!], $after: String, $order: ClaimOrder) { claims(first: 1, after: $after,"
                + " filter: {originSourceIds: $s}, orderBy: $order) { pageInfo { endCursor } edges { node { id } } } }";
        String cursor = VIEWER.execute(byOrigin, Map.of("s", List.of(origin))).extract().path("data.claims.pageInfo.endCursor");
        VIEWER.execute(byOrigin, Map.of("s", List.of(origin), "after", cursor))
                .body("errors", nullValue())
                .body("data.claims.edges", hasSize(1));

        Map<String, Object> otherOrder = Map.of("s", List.of(origin), "after", cursor,
                "order", Map.of("field", "CLAIMED_AT", "direction", "ASC"));
        for (Map<String, Object> misuse : List.<Map<String, Object>>of(otherOrder, Map.of("after", cursor))) {
            VIEWER.execute(byOrigin, misuse)
                    .body("errors[0].extensions.code", is("VALIDATION"))
                    .body("errors[0].extensions.field", is("after"))
                    .body("errors[0].message", containsString("another list, order or filter"));
        }
        String sourcesCursor = VIEWER.execute("{ sources(first: 1) { pageInfo { endCursor } } }")
                .extract().path("data.sources.pageInfo.endCursor");
        VIEWER.execute(byOrigin, Map.of("s", List.of(origin), "after", sourcesCursor))
                .body("errors[0].extensions.code", is("VALIDATION"));

        // The first page of Source.claims is the list claims(filter: {originSourceIds}) gives: its cursor goes on there.
        String fromSource = VIEWER.execute("query($id: ID!) { source(id: $id) { claims(first: 1, role: ORIGIN) { pageInfo { endCursor } } } }",
                Map.of("id", origin)).extract().path("data.source.claims.pageInfo.endCursor");
        VIEWER.execute(byOrigin, Map.of("s", List.of(origin), "after", fromSource)).body("errors", nullValue());
    }

    private String source(String name, String kind) {
        return SeedData.source(name + " " + suffix, kind);
    }

    private static String createClaim(String article, String origin, String statement) {
        return ANALYST.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }", Map.of("i", Map.of(
                        "articleId", article, "statement", statement, "claimedAt", "2025-01-15T00:00:00Z",
                        "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", origin, "channel", "REPORT")))))
                .body("errors", nullValue()).extract().path("data.createClaim.id");
    }

    private static void relate(String from, String to, String type) {
        ANALYST.execute("mutation($i: RelateClaimsInput!) { relateClaims(input: $i) { type } }",
                Map.of("i", Map.of("fromClaimId", from, "toClaimId", to, "type", type))).body("errors", nullValue());
    }
}
