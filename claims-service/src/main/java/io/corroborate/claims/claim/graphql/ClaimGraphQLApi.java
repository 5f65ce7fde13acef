package io.corroborate.claims.claim.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimFilter;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.CreateClaimInput;
import io.corroborate.claims.claim.HopRole;
import io.corroborate.claims.claim.UpdateClaimInput;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.corroboration.service.CorroborationService;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Paging;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ClaimGraphQLApi {

    private static final int MAX_BATCH = 500;

    private final ClaimService claims;
    private final CorroborationService corroboration;
    private final Paging paging;
    private final Caller caller;
    private final ClaimSelection selection;

    public ClaimGraphQLApi(ClaimService claims, CorroborationService corroboration, Paging paging, Caller caller,
            ClaimSelection selection) {
        this.selection = selection;
        this.claims = claims;
        this.corroboration = corroboration;
        this.paging = paging;
        this.caller = caller;
    }

    @Query
    @Description("One claim. A missing or deleted claim is a NOT_FOUND error.")
    public Uni<@NonNull Claim> claim(@NonNull @Id String id) {
        caller.require(Role.VIEWER);
        return claims.get(Inputs.id("id", id));
    }

    @Query
    @Description("A page of claims, newest first unless orderBy says otherwise.")
    public Uni<@NonNull ClaimConnection> claims(Integer first, String after, ClaimFilter filter, ClaimOrder orderBy) {
        caller.require(Role.VIEWER);
        ClaimCriteria criteria = ClaimCriteria.from(filter);
        ClaimOrder order = orderBy == null ? ClaimOrder.NEWEST_FIRST : orderBy;
        boolean circularOnly = filter != null && filter.circularReporting() != null;
        PageRequest page = paging.request(first, after, Connections.scope(criteria, order, circularOnly));
        if (filter != null && filter.circularReporting() != null) {
            if (!filter.circularReporting()) {
                throw ApiException.validation("filter.circularReporting", "only true is supported");
            }
            return corroboration.circularPage(criteria, order, page).map(slice -> Connections.claims(paging, slice, page, order));
        }
        return claims.page(criteria, order, page, selection.ofConnection()).map(slice -> Connections.claims(paging, slice, page, order));
    }

    @Query
    @Description("Batch look-up: the claims with these ids, in the same order, null where none is visible.")
    public Uni<@NonNull List<Claim>> claimsByIds(@NonNull List<@NonNull String> ids) {
        caller.require(Role.VIEWER);
        return claims.byIds(ids(ids, "ids"));
    }

    @Query
    @Description("Batch look-up: for each source, the first page of the claims it appears in (as origin, relay, or either), newest first.")
    public Uni<@NonNull List<@NonNull SourceClaims>> claimsBySources(@NonNull List<@NonNull String> sourceIds,
            HopRole role, Integer first) {
        caller.require(Role.VIEWER);
        List<UUID> ids = ids(sourceIds, "sourceIds");
        return claims.firstPagesBySource(ids, role, paging.request(first, null, "claimsBySources"), selection.ofConnection())
                .map(found -> found.stream()
                        .map(s -> {
                            // Each source's page is the list claims(filter) gives for that source: its cursors go on there.
                            PageRequest page = paging.request(first, null,
                                    Connections.scope(ClaimCriteria.from(null).withSource(s.sourceId(), role), ClaimOrder.NEWEST_FIRST, false));
                            return new SourceClaims(s.sourceId().toString(), Connections.claims(paging, s.claims(), page, ClaimOrder.NEWEST_FIRST));
                        })
                        .toList());
    }

    /** Federation entity resolver for Claim, batched. */
    @Resolver
    public Uni<List<Claim>> claimsById(List<String> id) {
        caller.require(Role.VIEWER);
        return claims.byIds(ids(id, "id"));
    }

    @Mutation
    @Description("Records a claim with its attribution chain. Needs the analyst role.")
    public Uni<@NonNull Claim> createClaim(@NonNull CreateClaimInput input) {
        String user = caller.require(Role.ANALYST);
        caller.requireClearanceFor("input.marking", input.marking());
        return claims.create(user, input);
    }

    @Mutation
    @Description("Changes a claim. Pass the version you read: if the claim changed since, the update is refused with CONFLICT.")
    public Uni<@NonNull Claim> updateClaim(@NonNull @Id String id, @NonNull int version, @NonNull UpdateClaimInput input) {
        String user = caller.require(Role.ANALYST);
        caller.requireClearanceFor("input.marking", input.marking());
        return claims.update(user, Inputs.id("id", id), version, input);
    }

    @Mutation
    @Description("Hides a claim from every read; its history and events stay. Needs the admin role.")
    public Uni<@NonNull Boolean> deleteClaim(@NonNull @Id String id) {
        String user = caller.require(Role.ADMIN);
        return claims.delete(user, Inputs.id("id", id));
    }

    private static List<UUID> ids(List<String> ids, String field) {
        if (ids.size() > MAX_BATCH) {
            throw ApiException.validation(field, "at most " + MAX_BATCH + " ids per call");
        }
        return ids.stream().map(id -> Inputs.id(field, id)).toList();
    }
}
