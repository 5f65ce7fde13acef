package io.corroborate.claims.intake.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.corroborate.claims.intake.AcceptProposalsInput;
import io.corroborate.claims.intake.IntakeInput;
import io.corroborate.claims.intake.IntakeProposals;
import io.corroborate.claims.intake.service.AcceptanceService;
import io.corroborate.claims.intake.service.IntakeService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class IntakeGraphQLApi {

    private final IntakeService intake;
    private final AcceptanceService acceptance;
    private final Caller caller;

    public IntakeGraphQLApi(IntakeService intake, AcceptanceService acceptance, Caller caller) {
        this.intake = intake;
        this.acceptance = acceptance;
        this.caller = caller;
    }

    @Query
    @Description("Reads an article (plain text or HTML, at most 200,000 characters) and proposes its attributed claims, each"
            + " with its chain: origin, each relay the text names, then the publisher; every source mention matched against"
            + " the known sources the caller may see. Stores nothing: accept proposals with acceptProposals. An article"
            + " without attributions gives an empty list. Needs the analyst role.")
    public Uni<@NonNull IntakeProposals> proposeClaims(@NonNull IntakeInput input) {
        caller.require(Role.ANALYST);
        return intake.propose(input, "Bearer " + caller.bearerToken());
    }

    @Mutation
    @Description("Accepts an article's proposals in one call: creates the new sources the analyst confirmed (reusing one of"
            + " exactly the same name), then imports the article with its claims and chains as importBundle does. Hops and the"
            + " publisher name a new source as \"new:<key>\". Accepting the same article URL again changes nothing and returns"
            + " the existing article. Needs the analyst role.")
    public Uni<@NonNull Article> acceptProposals(@NonNull AcceptProposalsInput input) {
        String user = caller.require(Role.ANALYST);
        if (input.bundle() != null) {
            caller.requireClearanceFor("input.bundle.article.marking", input.bundle().article().marking());
            for (int i = 0; i < input.bundle().claims().size(); i++) {
                caller.requireClearanceFor("input.bundle.claims[" + i + "].marking", input.bundle().claims().get(i).marking());
            }
        }
        if (input.newSources() != null) {
            for (int i = 0; i < input.newSources().size(); i++) {
                caller.requireClearanceFor("input.newSources[" + i + "].marking", input.newSources().get(i).marking());
            }
        }
        return acceptance.accept(user, input, "Bearer " + caller.bearerToken());
    }
}
