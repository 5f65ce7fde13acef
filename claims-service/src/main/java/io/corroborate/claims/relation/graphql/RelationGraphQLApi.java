package io.corroborate.claims.relation.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.corroborate.claims.relation.ClaimRelation;
import io.corroborate.claims.relation.RelateClaimsInput;
import io.corroborate.claims.relation.UnrelateClaimsInput;
import io.corroborate.claims.relation.service.RelationService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class RelationGraphQLApi {

    private final RelationService relations;
    private final Caller caller;

    public RelationGraphQLApi(RelationService relations, Caller caller) {
        this.relations = relations;
        this.caller = caller;
    }

    @Mutation
    @Description("Relates one claim to another. A claim cannot relate to itself, and a relation cannot be added twice (CONFLICT).")
    public Uni<@NonNull ClaimRelation> relateClaims(@NonNull RelateClaimsInput input) {
        String user = caller.require(Role.ANALYST);
        return relations.relate(user, input);
    }

    @Mutation
    @Description("Removes a relation; NOT_FOUND if there is none.")
    public Uni<@NonNull Boolean> unrelateClaims(@NonNull UnrelateClaimsInput input) {
        caller.require(Role.ANALYST);
        return relations.unrelate(Inputs.id("input.fromClaimId", input.fromClaimId()),
                Inputs.id("input.toClaimId", input.toClaimId()), Inputs.required("input.type", input.type()));
    }

    @Description("Relations from or to this claim, oldest first.")
    public Uni<List<@NonNull List<@NonNull ClaimRelation>>> relations(@Source List<Claim> claims) {
        List<java.util.UUID> ids = claims.stream().map(claim -> claim.id).toList();
        return relations.forClaims(ids).map(byClaim -> ids.stream().map(byClaim::get).toList());
    }
}
