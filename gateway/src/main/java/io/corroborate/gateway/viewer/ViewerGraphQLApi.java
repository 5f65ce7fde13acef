package io.corroborate.gateway.viewer;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.gateway.common.error.GraphQLOperation;
import io.corroborate.gateway.common.security.Caller;

@GraphQLApi
@GraphQLOperation
public class ViewerGraphQLApi {

    private final Caller caller;

    public ViewerGraphQLApi(Caller caller) {
        this.caller = caller;
    }

    @Query
    @Description("Who the token says you are: username, roles and clearance. Answered by the gateway alone.")
    public @NonNull Viewer me() {
        return new Viewer(caller.username(), caller.roles(), caller.clearance());
    }
}
