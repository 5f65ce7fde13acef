package io.corroborate.claims.relation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A typed link from one claim to another, with the analyst's rationale.")
public class ClaimRelation {

    @jakarta.persistence.Id
    @Id
    @NonNull
    public UUID id;

    @Id
    @NonNull
    public UUID fromClaimId;

    @Id
    @NonNull
    public UUID toClaimId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public RelationType type;

    public String rationale;

    @NonNull
    public String createdBy;

    @NonNull
    public OffsetDateTime createdAt;
}
