package io.corroborate.gateway.intake;

import static io.corroborate.gateway.downstream.GraphQLService.operation;
import static io.corroborate.gateway.downstream.GraphQLService.variables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;

import io.corroborate.gateway.article.Article;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.GraphQLService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** claims-service's article intake (configuration key {@code claims}), with the caller's token and selection. */
@ApplicationScoped
public class IntakeClient {

    private final GraphQLService service;

    public IntakeClient(Vertx vertx, Jsonb jsonb) {
        this.service = new GraphQLService("claims", vertx, jsonb);
    }

    public Uni<IntakeProposals> proposeClaims(IntakeInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("query", "$input: IntakeInput!", "proposeClaims(input: $input)", selection),
                variables("input", input), authorization, IntakeProposals.class);
    }

    public Uni<Article> acceptProposals(AcceptProposalsInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: AcceptProposalsInput!", "acceptProposals(input: $input)", selection),
                variables("input", input), authorization, Article.class);
    }
}
