package io.corroborate.claims.event.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.paging.Cursor;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Paging;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.corroborate.claims.event.service.ClaimEvents;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ClaimEventGraphQLApi {

    private final ClaimEvents events;
    private final Paging paging;
    private final Caller caller;

    public ClaimEventGraphQLApi(ClaimEvents events, Paging paging, Caller caller) {
        this.events = events;
        this.paging = paging;
        this.caller = caller;
    }

    @Query
    @Description("The claim event feed in position order, for services only. Events are kept: start with no cursor to replay.")
    public Uni<@NonNull ClaimEventConnection> claimEvents(Integer first, String after) {
        caller.require(Role.SERVICE);
        PageRequest page = paging.request(first, after, "claimEvents");
        return events.feed(page).map(slice -> paging.connection(slice.fetched(), page, slice.totalCount(),
                event -> Cursor.of(event.position), ClaimEventEdge::new, ClaimEventConnection::new));
    }
}
