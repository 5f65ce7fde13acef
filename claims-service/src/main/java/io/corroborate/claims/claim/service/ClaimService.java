package io.corroborate.claims.claim.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.article.service.ArticleService;
import io.corroborate.claims.claim.AttributionHop;
import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimInputs;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimParts;
import io.corroborate.claims.claim.CreateClaimInput;
import io.corroborate.claims.claim.Figure;
import io.corroborate.claims.claim.HopRole;
import io.corroborate.claims.claim.Topics;
import io.corroborate.claims.claim.UpdateClaimInput;
import io.corroborate.claims.claim.repository.ClaimRepository;
import io.corroborate.claims.common.Batches;
import io.corroborate.claims.common.Marking;
import io.corroborate.claims.common.Timestamps;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Slice;
import io.corroborate.claims.event.ClaimEventType;
import io.corroborate.claims.event.service.ClaimEvents;
import io.corroborate.claims.history.service.ClaimHistory;
import io.corroborate.claims.source.service.SourceReferences;
import io.corroborate.claims.source.service.SourceVisibility;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Reads and changes claims. Every change records its history, and status or chain changes append an event. */
@ApplicationScoped
public class ClaimService {

    /** The first page of one source's claims, for the batched Source.claims. */
    public record SourcePage(UUID sourceId, Slice<Claim> claims) {
    }

    private final ClaimRepository repository;
    private final ArticleService articles;
    private final ClaimHistory history;
    private final ClaimEvents events;
    private final SourceReferences sourceReferences;
    private final SourceVisibility sourceVisibility;

    public ClaimService(ClaimRepository repository, ArticleService articles, ClaimHistory history, ClaimEvents events,
            SourceReferences sourceReferences, SourceVisibility sourceVisibility) {
        this.sourceVisibility = sourceVisibility;
        this.repository = repository;
        this.articles = articles;
        this.history = history;
        this.events = events;
        this.sourceReferences = sourceReferences;
    }

    @WithSession
    public Uni<Claim> get(UUID id) {
        return findLive(id);
    }

    /** Claims in the order of {@code ids}, null where none is visible. */
    @WithSession
    public Uni<List<Claim>> byIds(List<UUID> ids) {
        return repository.findLive(ids).map(found -> Batches.inOrder(ids, found, claim -> claim.id));
    }

    /** A page of the claims matching the criteria, with the parts asked for; source ids the caller may not see match nothing. */
    @WithSession
    public Uni<Slice<Claim>> page(ClaimCriteria criteria, ClaimOrder order, PageRequest page, ClaimParts parts) {
        List<UUID> named = criteria.namedSourceIds();
        Uni<Optional<ClaimCriteria>> allowed = named.isEmpty() ? Uni.createFrom().item(Optional.of(criteria))
                : sourceVisibility.equivalents(named).map(criteria::resolvingSources);
        return allowed.chain(visible -> visible.isPresent() ? repository.page(visible.get(), order, page, parts)
                : Uni.createFrom().item(new Slice<>(List.of(), 0)));
    }

    /**
     * The first page of claims of every source, newest first, in one query however many sources there are; a survivor's
     * page includes the claims recorded under the duplicates merged into it. A source the caller may not see has none,
     * exactly like an unknown id.
     * <p>
     * The pages are read for the ids as asked while sources-service says which of them the caller may see (the two
     * waits overlap instead of adding up); the pages of hidden sources are then dropped, and only a visible source
     * that stands for merged ids is read again, with all of them.
     */
    @WithSession
    public Uni<List<SourcePage>> firstPagesBySource(List<UUID> sourceIds, HopRole role, PageRequest page, ClaimParts parts) {
        Map<UUID, Set<UUID>> asAsked = new LinkedHashMap<>();
        sourceIds.forEach(id -> asAsked.put(id, Set.of(id)));
        return Uni.combine().all()
                .unis(sourceVisibility.equivalents(sourceIds), repository.idsBySources(asAsked, role, page.fetchSize()))
                .asTuple()
                .chain(both -> {
                    Map<UUID, Set<UUID>> equivalents = both.getItem1();
                    Map<UUID, Set<UUID>> merged = new LinkedHashMap<>(equivalents);
                    merged.values().removeIf(same -> same.size() == 1);
                    List<ClaimRepository.FirstPageIds> pages = new ArrayList<>(both.getItem2().stream()
                            .filter(p -> equivalents.containsKey(p.ownerId()) && !merged.containsKey(p.ownerId()))
                            .toList());
                    return merged.isEmpty() ? Uni.createFrom().item(pages)
                            : repository.idsBySources(merged, role, page.fetchSize()).map(more -> {
                                pages.addAll(more);
                                return pages;
                            });
                })
                .chain(pages -> loaded(pages, parts))
                .map(bySource -> sourceIds.stream()
                        .map(id -> new SourcePage(id, bySource.getOrDefault(id, new Slice<>(List.of(), 0))))
                        .toList());
    }

