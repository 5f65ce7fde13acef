package io.corroborate.gateway.corroboration;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.gateway.claim.Claim;
import io.corroborate.gateway.common.error.GraphQLOperation;
import io.corroborate.gateway.claim.ClaimsClient;
import io.corroborate.gateway.downstream.DownstreamCalls;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.Selections;
import io.corroborate.gateway.source.SourceLoader;
import io.smallrye.mutiny.Uni;

/** Corroboration is computed by claims-service, which owns relations and chains; the gateway adds the sources. */
@GraphQLApi
@GraphQLOperation
public class CorroborationGraphQLApi {

    private final ClaimsClient claims;
    private final SourceLoader sources;
    private final DownstreamCalls calls;
    private final Selections selections;

    public CorroborationGraphQLApi(ClaimsClient claims, SourceLoader sources, DownstreamCalls calls, Selections selections) {
        this.claims = claims;
        this.sources = sources;
        this.calls = calls;
        this.selections = selections;
    }

    @Description("How far the claim is corroborated, counting independent origins only (one call for the whole page).")
    public Uni<List<@NonNull Corroboration>> corroboration(@Source List<Claim> page) {
        List<String> ids = page.stream().map(Claim::id).toList();
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.corroborations(ids, selection, authorization));
    }

    @Description("The origin sources themselves; their fields come from sources-service.")
    public Uni<List<@NonNull List<io.corroborate.gateway.source.Source>>> sources(@Source List<OriginGroup> groups) {
        List<String> all = groups.stream().flatMap(group -> group.sourceIds().stream()).toList();
        return sources.load(all).map(found -> {
            List<List<io.corroborate.gateway.source.Source>> perGroup = new ArrayList<>();
            int next = 0;
            for (OriginGroup group : groups) {
                List<io.corroborate.gateway.source.Source> members = new ArrayList<>();
                for (int i = 0; i < group.sourceIds().size(); i++, next++) {
                    if (found.get(next) != null) {
                        members.add(found.get(next));
                    }
                }
                perGroup.add(members);
            }
            return perGroup;
        });
    }
}
