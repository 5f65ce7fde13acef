package io.corroborate.claims.history;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("One changed field of a claim: who changed it, when, and from what to what.")
public class ClaimChange {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Ignore
    public UUID claimId;

    @NonNull
    public String changedBy;

    @NonNull
    public OffsetDateTime changedAt;

    @NonNull
    public String field;

    public String oldValue;

    public String newValue;

    public static ClaimChange of(UUID claimId, String changedBy, OffsetDateTime at, String field, Object oldValue,
            Object newValue) {
        ClaimChange change = new ClaimChange();
        change.claimId = claimId;
        change.changedBy = changedBy;
        change.changedAt = at;
        change.field = field;
        change.oldValue = oldValue == null ? null : oldValue.toString();
        change.newValue = newValue == null ? null : newValue.toString();
        return change;
    }

    /** A detached copy with other values, for showing a change differently (redacted) without touching the stored one. */
    public ClaimChange shownAs(String shownOldValue, String shownNewValue) {
        ClaimChange copy = of(claimId, changedBy, changedAt, field, shownOldValue, shownNewValue);
        copy.id = id;
        return copy;
    }
}
