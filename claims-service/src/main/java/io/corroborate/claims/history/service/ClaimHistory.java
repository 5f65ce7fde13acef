package io.corroborate.claims.history.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.history.ClaimChange;
import io.corroborate.claims.history.repository.ClaimChangeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Records every changed field of a claim, and reads the record back. */
@ApplicationScoped
public class ClaimHistory {

    /** Collects the changes of one operation; unchanged fields are skipped. */
    public static final class Changes {
        private final UUID claimId;
        private final String changedBy;
        private final OffsetDateTime at;
        private final List<ClaimChange> changes = new ArrayList<>();

        private Changes(UUID claimId, String changedBy, OffsetDateTime at) {
            this.claimId = claimId;
            this.changedBy = changedBy;
            this.at = at;
        }

        public boolean add(String field, Object oldValue, Object newValue) {
            if (Objects.equals(oldValue, newValue)) {
                return false;
            }
            changes.add(ClaimChange.of(claimId, changedBy, at, field, oldValue, newValue));
            return true;
        }

        public boolean isEmpty() {
            return changes.isEmpty();
        }
    }

    private final ClaimChangeRepository repository;

    public ClaimHistory(ClaimChangeRepository repository) {
        this.repository = repository;
    }

    public static Changes changes(UUID claimId, String changedBy, OffsetDateTime at) {
        return new Changes(claimId, changedBy, at);
    }

    /** Saves the changes; must run inside the transaction that made them. */
    public Uni<Void> record(Changes changes) {
        return changes.isEmpty() ? Uni.createFrom().voidItem() : repository.persist(changes.changes);
    }

    @WithSession
    public Uni<Map<UUID, List<ClaimChange>>> forClaims(List<UUID> claimIds) {
        return repository.forClaims(claimIds)
                .map(all -> all.stream().collect(Collectors.groupingBy(change -> change.claimId)));
    }
}