    /** The first page of claims of every article, newest first, in the order of {@code articleIds}: two queries in all. */
    @WithSession
    public Uni<List<Slice<Claim>>> firstPagesByArticle(List<UUID> articleIds, PageRequest page, ClaimParts parts) {
        return repository.idsByArticles(articleIds, page.fetchSize()).chain(pages -> loaded(pages, parts))
                .map(byArticle -> articleIds.stream().map(id -> byArticle.getOrDefault(id, new Slice<>(List.<Claim>of(), 0))).toList());
    }

    /** The claims of first pages, read together, by the id of the list they head. */
    private Uni<Map<UUID, Slice<Claim>>> loaded(List<ClaimRepository.FirstPageIds> pages, ClaimParts parts) {
        List<UUID> allIds = pages.stream().flatMap(p -> p.claimIds().stream()).distinct().toList();
        Uni<List<Claim>> claims = allIds.isEmpty() ? Uni.createFrom().item(List.of()) : repository.findLive(allIds, parts);
        return claims.map(found -> {
            Map<UUID, Claim> byId = found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
            Map<UUID, Slice<Claim>> byOwner = new HashMap<>();
            pages.forEach(p -> byOwner.put(p.ownerId(), new Slice<>(
                    p.claimIds().stream().map(byId::get).filter(Objects::nonNull).toList(), p.totalCount())));
            return byOwner;
        });
    }

    /** Checks the chain's sources with sources-service, then stores the claim and its CREATED event in one transaction. */
    public Uni<Claim> create(String user, CreateClaimInput input) {
        Claim claim = build(user, input);
        return sourceReferences.resolve(SourceReferences.ofChain("input.attribution", claim.attribution))
                .invoke(survivors -> SourceReferences.applySurvivors("input.attribution", claim.attribution, survivors))
                .chain(() -> Panache.withTransaction(() -> requireArticle("input.articleId", claim.articleId)
                        .chain(() -> persistAllNew(List.of(claim)))))
                .replaceWith(claim);
    }

