package io.corroborate.claims.bundle.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.article.service.ArticleService;
import io.corroborate.claims.bundle.BundleClaimInput;
import io.corroborate.claims.bundle.BundleInput;
import io.corroborate.claims.bundle.BundleRelationInput;
import io.corroborate.claims.claim.CreateClaimInput;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.relation.RelateClaimsInput;
import io.corroborate.claims.relation.service.RelationService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Imports an article with its claims and relations in one transaction. Idempotent by article URL:
 * when the article already exists, the import returns it and writes nothing.
 */
@ApplicationScoped
public class BundleService {

    private static final int MAX_CLAIMS = 200;

    private final ArticleService articles;
    private final ClaimService claims;
    private final RelationService relations;

    public BundleService(ArticleService articles, ClaimService claims, RelationService relations) {
        this.articles = articles;
        this.claims = claims;
        this.relations = relations;
    }

    @WithTransaction
    public Uni<Article> importBundle(String user, BundleInput input) {
        List<BundleRelationInput> bundleRelations = input.relations() == null ? List.of() : input.relations();
        checkKeys(input.claims(), bundleRelations);
        return articles.findOrCreate(user, input.article()).chain(result -> {
            if (!result.created()) {
                return Uni.createFrom().item(result.article());
            }
            Map<String, UUID> idsByKey = new HashMap<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (BundleClaimInput claim : input.claims()) {
                chain = chain.chain(() -> claims.createInCurrentTransaction(user, toClaim(result.article(), claim))
                        .invoke(created -> idsByKey.put(claim.key(), created.id))
                        .replaceWithVoid());
            }
            for (BundleRelationInput relation : bundleRelations) {
                chain = chain.chain(() -> relations.relateInCurrentTransaction(user, new RelateClaimsInput(
                        idsByKey.get(relation.fromKey()).toString(), idsByKey.get(relation.toKey()).toString(),
                        relation.type(), relation.rationale())).replaceWithVoid());
            }
            return chain.replaceWith(result.article());
        });
    }

    private static void checkKeys(List<BundleClaimInput> claims, List<BundleRelationInput> relations) {
        if (claims.size() > MAX_CLAIMS) {
            throw ApiException.validation("input.claims", "at most " + MAX_CLAIMS + " claims per bundle");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            String key = Inputs.text("input.claims[" + i + "].key", claims.get(i).key(), 100);
            if (!keys.add(key)) {
                throw ApiException.validation("input.claims[" + i + "].key", "key " + key + " is used twice");
            }
        }
        for (int i = 0; i < relations.size(); i++) {
            if (!keys.contains(relations.get(i).fromKey())) {
                throw ApiException.validation("input.relations[" + i + "].fromKey", "no claim has this key");
            }
            if (!keys.contains(relations.get(i).toKey())) {
                throw ApiException.validation("input.relations[" + i + "].toKey", "no claim has this key");
            }
        }
    }

    private static CreateClaimInput toClaim(Article article, BundleClaimInput claim) {
        return new CreateClaimInput(article.id.toString(), claim.statement(), claim.quote(), claim.claimedAt(),
                claim.topics(), claim.figures(), claim.marking(), claim.attribution());
    }
}
