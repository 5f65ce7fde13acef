package io.corroborate.sources.affiliation.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.affiliation.AffiliateInput;
import io.corroborate.sources.affiliation.Affiliation;
import io.corroborate.sources.affiliation.service.AffiliationService;
import io.corroborate.sources.common.error.GraphQLOperation;
import io.corroborate.sources.common.input.Inputs;
import io.corroborate.sources.common.security.Caller;
import io.corroborate.sources.common.security.Role;
import io.corroborate.sources.source.Source;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class AffiliationGraphQLApi {

    private final AffiliationService affiliations;
    private final Caller caller;

    public AffiliationGraphQLApi(AffiliationService affiliations, Caller caller) {
        this.affiliations = affiliations;
        this.caller = caller;
    }

    @Mutation
    @Description("Records that one source depends on another, optionally between two dates, and returns the new"
            + " affiliation. Needs the analyst role.")
    public Uni<@NonNull Affiliation> affiliate(@NonNull AffiliateInput input) {
        String user = caller.require(Role.ANALYST);
        return affiliations.affiliate(user, input);
    }

    @Mutation
    @Description("Removes an affiliation. Returns the source it started from. Needs the analyst role.")
    public Uni<@NonNull Source> unaffiliate(@NonNull @Id String affiliationId) {
        caller.require(Role.ANALYST);
        return affiliations.unaffiliate(Inputs.id("affiliationId", affiliationId));
    }

    @Description("Affiliations from or to this source.")
    public Uni<List<@NonNull List<@NonNull Affiliation>>> affiliations(@org.eclipse.microprofile.graphql.Source List<Source> batch) {
        List<UUID> ids = batch.stream().map(source -> source.id).toList();
        return affiliations.forSources(ids).map(byId -> ids.stream().map(byId::get).toList());
    }
}
