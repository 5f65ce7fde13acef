package io.corroborate.claims.bundle.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.bundle.BundleInput;
import io.corroborate.claims.bundle.service.BundleService;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class BundleGraphQLApi {

    private final BundleService bundles;
    private final Caller caller;

    public BundleGraphQLApi(BundleService bundles, Caller caller) {
        this.bundles = bundles;
        this.caller = caller;
    }

    @Mutation
    @Description("Imports an article with its claims, chains and relations in one transaction. Importing the same"
            + " article URL again changes nothing and returns the existing article. Needs the analyst role.")
    public Uni<@NonNull Article> importBundle(@NonNull BundleInput input) {
        String user = caller.require(Role.ANALYST);
        caller.requireClearanceFor("input.article.marking", input.article().marking());
        for (int i = 0; i < input.claims().size(); i++) {
            caller.requireClearanceFor("input.claims[" + i + "].marking", input.claims().get(i).marking());
        }
        return bundles.importBundle(user, input);
    }
}
