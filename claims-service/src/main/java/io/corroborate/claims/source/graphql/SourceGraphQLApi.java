package io.corroborate.claims.source.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimParts;
import io.corroborate.claims.claim.HopRole;
import io.corroborate.claims.claim.graphql.ClaimConnection;
import io.corroborate.claims.claim.graphql.ClaimSelection;
import io.corroborate.claims.claim.graphql.Connections;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Paging;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The Source fields this subgraph contributes, and the federation link for the whole schema. */
@GraphQLApi
@GraphQLOperation
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = { @Import(name = "@key"), @Import(name = "@shareable") })
public class SourceGraphQLApi {

    private final ClaimService claims;
    private final Paging paging;
    private final Caller caller;
    private final ClaimSelection selection;

    public SourceGraphQLApi(ClaimService claims, Paging paging, Caller caller, ClaimSelection selection) {
        this.selection = selection;
        this.claims = claims;
        this.paging = paging;
        this.caller = caller;
    }

    /** Federation entity resolver: any id is a valid reference here; sources-service knows whether it exists. */
    @Resolver
    public List<Source> sourcesById(List<String> id) {
        return id.stream().map(Source::new).toList();
    }

    @Description("The claims this source appears in (as origin, relay, or either), newest first.")
    public Uni<List<@NonNull ClaimConnection>> claims(@org.eclipse.microprofile.graphql.Source List<Source> sources,
            Integer first, String after, HopRole role) {
        caller.require(Role.VIEWER);
        List<UUID> ids = sources.stream().map(source -> Inputs.id("id", source.id())).toList();
        if (after == null || after.isEmpty()) {
            return claims.firstPagesBySource(ids, role, paging.request(first, null, "claimsBySources"), selection.ofConnection())
                    .map(pages -> pages.stream()
                            .map(p -> Connections.claims(paging, p.claims(), pageOf(p.sourceId(), role, first, null),
                                    ClaimOrder.NEWEST_FIRST))
                            .toList());
        }
        // A cursor belongs to one source's list, so later pages are read source by source (one session: in turn).
        ClaimParts parts = selection.ofConnection();
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> {
                    PageRequest page = pageOf(id, role, first, after);
                    return claims.page(ClaimCriteria.from(null).withSource(id, role), ClaimOrder.NEWEST_FIRST, page, parts)
                            .map(slice -> Connections.claims(paging, slice, page, ClaimOrder.NEWEST_FIRST));
                })
                .collect().asList();
    }

    /** One source's list of claims is the list claims(filter) gives for it: the same scope, the same cursors. */
    private PageRequest pageOf(UUID sourceId, HopRole role, Integer first, String after) {
        return paging.request(first, after,
                Connections.scope(ClaimCriteria.from(null).withSource(sourceId, role), ClaimOrder.NEWEST_FIRST, false));
    }
}
