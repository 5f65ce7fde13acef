package io.corroborate.claims.intake;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.Seed;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Article intake through claims-service's API, with the real sources-service matching the mentions. */
@QuarkusTest
class IntakeTest {

    private static final String PROPOSE = """
            query($i: IntakeInput!) { proposeClaims(input: $i) { text proposals { statement quote confidence cueKind
              cue { text } source { text } content { start end text } continuation { start end text }
              chain { role verb mention name resolved match { sourceId name score } alternatives { sourceId } suggestedSource { name kind } } } } }""";

    @Test
    void nestedAttributionsBecomeChainsMatchedToKnownSourcesWithThePublisherLast() {
        String text = "Rossiyskaya Gazeta reported, citing Alexander Matsegora, that Pyongyang declined any payment for the care of wounded soldiers.\n"
                + "Zorblax Quentin, a retired colonel, told reporters that the front was quiet.";
        JsonPath answer = Seed.ANALYST.execute(PROPOSE, Map.of("i", input(text, Map.of("publisherSourceId", Seed.PUBLISHER))))
                .body("errors", nullValue())
                .extract().jsonPath();

        assertChain(answer, 0, List.of(Seed.MATSEGORA, Seed.ROSSIYSKAYA_GAZETA, Seed.PUBLISHER));
        assertEquals(Arrays.asList(null, "CITED", "REPORTED"),
                answer.getList("data.proposeClaims.proposals[0].chain.verb"));
        assertEquals("Pyongyang declined any payment for the care of wounded soldiers.",
                answer.getString("data.proposeClaims.proposals[0].statement"));

        // No known source is Zorblax Quentin: a new one is suggested, as a person.
        assertNull(answer.get("data.proposeClaims.proposals[1].chain[0].match"));
        assertEquals("Zorblax Quentin", answer.getString("data.proposeClaims.proposals[1].chain[0].suggestedSource.name"));
        assertEquals("PERSON", answer.getString("data.proposeClaims.proposals[1].chain[0].suggestedSource.kind"));
    }

    @Test
    void htmlIsReadAsItsTextAndOffsetsPointIntoThatText() {
        JsonPath answer = Seed.ANALYST.execute(PROPOSE, Map.of("i", input(
                        "<p>Officials said the <b>bridge</b> was closed.</p><script>steal()</script>", Map.of("format", "HTML"))))
                .body("errors", nullValue())
                .extract().jsonPath();
        String text = answer.getString("data.proposeClaims.text");
        assertEquals("Officials said the bridge was closed.", text);
        int start = answer.getInt("data.proposeClaims.proposals[0].content.start");
        int end = answer.getInt("data.proposeClaims.proposals[0].content.end");
        assertEquals(answer.getString("data.proposeClaims.proposals[0].content.text"), text.substring(start, end));
    }

    @Test
    void aQuotationThatGoesOnAfterItsSpeakerIsOneProposalWithEveryPassage() {
        String text = "“The front is quiet,” Zorblax Quentin said. “Nobody has moved for a week.”";
        JsonPath answer = Seed.ANALYST.execute(PROPOSE, Map.of("i", input(text, Map.of())))
                .body("errors", nullValue())
                .extract().jsonPath();
        assertEquals(1, answer.getList("data.proposeClaims.proposals").size(), answer.prettify());
        assertEquals("“Nobody has moved for a week.”", answer.getString("data.proposeClaims.proposals[0].continuation[0].text"));
        int start = answer.getInt("data.proposeClaims.proposals[0].continuation[0].start");
        int end = answer.getInt("data.proposeClaims.proposals[0].continuation[0].end");
        assertEquals("“Nobody has moved for a week.”", text.substring(start, end));
        assertEquals("The front is quiet. Nobody has moved for a week.", answer.getString("data.proposeClaims.proposals[0].statement"));
        assertEquals("The front is quiet, … Nobody has moved for a week.", answer.getString("data.proposeClaims.proposals[0].quote"));
    }

    @Test
    void anArticleWithoutAttributionProposesNothing() {
        Seed.ANALYST.execute(PROPOSE, Map.of("i", input("The bridge is closed. Traffic is slow on the ring road.", Map.of())))
                .body("errors", nullValue())
                .body("data.proposeClaims.proposals", empty());
    }

