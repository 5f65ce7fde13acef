package io.corroborate.claims.bundle.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.article.service.ArticleService;
import io.corroborate.claims.bundle.BundleClaimInput;
import io.corroborate.claims.bundle.BundleInput;
import io.corroborate.claims.bundle.BundleRelationInput;
import io.corroborate.claims.claim.CreateClaimInput;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.error.ErrorMapper;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.relation.RelateClaimsInput;
import io.corroborate.claims.relation.service.RelationService;
import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.source.service.SourceReferences;
import io.quarkus.hibernate.reactive.panache.Panache;
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
    private final SourceReferences sourceReferences;

    public BundleService(ArticleService articles, ClaimService claims, RelationService relations,
            SourceReferences sourceReferences) {
        this.articles = articles;
        this.claims = claims;
        this.relations = relations;
        this.sourceReferences = sourceReferences;
    }

    /** Validates everything and checks every source in one call to sources-service, then writes in one transaction. */
    public Uni<Article> importBundle(String user, BundleInput input) {
        // Two imports of one article at once: the second insert of its URL fails, and that import, tried again, finds
        // the article the first one stored and returns it, as a later import would.
        return importOnce(user, input).onFailure(ErrorMapper::isUniqueViolation).recoverWithUni(() -> importOnce(user, input));
    }

    /** Checks the bundle as an import would, reading and writing nothing; fails with the import's VALIDATION errors. */
    public void validate(String user, BundleInput input) {
        build(user, input);
    }

    /** The article, claims and source references a bundle stands for, validated, before anything is read or stored. */
    private record Built(Article article, Map<String, Claim> claimsByKey, List<SourceReferences.Reference> references,
            List<BundleRelationInput> relations) {
    }

    private Built build(String user, BundleInput input) {
        List<BundleRelationInput> bundleRelations = input.relations() == null ? List.of() : input.relations();
        checkKeys(input.claims(), bundleRelations);
        Article article = ArticleService.build(user, input.article());
        Map<String, Claim> claimsByKey = new LinkedHashMap<>();
        List<SourceReferences.Reference> references = new ArrayList<>(ArticleService.publisherReference(article));
        for (int i = 0; i < input.claims().size(); i++) {
            BundleClaimInput claimInput = input.claims().get(i);
            Claim claim = claims.build(user, toClaim(claimInput));
            claimsByKey.put(claimInput.key(), claim);
            references.addAll(SourceReferences.ofChain("input.claims[" + i + "].attribution", claim.attribution));
        }
        return new Built(article, claimsByKey, references, bundleRelations);
    }

    private Uni<Article> importOnce(String user, BundleInput input) {
        Built built = build(user, input);
        Article article = built.article();
        Map<String, Claim> claimsByKey = built.claimsByKey();
        List<BundleRelationInput> bundleRelations = built.relations();
        return sourceReferences.resolve(built.references()).chain(survivors -> {
            article.publisherSourceId = ArticleService.survivorOf(article.publisherSourceId, survivors);
            List<Claim> inOrder = new ArrayList<>(claimsByKey.values());
            for (int i = 0; i < inOrder.size(); i++) {
                SourceReferences.applySurvivors("input.claims[" + i + "].attribution", inOrder.get(i).attribution, survivors);
            }
            return Panache.withTransaction(() -> articles.findOrCreate(article).chain(result -> {
                if (!result.created()) {
                    return Uni.createFrom().item(result.article());
                }
                List<Claim> newClaims = new ArrayList<>(claimsByKey.values());
                newClaims.forEach(claim -> claim.articleId = result.article().id);
                Uni<Void> chain = claims.persistAllNew(newClaims);
                for (BundleRelationInput relation : bundleRelations) {
                    chain = chain.chain(() -> relations.relateInCurrentTransaction(user, new RelateClaimsInput(
                            claimsByKey.get(relation.fromKey()).id.toString(), claimsByKey.get(relation.toKey()).id.toString(),
                            relation.type(), relation.rationale())).replaceWithVoid());
                }
                return chain.replaceWith(result.article());
            }));
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

    private static CreateClaimInput toClaim(BundleClaimInput claim) {
        return new CreateClaimInput(null, claim.statement(), claim.quote(), claim.claimedAt(),
                claim.topics(), claim.figures(), claim.marking(), claim.attribution());
    }
}
