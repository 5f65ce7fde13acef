package io.corroborate.claims.corroboration.service;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimParts;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.error.ErrorCode;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Slice;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.corroboration.Corroboration;
import io.corroborate.claims.corroboration.Report;
import io.corroborate.claims.relation.ClaimRelation;
import io.corroborate.claims.relation.RelationType;
import io.corroborate.claims.relation.service.RelationService;
import io.corroborate.claims.source.client.IndependenceGroup;
import io.corroborate.claims.source.client.IndependenceRequest;
import io.corroborate.claims.source.client.SourcesClient;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;

/**
 * Computes corroboration for a page of claims: their relations and related claims from this service (only what the
 * caller may see), and the independence of all their origins from sources-service in <b>one</b> batched call.
 */
@ApplicationScoped
public class CorroborationService {

    private static final Logger LOG = Logger.getLogger(CorroborationService.class);

    private final RelationService relations;
    private final ClaimService claims;
    private final SourcesClient sources;
    private final Caller caller;

    public CorroborationService(RelationService relations, ClaimService claims, SourcesClient sources, Caller caller) {
        this.relations = relations;
        this.claims = claims;
        this.sources = sources;
        this.caller = caller;
    }

    /** How many claims the circular-reporting filter examines at most: it computes corroboration for each. */
    static final int MAX_CANDIDATES = 500;

    /**
     * A page of the claims with circular reporting. Only claims that something supports can be circular; those
     * (up to {@value #MAX_CANDIDATES}) are assessed, and the page is cut from the circular ones in the same order.
     */
    @WithSession
    public Uni<Slice<Claim>> circularPage(ClaimCriteria criteria, ClaimOrder order, PageRequest page) {
        return claims.page(criteria.withSupportOnly(), order, new PageRequest(MAX_CANDIDATES, null, "circular-candidates", false), ClaimParts.ALL)
                .chain(candidates -> of(candidates.fetched()).map(assessed -> {
                    List<Claim> circular = new ArrayList<>();
                    for (int i = 0; i < assessed.size(); i++) {
                        if (assessed.get(i).circularReporting()) {
                            circular.add(candidates.fetched().get(i));
                        }
                    }
                    int start = 0;
                    if (page.after() != null) {
                        for (int i = 0; i < circular.size(); i++) {
                            if (circular.get(i).id.toString().equals(page.after().id())) {
                                start = i + 1;
                            }
                        }
                    }
                    int end = Math.min(circular.size(), start + page.fetchSize());
                    return new Slice<>(circular.subList(start, end), circular.size());
                }));
    }

    /** Corroboration of each claim, in order. */
    @WithSession
    public Uni<List<Corroboration>> of(List<Claim> page) {
        List<UUID> ids = page.stream().map(claim -> claim.id).toList();
        return relations.forClaims(ids).chain(byClaim -> {
            Set<UUID> related = new LinkedHashSet<>();
            byClaim.values().forEach(list -> list.forEach(relation -> {
                related.add(relation.fromClaimId);
                related.add(relation.toClaimId);
            }));
            related.removeAll(ids);
            return claims.byIds(new ArrayList<>(related)).chain(found -> {
                Map<UUID, Claim> known = new HashMap<>();
                page.forEach(claim -> known.put(claim.id, claim));
                found.stream().filter(Objects::nonNull).forEach(claim -> known.put(claim.id, claim));
                List<Sides> sides = page.stream().map(claim -> sides(claim, byClaim.getOrDefault(claim.id, List.of()), known)).toList();
                List<IndependenceRequest> questions = sides.stream().map(Sides::question).toList();
                return sources.independenceGroupsBatch(questions, "Bearer " + caller.bearerToken())
                        .onFailure().transform(failure -> {
                            LOG.warnf("sources-service did not group the origins: %s %s", failure.getMessage(),
                                    failure instanceof GraphQLClientException answer ? answer.getErrors() : "");
                            return new ApiException(ErrorCode.UNAVAILABLE,
                                    "sources-service cannot be reached to tell which origins are independent", null);
                        })
                        .map(answers -> {
                            List<Corroboration> result = new ArrayList<>();
                            for (int i = 0; i < sides.size(); i++) {
                                Sides side = sides.get(i);
                                result.add(CorroborationRules.assess(side.self(), side.supporting(), side.contradicting(), answers.get(i)));
                            }
                            return result;
                        });
            });
        });
    }

    private record Sides(Claim claim, Report self, List<Report> supporting, List<Report> contradicting) {

        IndependenceRequest question() {
            Set<String> origins = new LinkedHashSet<>();
            origins.add(self.originSourceId());
            supporting.forEach(report -> origins.add(report.originSourceId()));
            contradicting.forEach(report -> origins.add(report.originSourceId()));
            return new IndependenceRequest(new ArrayList<>(origins), claim.claimedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
    }

    /** The claim's supporting and contradicting reports, among the related claims the caller may see. */
    private static Sides sides(Claim claim, List<ClaimRelation> relationsOfClaim, Map<UUID, Claim> known) {
        List<Report> supporting = new ArrayList<>();
        List<Report> contradicting = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (ClaimRelation relation : relationsOfClaim) {
            UUID otherId = relation.fromClaimId.equals(claim.id) ? relation.toClaimId : relation.fromClaimId;
            Claim other = known.get(otherId);
            if (other == null || !seen.add(otherId)) {
                continue;
            }
            Report report = report(other, relation.type);
            if (relation.type == RelationType.CONTRADICTS) {
                contradicting.add(report);
            } else {
                supporting.add(report);
            }
        }
        return new Sides(claim, report(claim, null), supporting, contradicting);
    }

    private static Report report(Claim claim, RelationType relation) {
        return new Report(claim.id.toString(), claim.statement, claim.originSourceId().toString(), relation);
    }
}
