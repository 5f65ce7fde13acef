package io.corroborate.sources.source.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.common.Batches;
import io.corroborate.sources.common.Marking;
import io.corroborate.sources.common.Timestamps;
import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.input.Inputs;
import io.corroborate.sources.common.paging.PageRequest;
import io.corroborate.sources.common.paging.Slice;
import io.corroborate.sources.source.CreateSourceInput;
import io.corroborate.sources.source.MentionMatches;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.source.SourceFilter;
import io.corroborate.sources.source.SourceInputs;
import io.corroborate.sources.source.SourceMatch;
import io.corroborate.sources.source.SourceName;
import io.corroborate.sources.source.UpdateSourceInput;
import io.corroborate.sources.source.repository.SourceNameRepository;
import io.corroborate.sources.source.repository.SourceRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Sources and their names. A name or alias, once normalized, belongs to one source only. */
@ApplicationScoped
public class SourceService {

    /** Merges can chain (A into B, then B into C); this bounds how far a redirect is followed. */
    private static final int MAX_REDIRECTS = 16;

    private final SourceRepository sources;
    private final SourceNameRepository names;

    public SourceService(SourceRepository sources, SourceNameRepository names) {
        this.sources = sources;
        this.names = names;
    }

    /** The source, or the survivor it was merged into; NOT_FOUND when there is none. */
    @WithSession
    public Uni<Source> get(UUID id) {
        return resolve(id);
    }

    /** The source the caller may see, following merges; NOT_FOUND when there is none (or it is above their clearance). */
    public Uni<Source> resolve(UUID id) {
        return follow(id, 0, sources::findVisible).onItem().ifNull().failWith(() -> ApiException.notFound("Source", id));
    }

    /**
     * The id of the live source that {@code id} now stands for: itself, its survivor, or itself when unknown here.
     * Merges are followed whatever the markings: the track record must not depend on who asks.
     */
    public Uni<UUID> survivorOf(UUID id) {
        return follow(id, 0, sources::findById).map(source -> source == null ? id : source.id);
    }

    private Uni<Source> follow(UUID id, int hops, Function<UUID, Uni<Source>> find) {
        return find.apply(id).chain(source -> source == null || source.mergedInto == null || hops >= MAX_REDIRECTS
                ? Uni.createFrom().item(source)
                : follow(source.mergedInto, hops + 1, find));
    }

    /** The sources in the order of {@code ids}, merged ids answered by their survivors, null where none exists. */
    @WithSession
    public Uni<List<Source>> byIds(List<UUID> ids) {
        return resolveAll(ids);
    }

    /** As {@link #byIds}, among the sources the caller may see. */
    public Uni<List<Source>> resolveAll(List<UUID> ids) {
        return sources.findVisibleByIds(ids.stream().filter(Objects::nonNull).distinct().toList())
                .chain(found -> resolveRedirects(found, 0))
                .map(resolved -> ids.stream().map(id -> id == null ? null : resolved.get(id)).toList());
    }

    /** Maps each found id to its live source, following merges with one query per level of redirection. */
    private Uni<Map<UUID, Source>> resolveRedirects(List<Source> found, int depth) {
        Map<UUID, Source> byId = found.stream().collect(Collectors.toMap(s -> s.id, s -> s, (a, b) -> a, LinkedHashMap::new));
        List<UUID> targets = found.stream().map(s -> s.mergedInto).filter(Objects::nonNull).distinct().toList();
        if (targets.isEmpty() || depth >= MAX_REDIRECTS) {
            return Uni.createFrom().item(byId);
        }
        return sources.findVisibleByIds(targets).chain(next -> resolveRedirects(next, depth + 1)).map(survivors -> {
            byId.replaceAll((id, source) -> source.mergedInto == null ? source : survivors.get(source.mergedInto));
            return byId;
        });
    }

    @WithSession
    public Uni<Slice<Source>> page(SourceFilter filter, PageRequest page) {
        SourceRepository.Criteria criteria = filter == null
                ? new SourceRepository.Criteria(List.of(), List.of(), List.of())
                : new SourceRepository.Criteria(orEmpty(filter.kinds()),
                        orEmpty(filter.countries()).stream().map(c -> SourceInputs.country("filter.countries", c)).toList(),
                        orEmpty(filter.markings()));
        return sources.page(criteria, page);
    }

