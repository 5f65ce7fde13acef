package io.corroborate.claims.history.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.history.ClaimChange;
import io.corroborate.claims.history.service.ClaimHistory;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class HistoryGraphQLApi {

    private final ClaimHistory history;

    public HistoryGraphQLApi(ClaimHistory history) {
        this.history = history;
    }

    @Description("Every change made to this claim after it was created, oldest first.")
    public Uni<List<@NonNull List<@NonNull ClaimChange>>> history(@Source List<Claim> claims) {
        List<UUID> ids = claims.stream().map(claim -> claim.id).toList();
        return history.forClaims(ids).map(byClaim -> ids.stream().map(id -> byClaim.getOrDefault(id, List.of())).toList());
    }
}
