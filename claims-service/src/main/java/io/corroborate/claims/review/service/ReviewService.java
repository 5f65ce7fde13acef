package io.corroborate.claims.review.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimStatus;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.Timestamps;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.event.ClaimEventType;
import io.corroborate.claims.event.service.ClaimEvents;
import io.corroborate.claims.history.service.ClaimHistory;
import io.corroborate.claims.review.Review;
import io.corroborate.claims.review.ReviewClaimInput;
import io.corroborate.claims.review.repository.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Appends reviews; the newest sets the claim's status and credibility, and a status change emits an event. */
@ApplicationScoped
public class ReviewService {

    private final ReviewRepository repository;
    private final ClaimService claims;
    private final ClaimHistory history;
    private final ClaimEvents events;

    public ReviewService(ReviewRepository repository, ClaimService claims, ClaimHistory history, ClaimEvents events) {
        this.repository = repository;
        this.claims = claims;
        this.history = history;
        this.events = events;
    }

    @WithTransaction
    public Uni<Claim> review(String reviewer, ReviewClaimInput input) {
        return reviewInCurrentTransaction(reviewer, input);
    }

    public Uni<Claim> reviewInCurrentTransaction(String reviewer, ReviewClaimInput input) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.claimId = Inputs.id("input.claimId", input.claimId());
        review.status = Inputs.required("input.status", input.status());
        review.credibility = Inputs.credibility("input.credibility", Inputs.required("input.credibility", input.credibility()));
        review.rationale = Inputs.text("input.rationale", input.rationale(), 4000);
        review.reviewer = reviewer;
        review.reviewedAt = Timestamps.now();
        return claims.findLive(review.claimId).chain(claim -> {
            ClaimStatus oldStatus = claim.status;
            ClaimHistory.Changes changes = ClaimHistory.changes(claim.id, reviewer, review.reviewedAt);
            changes.add("status", claim.status, review.status);
            changes.add("credibility", claim.credibility, review.credibility);
            claim.status = review.status;
            claim.credibility = review.credibility;
            claim.updatedAt = review.reviewedAt;
            return repository.persist(review)
                    .chain(() -> history.record(changes))
                    .chain(() -> oldStatus == claim.status ? Uni.createFrom().nullItem()
                            : events.append(claim, ClaimEventType.STATUS_CHANGED, oldStatus))
                    .replaceWith(claim);
        });
    }

    @WithSession
    public Uni<Map<UUID, List<Review>>> forClaims(List<UUID> claimIds) {
        return repository.forClaims(claimIds).map(all -> all.stream().collect(Collectors.groupingBy(r -> r.claimId)));
    }
}
