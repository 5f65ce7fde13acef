package io.corroborate.claims.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.corroborate.claims.common.Marking;
import io.corroborate.claims.common.input.Inputs;

/** A {@link ClaimFilter} after validation: ids parsed, topics normalized, empty lists meaning "no condition". */
public record ClaimCriteria(
        String search,
        List<ClaimStatus> statuses,
        List<String> topics,
        List<Integer> credibility,
        OffsetDateTime claimedFrom,
        OffsetDateTime claimedTo,
        List<Marking> markings,
        List<UUID> sourceIds,
        List<UUID> originSourceIds,
        List<UUID> relaySourceIds,
        UUID articleId,
        boolean supportedOnly) {

        public static ClaimCriteria from(ClaimFilter filter) {
        if (filter == null) {
            return new ClaimCriteria(null, List.of(), List.of(), List.of(), null, null, List.of(), List.of(), List.of(),
                    List.of(), null, false);
        }
        List<Integer> credibility = orEmpty(filter.credibility());
        credibility.forEach(grade -> Inputs.credibility("filter.credibility", grade));
        return new ClaimCriteria(
                Inputs.optionalText("filter.search", filter.search(), 500),
                orEmpty(filter.status()),
                Topics.normalize("filter.topics", orEmpty(filter.topics())),
                credibility,
                filter.claimedFrom(),
                filter.claimedTo(),
                orEmpty(filter.markings()),
                orEmpty(filter.sourceIds()).stream().map(id -> Inputs.id("filter.sourceIds", id)).toList(),
                orEmpty(filter.originSourceIds()).stream().map(id -> Inputs.id("filter.originSourceIds", id)).toList(),
                orEmpty(filter.relaySourceIds()).stream().map(id -> Inputs.id("filter.relaySourceIds", id)).toList(),
                Inputs.optionalId("filter.articleId", filter.articleId()),
                false);
    }

    public ClaimCriteria withArticle(UUID id) {
        return new ClaimCriteria(search, statuses, topics, credibility, claimedFrom, claimedTo, markings, sourceIds,
                originSourceIds, relaySourceIds, id, supportedOnly);
    }

    /** Claims in which the source plays the role (either role when null). */
    public ClaimCriteria withSource(UUID sourceId, HopRole role) {
        List<UUID> source = List.of(sourceId);
        return new ClaimCriteria(search, statuses, topics, credibility, claimedFrom, claimedTo, markings,
                role == null ? source : sourceIds, role == HopRole.ORIGIN ? source : originSourceIds,
                role == HopRole.RELAY ? source : relaySourceIds, articleId, supportedOnly);
    }

    /** Only claims that some claim SUPPORTS or DUPLICATES (either way): the only ones that can be circular. */
    public ClaimCriteria withSupportOnly() {
        return new ClaimCriteria(search, statuses, topics, credibility, claimedFrom, claimedTo, markings, sourceIds,
                originSourceIds, relaySourceIds, articleId, true);
    }

    /** Every source id the criteria name, in any role. */
    public List<UUID> namedSourceIds() {
        return Stream.of(sourceIds, originSourceIds, relaySourceIds).flatMap(List::stream).distinct().toList();
    }

    /**
     * The criteria with every source id replaced by the ids that stand for the same source (a survivor and the
     * duplicates merged into it, from {@code SourceVisibility.equivalents}); ids the caller may not see are dropped.
     * Empty when a source condition is left with none: a hidden id then matches nothing, exactly like an id that does
     * not exist, so it cannot tell which claims a redacted hop hides.
     */
    public Optional<ClaimCriteria> resolvingSources(Map<UUID, Set<UUID>> equivalents) {
        List<UUID> sources = resolve(sourceIds, equivalents);
        List<UUID> origins = resolve(originSourceIds, equivalents);
        List<UUID> relays = resolve(relaySourceIds, equivalents);
        if ((!sourceIds.isEmpty() && sources.isEmpty()) || (!originSourceIds.isEmpty() && origins.isEmpty())
                || (!relaySourceIds.isEmpty() && relays.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ClaimCriteria(search, statuses, topics, credibility, claimedFrom, claimedTo, markings,
                sources, origins, relays, articleId, supportedOnly));
    }

    private static List<UUID> resolve(List<UUID> ids, Map<UUID, Set<UUID>> equivalents) {
        return ids.stream().flatMap(id -> equivalents.getOrDefault(id, Set.of()).stream()).distinct().toList();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
