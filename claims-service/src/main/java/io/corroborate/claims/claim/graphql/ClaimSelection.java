package io.corroborate.claims.claim.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import io.corroborate.claims.claim.ClaimParts;
import io.smallrye.graphql.api.Context;

/** Which parts of its claims a list being resolved needs, from what the client selected of them. */
@ApplicationScoped
public class ClaimSelection {

    /**
     * Fields of a claim that never read its chain. Any other field may (attribution, origin, corroboration), and so
     * may any field added later until it is listed here.
     */
    private static final Set<String> WITHOUT_CHAIN = Set.of("__typename", "id", "statement", "quote", "claimedAt", "topics",
            "status", "credibility", "marking", "version", "createdBy", "createdAt", "updatedAt", "figures", "articleId", "article");

    private final Context context;

    public ClaimSelection(Context context) {
        this.context = context;
    }

    /** The parts the claims of the connection being resolved need: its nodes, or those of the connections it holds. */
    public ClaimParts ofConnection() {
        List<SelectedField> fields = context.unwrap(DataFetchingEnvironment.class).getSelectionSet()
                .getFields("edges/node/*", "claims/edges/node/*");
        return new ClaimParts(fields.stream().anyMatch(field -> !WITHOUT_CHAIN.contains(field.getName())),
                fields.stream().anyMatch(field -> field.getName().equals("figures")));
    }
}