    @WithSession
    public Uni<List<Source>> search(String text, int limit) {
        String normalized = SourceName.normalize(Inputs.text("text", text, 300));
        if (normalized.isEmpty()) {
            throw ApiException.validation("text", "must contain a letter or digit");
        }
        return sources.search(normalized, limit)
                .chain(ids -> sources.findVisibleByIds(ids).map(found -> Batches.inOrder(ids, found, s -> s.id)));
    }

    /** For each mention, in order, the visible sources it may name, best first (at most {@code limit} each). */
    @WithSession
    public Uni<List<MentionMatches>> match(List<String> mentions, int limit) {
        List<String> normalized = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            normalized.add(SourceName.normalize(Inputs.text("mentions[" + i + "]", mentions.get(i), 300)));
        }
        return sources.match(normalized, limit).chain(candidates -> sources.findVisibleByIds(
                candidates.stream().map(SourceRepository.MentionCandidate::sourceId).distinct().toList()).map(found -> {
                    Map<UUID, Source> byId = found.stream().collect(Collectors.toMap(source -> source.id, source -> source));
                    List<MentionMatches> answer = new ArrayList<>();
                    for (int i = 0; i < mentions.size(); i++) {
                        int position = i + 1;
                        answer.add(new MentionMatches(mentions.get(i), candidates.stream()
                                .filter(candidate -> candidate.mention() == position && byId.containsKey(candidate.sourceId()))
                                .map(candidate -> new SourceMatch(byId.get(candidate.sourceId()), Math.min(1.0, candidate.score())))
                                .toList()));
                    }
                    return answer;
                }));
    }

    @WithTransaction
    public Uni<Source> create(String user, CreateSourceInput input) {
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.name = SourceInputs.name("input.name", input.name());
        source.kind = Inputs.required("input.kind", input.kind());
        source.description = Inputs.optionalText("input.description", input.description(), 4000);
        source.country = SourceInputs.country("input.country", input.country());
        source.homepage = SourceInputs.homepage("input.homepage", input.homepage());
        source.wikidataId = SourceInputs.wikidataId("input.wikidataId", input.wikidataId());
        source.marking = input.marking() == null ? Marking.CLEAR : input.marking();
        source.createdBy = user;
        source.createdAt = Timestamps.now();
        source.updatedAt = source.createdAt;
        List<SourceName> sourceNames = new ArrayList<>();
        sourceNames.add(SourceName.of(source.id, source.name, true));
        List<String> aliases = input.aliases() == null ? List.of() : input.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            SourceName alias = SourceName.of(source.id, SourceInputs.name("input.aliases[" + i + "]", aliases.get(i)), false);
            if (sourceNames.stream().noneMatch(n -> n.normalized.equals(alias.normalized))) {
                sourceNames.add(alias);
            }
        }
        return requireFreeNames(sourceNames)
                .chain(() -> requireFreeWikidataId(source.wikidataId, source.id))
                .chain(() -> sources.persist(source))
                .call(created -> names.persist(sourceNames));
    }

    @WithTransaction
    public Uni<Source> update(UUID id, int version, UpdateSourceInput input) {
        String name = input.name() == null ? null : SourceInputs.name("input.name", input.name());
        String description = Inputs.optionalText("input.description", input.description(), 4000);
        String country = SourceInputs.country("input.country", input.country());
        String homepage = SourceInputs.homepage("input.homepage", input.homepage());
        String wikidataId = SourceInputs.wikidataId("input.wikidataId", input.wikidataId());
        return live(id).chain(source -> {
            if (source.version != version) {
                throw ApiException.conflict("Source " + id + " is at version " + source.version + ", not " + version
                        + "; read it again and retry");
            }
            return requireFreeWikidataId(wikidataId, source.id).chain(() -> {
                // All field changes first, so that the single flush below bumps the version once.
                source.kind = input.kind() == null ? source.kind : input.kind();
                source.description = input.description() == null ? source.description : description;
                source.country = input.country() == null ? source.country : country;
                source.homepage = input.homepage() == null ? source.homepage : homepage;
                source.wikidataId = input.wikidataId() == null ? source.wikidataId : wikidataId;
                source.marking = input.marking() == null ? source.marking : input.marking();
                source.updatedAt = Timestamps.now();
                return name == null || name.equals(source.name) ? Uni.createFrom().voidItem() : rename(source, name);
            }).chain(() -> sources.flush()).replaceWith(source);
        });
    }

    @WithTransaction
    public Uni<Source> addAlias(UUID sourceId, String alias) {
        SourceName name = SourceName.of(sourceId, SourceInputs.name("alias", alias), false);
        return live(sourceId).call(() -> requireFreeNames(List.of(name))).call(() -> names.persist(name));
    }

    @WithTransaction
    public Uni<Source> removeAlias(UUID sourceId, String alias) {
        String normalized = SourceName.normalize(SourceInputs.name("alias", alias));
        return live(sourceId).call(source -> names.findById(normalized).chain(name -> {
            if (name == null || !name.sourceId.equals(sourceId)) {
                throw ApiException.notFound("Alias", alias);
            }
            if (name.isPrimary) {
                throw ApiException.validation("alias", "is the source's name; rename the source instead");
            }
            return names.delete(name);
        }));
    }

    /** For each survivor, the duplicates merged into it at any depth that the caller may see. */
    @WithSession
    public Uni<Map<UUID, List<UUID>>> mergedFrom(List<UUID> survivors) {
        return sources.mergedIntoEach(survivors);
    }

    @WithSession
    public Uni<Map<UUID, List<String>>> aliases(List<UUID> sourceIds) {
        return names.ofSources(sourceIds).map(all -> all.stream().filter(n -> !n.isPrimary)
                .collect(Collectors.groupingBy(n -> n.sourceId, Collectors.mapping(n -> n.display, Collectors.toList()))));
    }

    /** A source that exists and has not been merged away; NOT_FOUND otherwise. */
    public Uni<Source> live(UUID id) {
        return sources.findVisible(id).invoke(source -> {
            if (source == null || source.mergedInto != null) {
                throw ApiException.notFound("Source", id);
            }
        });
    }

    private Uni<Void> rename(Source source, String newName) {
        SourceName primary = SourceName.of(source.id, newName, true);
        return names.ofSources(List.of(source.id)).chain(existing -> {
            SourceName old = existing.stream().filter(n -> n.isPrimary).findFirst().orElseThrow();
            source.name = newName;
            if (old.normalized.equals(primary.normalized)) {
                old.display = newName;
                return Uni.createFrom().voidItem();
            }
            return requireFreeNames(List.of(primary)).chain(() -> names.delete(old)).chain(() -> names.flush())
                    .chain(() -> names.persist(primary)).replaceWithVoid();
        });
    }

    private Uni<Void> requireFreeNames(List<SourceName> wanted) {
        return names.clashingWith(wanted.get(0).sourceId, wanted).chain(taken -> {
            if (taken.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            // Quote the caller's own spelling: the holder's may differ (a look-alike), and the holder may be hidden.
            SourceName clash = taken.get(0);
            String asWanted = wanted.stream()
                    .filter(n -> n.normalized.equals(clash.normalized) || n.skeleton.equals(clash.skeleton))
                    .findFirst().map(n -> n.display).orElseThrow();
            return refuseTaken("The name \"" + asWanted + "\"", clash.sourceId);
        });
    }

    private Uni<Void> requireFreeWikidataId(String wikidataId, UUID self) {
        if (wikidataId == null) {
            return Uni.createFrom().voidItem();
        }
        return sources.find("wikidataId = ?1 and mergedInto is null and id <> ?2", wikidataId, self).firstResult()
                .chain(existing -> existing == null ? Uni.createFrom().voidItem()
                        : refuseTaken("Wikidata item " + wikidataId, existing.id));
    }

    /**
     * A CONFLICT naming the source that holds the value when the caller may see it; otherwise only that the value is
     * taken, with no id, name or marking, so that a conflict never reveals a source above the caller's clearance.
     */
    private Uni<Void> refuseTaken(String value, UUID holderId) {
        return sources.findVisible(holderId).map(holder -> {
            if (holder == null) {
                throw ApiException.conflict(value + " is already taken");
            }
            throw ApiException.duplicate(value + " already belongs to source " + holder.id, holder.id);
        });
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