    @Test
    void aSourceAboveTheAnalystsClearanceIsNeverProposedAsAMatch() {
        String sourcesUrl = ConfigProvider.getConfig().getValue("corroborate.test.sources-url", String.class);
        Seed.ADMIN.on(sourcesUrl).execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                Map.of("i", Map.of("name", "Quillon Varga", "kind", "PERSON", "marking", "RED"))).body("errors", nullValue());
        GraphQLClient green = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "gwen", "analyst"));

        green.execute(PROPOSE, Map.of("i", input("Quillon Varga said the depot burned down overnight.", Map.of())))
                .body("errors", nullValue())
                .body("data.proposeClaims.proposals[0].chain[0].match", nullValue())
                .body("data.proposeClaims.proposals[0].chain[0].alternatives", empty())
                .body("data.proposeClaims.proposals[0].chain[0].suggestedSource.name", is("Quillon Varga"));
    }

    @Test
    void badInputIsRefusedWithItsCode() {
        refused(Seed.ANALYST, input(" ", Map.of()), "VALIDATION", "input.text");
        refused(Seed.ANALYST, input("a".repeat(200_001), Map.of()), "LIMIT", "input.text");
        refused(Seed.ANALYST, input("Officials said the bridge\u0007 was closed.", Map.of()), "VALIDATION", "input.text");
        refused(Seed.ANALYST, input("Officials said the bridge was closed.", Map.of("threshold", 2)), "VALIDATION", "input.threshold");
        refused(Seed.ANALYST, input("Officials said the bridge was closed.", Map.of("url", "ftp://example.test/a")), "VALIDATION", "input.url");
        refused(Seed.ANALYST, input("Officials said the bridge was closed.", Map.of("publisherSourceId", "00000000-0000-0000-0000-000000000009")),
                "VALIDATION", "input.publisherSourceId");
        Seed.VIEWER.execute(PROPOSE, Map.of("i", input("Officials said the bridge was closed.", Map.of())))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("FORBIDDEN"));
    }

    private static void refused(GraphQLClient client, Map<String, Object> input, String code, String field) {
        client.execute(PROPOSE, Map.of("i", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is(code))
                .body("errors[0].extensions.field", is(field));
    }

    private static void assertChain(JsonPath answer, int proposal, List<String> sourceIds) {
        assertEquals(sourceIds,
                answer.getList("data.proposeClaims.proposals[" + proposal + "].chain.match.sourceId"), answer.prettify());
    }

    private static Map<String, Object> input(String text, Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(Map.of("text", text, "url", "https://news.example.test/intake"));
        input.putAll(more);
        return input;
    }

    private static final String ACCEPT = "mutation($i: AcceptProposalsInput!) { acceptProposals(input: $i) { id claims { edges { node { attribution { role sourceId } } } } } }";

    @Test
    void acceptingCreatesTheConfirmedNewSourcesAndTheClaimsOnceWhateverTheRetries() {
        String url = "https://news.example.test/accepted-" + UUID.randomUUID();
        Map<String, Object> input = acceptance(url, "zq", "Velt harbour reopening");

        JsonPath first = Seed.ANALYST.execute(ACCEPT, Map.of("i", input)).body("errors", nullValue()).extract().jsonPath();
        String origin = first.getString("data.acceptProposals.claims.edges[0].node.attribution[0].sourceId");
        assertEquals(Seed.ROSSIYSKAYA_GAZETA, first.getString("data.acceptProposals.claims.edges[0].node.attribution[1].sourceId"));

        // A retry changes nothing: the same article, and no second Brannoch Velt.
        Seed.ANALYST.execute(ACCEPT, Map.of("i", input)).body("errors", nullValue())
                .body("data.acceptProposals.id", is(first.getString("data.acceptProposals.id")));
        String sourcesUrl = ConfigProvider.getConfig().getValue("corroborate.test.sources-url", String.class);
        Seed.ANALYST.on(sourcesUrl).execute("{ searchSources(text: \"Brannoch Velt\") { id name } }")
                .body("data.searchSources.id", contains(origin));
    }

    @Test
    void anUnknownNewSourceKeyIsValidationAndStoresNothing() {
        String tag = "Tag" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Map<String, Object> input = acceptance("https://news.example.test/refused-" + tag, "missing", "Velt harbour " + tag);
        Seed.ANALYST.execute(ACCEPT, Map.of("i", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.bundle.claims[0].attribution[0].sourceId"));
        Seed.ANALYST.execute("query($s: String) { articles(filter: {search: $s}) { totalCount } }", Map.of("s", tag))
                .body("data.articles.totalCount", is(0));
    }

    @Test
    void aBadClaimInAcceptedProposalsCreatesNoSourceEither() {
        String tag = "Tag" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Map<String, Object> input = acceptance("https://news.example.test/bad-" + tag, "zq", "Velt harbour " + tag);
        @SuppressWarnings("unchecked")
        Map<String, Object> bundle = new HashMap<>((Map<String, Object>) input.get("bundle"));
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = new HashMap<>(((List<Map<String, Object>>) bundle.get("claims")).get(0));
        claim.put("statement", "");
        bundle.put("claims", List.of(claim));
        Map<String, Object> bad = Map.of("bundle", bundle,
                "newSources", List.of(Map.of("key", "zq", "name", "Quorra " + tag, "kind", "PERSON")));

        Seed.ANALYST.execute(ACCEPT, Map.of("i", bad))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VALIDATION"));
        String sourcesUrl = ConfigProvider.getConfig().getValue("corroborate.test.sources-url", String.class);
        Seed.ANALYST.on(sourcesUrl).execute("query($t: String!) { searchSources(text: $t) { name } }", Map.of("t", "Quorra " + tag))
                .body("data.searchSources.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Quorra " + tag)));
    }

    /** An article whose one claim comes from a new source (key "zq"), referenced as {@code new:<reference>}, relayed by Rossiyskaya Gazeta. */
    private static Map<String, Object> acceptance(String url, String reference, String title) {
        Map<String, Object> article = Map.of("url", url, "title", title, "publisherSourceId", Seed.PUBLISHER);
        Map<String, Object> claim = Map.of("key", "c1", "statement", "The harbour reopened to grain ships.", "claimedAt", "2025-02-01T00:00:00Z",
                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", "new:" + reference, "channel", "STATEMENT"),
                        Map.of("role", "RELAY", "sourceId", Seed.ROSSIYSKAYA_GAZETA, "verb", "REPORTED")));
        return Map.of("bundle", Map.of("article", article, "claims", List.of(claim)),
                "newSources", List.of(Map.of("key", "zq", "name", "Brannoch Velt", "kind", "PERSON")));
    }
}
