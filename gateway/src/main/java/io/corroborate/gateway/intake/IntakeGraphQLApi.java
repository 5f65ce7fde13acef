package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.gateway.article.Article;
import io.corroborate.gateway.common.error.GraphQLOperation;
import io.corroborate.gateway.downstream.DownstreamCalls;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.Selections;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class IntakeGraphQLApi {

    private final IntakeClient intake;
    private final DownstreamCalls calls;
    private final Selections selections;

    public IntakeGraphQLApi(IntakeClient intake, DownstreamCalls calls, Selections selections) {
        this.intake = intake;
        this.calls = calls;
        this.selections = selections;
    }

    @Query
    @Description("Reads an article (plain text or HTML, at most 200,000 characters) and proposes its attributed claims, each"
            + " with its chain: origin, each relay the text names, then the publisher; every source mention matched against"
            + " the known sources the caller may see. Stores nothing: accept proposals with acceptProposals. An article"
            + " without attributions gives an empty list. Needs the analyst role.")
    public Uni<@NonNull IntakeProposals> proposeClaims(@NonNull IntakeInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> intake.proposeClaims(input, selection, authorization));
    }

    @Mutation
    @Description("Accepts an article's proposals in one call: creates the new sources the analyst confirmed (reusing one of"
            + " exactly the same name), then imports the article with its claims and chains as importBundle does. Hops and the"
            + " publisher name a new source as \"new:<key>\". Accepting the same article URL again changes nothing and returns"
            + " the existing article. Needs the analyst role.")
    public Uni<@NonNull Article> acceptProposals(@NonNull AcceptProposalsInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> intake.acceptProposals(input, selection, authorization));
    }
}
