package io.corroborate.claims.corroboration.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.corroborate.claims.corroboration.Corroboration;
import io.corroborate.claims.corroboration.service.CorroborationService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class CorroborationGraphQLApi {

    private final CorroborationService corroboration;
    private final ClaimService claims;
    private final Caller caller;

    public CorroborationGraphQLApi(CorroborationService corroboration, ClaimService claims, Caller caller) {
        this.corroboration = corroboration;
        this.claims = claims;
        this.caller = caller;
    }

    @Description("How far the claim is corroborated, counting independent origins only. One call to sources-service"
            + " for the whole page.")
    public Uni<List<@NonNull Corroboration>> corroboration(@Source List<Claim> page) {
        caller.require(Role.VIEWER);
        return corroboration.of(page);
    }

    @Query
    @Description("Batch look-up for the gateway: the corroboration of each claim, in order; null where the claim is"
            + " not visible.")
    public Uni<@NonNull List<Corroboration>> corroborations(@NonNull List<@NonNull String> claimIds) {
        caller.require(Role.VIEWER);
        return claims.byIds(claimIds.stream().map(id -> Inputs.id("claimIds", id)).toList())
                .chain(found -> {
                    List<Claim> visible = found.stream().filter(java.util.Objects::nonNull).toList();
                    return corroboration.of(visible).map(computed -> {
                        java.util.Iterator<Corroboration> next = computed.iterator();
                        return found.stream().map(claim -> claim == null ? null : next.next()).toList();
                    });
                });
    }
}
