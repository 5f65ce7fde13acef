package io.corroborate.claims.source;

import static io.corroborate.claims.Seed.ANALYST;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.Database;
import io.corroborate.claims.Seed;
import io.corroborate.claims.SourcesServiceTestResource;
import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/** Every source a claim or article names is checked against the real sources-service, in one call, before writing. */
@QuarkusTest
class SourceCheckTest {

    private static final String CREATE = "mutation($input: CreateClaimInput!) { createClaim(input: $input) { id attribution { sourceId } } }";

    @Test
    void anUnknownSourceIsRefusedAndNothingIsStored() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String before = Database.snapshot();

        ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "attribution", List.of(
                        Map.of("role", "ORIGIN", "sourceId", Seed.MATSEGORA, "channel", "INTERVIEW"),
                        Map.of("role", "RELAY", "sourceId", "00000000-0000-0000-0000-00000000beef", "verb", "REPORTED")))))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.attribution[1].sourceId"));
        assertEquals(before, Database.snapshot());
    }

    @Test
    void anUnknownPublisherIsRefused() {
        ANALYST.execute("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }",
                        Map.of("input", Seed.with(Seed.article(Seed.uniqueUrl()), "publisherSourceId", "00000000-0000-0000-0000-00000000beef")))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.publisherSourceId"));
    }

    @Test
    void aMergedDuplicateIsStoredAsItsSurvivor() {
        String survivor = Seed.source("Alexander Matsegora (survivor) " + System.nanoTime(), "PERSON");
        String duplicate = Seed.source("A. Matsegora (duplicate) " + System.nanoTime(), "PERSON");
        GraphQLClient.as("ada", "admin").on(ConfigProvider.getConfig().getValue("corroborate.test.sources-url", String.class))
                .execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }",
                        Map.of("s", survivor, "d", duplicate))
                .body("errors", org.hamcrest.Matchers.nullValue());

        ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())), "attribution",
                        List.of(Map.of("role", "ORIGIN", "sourceId", duplicate, "channel", "INTERVIEW")))))
                .body("data.createClaim.attribution.sourceId", contains(survivor));
    }

    @Test
    void whenSourcesServiceIsDownTheWriteIsUnavailableAndNothingIsStored() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String before = Database.snapshot();
        SourcesServiceTestResource.process().kill();
        try {
            ANALYST.execute(CREATE, Map.of("input", Seed.hospitalityClaim(articleId)))
                    .body("errors[0].extensions.code", is("UNAVAILABLE"));
            assertEquals(before, Database.snapshot());
        } finally {
            SourcesServiceTestResource.process().restart();
        }
        ANALYST.execute(CREATE, Map.of("input", Seed.hospitalityClaim(articleId)))
                .body("errors", org.hamcrest.Matchers.nullValue());
    }
}
