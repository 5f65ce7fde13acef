package io.corroborate.claims.claim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.corroborate.claims.common.Marking;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Entity
@Key(fields = @FieldSet("id"))
@Description("A proposition made in reporting, with the chain of sources through which it reached print.")
public class Claim {

    public static final int MAX_STATEMENT = 2000;

    @jakarta.persistence.Id
    @Id
    @NonNull
    public UUID id;

    /** Shown through ArticleGraphQLApi, which leaves it out when the caller may not see the article. */
    @Ignore
    public UUID articleId;

    @NonNull
    @Description("The proposition, in the analyst's words (at most 2,000 characters).")
    public String statement;

    @Description("A verbatim excerpt from the article.")
    public String quote;

    @NonNull
    @Description("When the origin made the claim.")
    public OffsetDateTime claimedAt;

    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    @Description("Normalized tags: lower case, words joined by hyphens.")
    public List<String> topics = new ArrayList<>();

    @NonNull
    @ElementCollection
    @CollectionTable(name = "claim_figure", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<Figure> figures = new ArrayList<>();

    @NonNull
    @Enumerated(EnumType.STRING)
    public ClaimStatus status = ClaimStatus.UNVERIFIED;

    @NonNull
    @Description("Admiralty information credibility, 1 (confirmed by other sources) to 6 (truth cannot be judged).")
    public int credibility = 6;

    @NonNull
    @Enumerated(EnumType.STRING)
    public Marking marking = Marking.CLEAR;

    @NonNull
    @Version
    @Description("Pass this back to updateClaim; a stale version is refused with CONFLICT.")
    public int version;

    @NonNull
    public String createdBy;

    @NonNull
    public OffsetDateTime createdAt;

    @NonNull
    public OffsetDateTime updatedAt;

    @Ignore
    public OffsetDateTime deletedAt;

    /** Shown through HopGraphQLApi, which redacts the hops whose sources the caller may not see. */
    @Ignore
    @ElementCollection
    @CollectionTable(name = "attribution_hop", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("position")
    public List<AttributionHop> attribution = new ArrayList<>();

    /** The source that first made the claim. */
    public UUID originSourceId() {
        return attribution.get(0).sourceId;
    }

    /** The sources that passed the claim on, in order. */
    public List<UUID> relaySourceIds() {
        return attribution.stream().skip(1).map(hop -> hop.sourceId).toList();
    }
}