    /** A new claim from validated input; nothing is stored yet. */
    public Claim build(String user, CreateClaimInput input) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.articleId = Inputs.optionalId("input.articleId", input.articleId());
        claim.statement = ClaimInputs.statement("input.statement", input.statement());
        claim.quote = ClaimInputs.quote("input.quote", input.quote());
        claim.claimedAt = Timestamps.normalize(Inputs.required("input.claimedAt", input.claimedAt()));
        claim.topics = new ArrayList<>(Topics.normalize("input.topics", input.topics() == null ? List.of() : input.topics()));
        claim.figures = ClaimInputs.figures("input.figures", input.figures());
        claim.marking = input.marking() == null ? Marking.CLEAR : input.marking();
        claim.attribution = new ArrayList<>(ClaimInputs.chain("input.attribution", input.attribution()));
        claim.createdBy = user;
        claim.createdAt = Timestamps.now();
        claim.updatedAt = claim.createdAt;
        return claim;
    }

    /**
     * Stores built claims (whose sources were checked) with their CREATED events, inside the caller's transaction: one
     * insert per table, for one claim (createClaim) or a bundle's (importBundle).
     */
    public Uni<Void> persistAllNew(List<Claim> claims) {
        return repository.insertAll(claims).chain(() -> events.appendAll(claims, ClaimEventType.CREATED));
    }

    public Uni<Claim> update(String user, UUID id, int version, UpdateClaimInput input) {
        // Validate everything, and check any new chain's sources, before touching the claim: a bad input changes nothing.
        String statement = input.statement() == null ? null : ClaimInputs.statement("input.statement", input.statement());
        String quote = input.quote() == null ? null : ClaimInputs.quote("input.quote", input.quote());
        List<String> topics = input.topics() == null ? null : Topics.normalize("input.topics", input.topics());
        List<Figure> figures = input.figures() == null ? null : ClaimInputs.figures("input.figures", input.figures());
        List<AttributionHop> chain = input.attribution() == null ? null
                : ClaimInputs.chain("input.attribution", input.attribution());
        Uni<Void> sourcesChecked = chain == null ? Uni.createFrom().voidItem()
                : sourceReferences.resolve(SourceReferences.ofChain("input.attribution", chain))
                        .invoke(survivors -> SourceReferences.applySurvivors("input.attribution", chain, survivors)).replaceWithVoid();
        return sourcesChecked.chain(() -> Panache.withTransaction(() -> findLive(id).chain(claim -> {
            requireVersion(claim, version);
            ClaimHistory.Changes changes = ClaimHistory.changes(claim.id, user, Timestamps.now());
            if (statement != null && changes.add("statement", claim.statement, statement)) {
                claim.statement = statement;
            }
            if (input.quote() != null && changes.add("quote", claim.quote, quote)) {
                claim.quote = quote;
            }
            if (input.claimedAt() != null) {
                var claimedAt = Timestamps.normalize(input.claimedAt());
                if (changes.add("claimedAt", claim.claimedAt.toInstant(), claimedAt.toInstant())) {
                    claim.claimedAt = claimedAt;
                }
            }
            boolean topicsChanged = topics != null
                    && changes.add("topics", String.join(", ", claim.topics), String.join(", ", topics));
            if (topicsChanged) {
                claim.topics = new ArrayList<>(topics);
            }
            if (figures != null && changes.add("figures", describeFigures(claim.figures), describeFigures(figures))) {
                claim.figures.clear();
                claim.figures.addAll(figures);
            }
            boolean markingChanged = input.marking() != null && changes.add("marking", claim.marking, input.marking());
            if (markingChanged) {
                claim.marking = input.marking();
            }
            boolean chainChanged = chain != null
                    && changes.add("attribution", describeChain(claim.attribution), describeChain(chain));
            if (chainChanged) {
                claim.attribution.clear();
                claim.attribution.addAll(chain);
            }
            if (changes.isEmpty()) {
                return Uni.createFrom().item(claim);
            }
            claim.updatedAt = Timestamps.now();
            // One event per update, carrying the claim's whole state; sources-service's track records depend on the
            // chain, the marking and the topics.
            ClaimEventType eventType = chainChanged ? ClaimEventType.ATTRIBUTION_CHANGED
                    : markingChanged ? ClaimEventType.MARKING_CHANGED
                    : topicsChanged ? ClaimEventType.TOPICS_CHANGED : null;
            return history.record(changes)
                    .chain(() -> eventType != null ? events.append(claim, eventType, claim.status)
                            : Uni.createFrom().nullItem())
                    .chain(() -> repository.flush())
                    .replaceWith(claim);
        })));
    }

    /** Soft delete: the claim disappears from reads but stays in history and the event feed. */
    @WithTransaction
    public Uni<Boolean> delete(String user, UUID id) {
        return findLive(id).chain(claim -> {
            claim.deletedAt = Timestamps.now();
            claim.updatedAt = claim.deletedAt;
            ClaimHistory.Changes changes = ClaimHistory.changes(claim.id, user, claim.deletedAt);
            changes.add("deleted", false, true);
            return history.record(changes)
                    .chain(() -> events.append(claim, ClaimEventType.DELETED, claim.status))
                    .replaceWith(true);
        });
    }

    /** A live claim by id, for the caller's session; NOT_FOUND when there is none. */
    public Uni<Claim> findLive(UUID id) {
        return repository.findLive(id).onItem().ifNull().failWith(() -> ApiException.notFound("Claim", id));
    }

    public static void requireVersion(Claim claim, int version) {
        if (claim.version != version) {
            throw ApiException.conflict("Claim " + claim.id + " is at version " + claim.version
                    + ", not " + version + "; read it again and retry");
        }
    }

    private Uni<Void> requireArticle(String field, UUID articleId) {
        if (articleId == null) {
            return Uni.createFrom().voidItem();
        }
        return articles.exists(articleId).invoke(exists -> {
            if (!exists) {
                throw ApiException.validation(field, "no article " + articleId);
            }
        }).replaceWithVoid();
    }

    private static String describeFigures(List<Figure> figures) {
        return figures.stream().map(f -> f.quantity + " " + f.value.stripTrailingZeros().toPlainString() + " " + f.unit)
                .collect(Collectors.joining("; "));
    }

    private static String describeChain(List<AttributionHop> chain) {
        return chain.stream()
                .map(hop -> hop.sourceId + " (" + (hop.position == 0 ? hop.channel : hop.verb) + ")")
                .collect(Collectors.joining(" > "));
    }
}
