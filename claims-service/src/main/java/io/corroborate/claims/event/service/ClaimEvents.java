package io.corroborate.claims.event.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimStatus;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Slice;
import io.corroborate.claims.event.ClaimEvent;
import io.corroborate.claims.event.ClaimEventType;
import io.corroborate.claims.event.repository.ClaimEventRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The claim outbox: writers append inside their own transaction; sources-service pages through the feed. */
@ApplicationScoped
public class ClaimEvents {

    private final ClaimEventRepository repository;

    public ClaimEvents(ClaimEventRepository repository) {
        this.repository = repository;
    }

    /**
     * Appends an event describing the claim as it now is, dated by the outbox (ClaimEventRepository.append). Must run
     * inside the transaction that changed it.
     */
    public Uni<Void> append(Claim claim, ClaimEventType type, ClaimStatus oldStatus) {
        return repository.append(describe(claim, type, oldStatus));
    }

    /** Appends one event per claim, in their order, under one take of the outbox lock. */
    public Uni<Void> appendAll(List<Claim> claims, ClaimEventType type) {
        return repository.appendAll(claims.stream().map(claim -> describe(claim, type, null)).toList());
    }

    private static ClaimEvent describe(Claim claim, ClaimEventType type, ClaimStatus oldStatus) {
        ClaimEvent event = new ClaimEvent();
        event.claimId = claim.id;
        event.type = type;
        event.originSourceId = claim.originSourceId();
        event.relaySourceIds = claim.relaySourceIds();
        event.topics = claim.topics;
        event.oldStatus = oldStatus;
        event.newStatus = claim.status;
        event.marking = claim.marking;
        return event;
    }

    @WithSession
    public Uni<Slice<ClaimEvent>> feed(PageRequest page) {
        long after = page.after() == null ? 0 : page.after().position();
        return (page.countTotal() ? repository.count() : Uni.createFrom().item(0L)).chain(total -> repository.after(after, page.fetchSize())
                .map(events -> new Slice<>(events, total)));
    }
}
