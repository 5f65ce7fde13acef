package io.corroborate.sources.independence.service;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.affiliation.Affiliation;
import io.corroborate.sources.affiliation.repository.AffiliationRepository;
import io.corroborate.sources.independence.IndependenceGroup;
import io.corroborate.sources.independence.IndependenceLink;
import io.corroborate.sources.source.repository.SourceRepository;
import io.corroborate.sources.source.service.SourceService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Splits sources into groups that cannot count as independent: the same source (also through a merge), or
 * sources joined by affiliations in force on the day, directly or through other sources.
 */
@ApplicationScoped
public class IndependenceService {

    private final SourceService sources;
    private final SourceRepository hidden;
    private final AffiliationRepository affiliations;

    public IndependenceService(SourceService sources, SourceRepository hidden, AffiliationRepository affiliations) {
        this.sources = sources;
        this.hidden = hidden;
        this.affiliations = affiliations;
    }

    /** One question: which of these sources are independent on that day. */
    public record Question(List<UUID> sourceIds, LocalDate asOf) {
    }

    @WithSession
    public Uni<List<IndependenceGroup>> groups(List<UUID> sourceIds, LocalDate asOf) {
        return groupsBatch(List.of(new Question(sourceIds, asOf))).map(answers -> answers.get(0));
    }

    /**
     * Answers every question with one read of the sources and one of the affiliations. A source the caller may not
     * see (or that does not exist) is left out of the groups, so it never shows nor counts.
     */
    @WithSession
    public Uni<List<List<IndependenceGroup>>> groupsBatch(List<Question> questions) {
        List<UUID> all = questions.stream().flatMap(question -> question.sourceIds().stream()).distinct().toList();
        return sources.resolveAll(all).chain(resolved -> hidden.hiddenIds().chain(hiddenIds -> affiliations.all().map(everyAffiliation -> {
            // An affiliation to a source the caller may not see neither joins nor explains a group.
            Set<UUID> hiddenSet = Set.copyOf(hiddenIds);
            List<Affiliation> affiliationList = everyAffiliation.stream()
                    .filter(a -> !hiddenSet.contains(a.sourceId) && !hiddenSet.contains(a.targetSourceId))
                    .toList();
            Map<UUID, UUID> survivors = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                if (resolved.get(i) != null) {
                    survivors.put(all.get(i), resolved.get(i).id);
                }
            }
            List<List<IndependenceGroup>> answers = new ArrayList<>();
            for (Question question : questions) {
                Map<UUID, UUID> survivorOf = new LinkedHashMap<>();
                question.sourceIds().stream().distinct().filter(survivors::containsKey)
                        .forEach(id -> survivorOf.put(id, survivors.get(id)));
                answers.add(group(survivorOf, graphOn(affiliationList, question.asOf())));
            }
            return answers;
        })));
    }

    private static Map<UUID, List<Affiliation>> graphOn(List<Affiliation> all, LocalDate asOf) {
        Map<UUID, List<Affiliation>> graph = new HashMap<>();
        for (Affiliation affiliation : all) {
            if (affiliation.inForceOn(asOf)) {
                graph.computeIfAbsent(affiliation.sourceId, id -> new ArrayList<>()).add(affiliation);
                graph.computeIfAbsent(affiliation.targetSourceId, id -> new ArrayList<>()).add(affiliation);
            }
        }
        return graph;
    }

    private static List<IndependenceGroup> group(Map<UUID, UUID> survivorOf, Map<UUID, List<Affiliation>> graph) {
        List<IndependenceGroup> groups = new ArrayList<>();
        Set<UUID> placed = new LinkedHashSet<>();
        for (UUID requested : survivorOf.keySet()) {
            if (placed.contains(requested)) {
                continue;
            }
            UUID root = survivorOf.get(requested);
            Map<UUID, Affiliation> reachedThrough = reachable(root, graph);
            List<String> members = new ArrayList<>();
            Set<IndependenceLink> links = new LinkedHashSet<>();
            for (Map.Entry<UUID, UUID> candidate : survivorOf.entrySet()) {
                UUID survivor = candidate.getValue();
                if (placed.contains(candidate.getKey()) || !reachedThrough.containsKey(survivor)) {
                    continue;
                }
                placed.add(candidate.getKey());
                members.add(candidate.getKey().toString());
                if (!candidate.getKey().equals(survivor)) {
                    links.add(new IndependenceLink(candidate.getKey().toString(), survivor.toString(), "MERGED_INTO", null, null));
                }
                links.addAll(pathTo(survivor, root, reachedThrough));
            }
            groups.add(new IndependenceGroup(members, List.copyOf(links)));
        }
        return groups;
    }

    /** Breadth-first from the root: every reachable source, with the affiliation it was first reached through. */
    private static Map<UUID, Affiliation> reachable(UUID root, Map<UUID, List<Affiliation>> graph) {
        Map<UUID, Affiliation> reachedThrough = new LinkedHashMap<>();
        reachedThrough.put(root, null);
        Deque<UUID> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            UUID current = queue.poll();
            for (Affiliation edge : graph.getOrDefault(current, List.of())) {
                UUID next = edge.sourceId.equals(current) ? edge.targetSourceId : edge.sourceId;
                if (!reachedThrough.containsKey(next)) {
                    reachedThrough.put(next, edge);
                    queue.add(next);
                }
            }
        }
        return reachedThrough;
    }

    /** The shortest chain of affiliations from the root to the source, root side first. */
    private static List<IndependenceLink> pathTo(UUID source, UUID root, Map<UUID, Affiliation> reachedThrough) {
        Deque<IndependenceLink> path = new ArrayDeque<>();
        UUID current = source;
        while (!current.equals(root)) {
            Affiliation edge = reachedThrough.get(current);
            path.push(new IndependenceLink(edge.sourceId.toString(), edge.targetSourceId.toString(), edge.type.name(),
                    edge.validFrom, edge.validTo));
            current = edge.sourceId.equals(current) ? edge.targetSourceId : edge.sourceId;
        }
        return new ArrayList<>(path);
    }
}
