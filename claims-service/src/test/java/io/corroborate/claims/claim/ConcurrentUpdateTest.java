package io.corroborate.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.corroborate.claims.Database;
import io.corroborate.claims.Seed;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConcurrentUpdateTest {

    @Test
    void ofTwentyConcurrentUpdatesOnOneVersionExactlyOneWins() throws Exception {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        String update = "mutation($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, version: 0, input: $input) { version } }";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String statement = "Concurrent edit " + i;
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                var body = Seed.ANALYST.execute(update, Map.of("id", claimId, "input", Map.of("statement", statement)))
                        .extract().jsonPath();
                return body.getString("errors[0].extensions.code") == null ? "OK" : body.getString("errors[0].extensions.code");
            }, pool));
        }
        start.countDown();
        List<String> results = outcomes.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        assertEquals(1, results.stream().filter("OK"::equals).count(), results.toString());
        assertEquals(19, results.stream().filter("CONFLICT"::equals).count(), results.toString());
        assertEquals(1, Database.count("SELECT version FROM claim WHERE id = '" + claimId + "'"));
        assertEquals(1, Database.count("SELECT count(*) FROM claim_change WHERE claim_id = '" + claimId + "'"));
    }
}
