package io.corroborate.claims.intake.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.corroborate.claims.intake.IntakeInput;
import io.corroborate.claims.intake.IntakeProposals;
import io.corroborate.claims.intake.service.IntakeService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class IntakeGraphQLApi {

    private final IntakeService intake;
    private final Caller caller;

    public IntakeGraphQLApi(IntakeService intake, Caller caller) {
        this.intake = intake;
        this.caller = caller;
    }

    @Query
    @Description("Reads an article (plain text or HTML, at most 200,000 characters) and proposes its attributed claims, each"
            + " with its chain: origin, each relay the text names, then the publisher; every source mention matched against"
            + " the known sources the caller may see. Stores nothing: accept proposals with importBundle. An article"
            + " without attributions gives an empty list. Needs the analyst role.")
    public Uni<@NonNull IntakeProposals> proposeClaims(@NonNull IntakeInput input) {
        caller.require(Role.ANALYST);
        return intake.propose(input, "Bearer " + caller.bearerToken());
    }
}
