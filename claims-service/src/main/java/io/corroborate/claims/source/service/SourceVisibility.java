package io.corroborate.claims.source.service;

import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.logging.Logger;

import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.source.client.SourceSummary;
import io.corroborate.claims.source.client.SourcesClient;
import io.smallrye.mutiny.Uni;

/**
 * Which sources the caller may see, asked of sources-service with the caller's own token (sources-service owns the
 * sources' markings). Per request each id is asked once: the hops of a whole page share one batched call.
 *
 * <p>It fails closed: when sources-service does not answer within the timeout, no source counts as visible, so the
 * claims still come back with every hop redacted rather than not at all.
 */
@RequestScoped
public class SourceVisibility {

    private static final Logger LOG = Logger.getLogger(SourceVisibility.class);

    private final SourcesClient sources;
    private final Caller caller;
    private final SourcesSettings settings;
    private final Map<UUID, Uni<Map<UUID, SourceSummary>>> pending = new HashMap<>();

    public SourceVisibility(SourcesClient sources, Caller caller, SourcesSettings settings) {
        this.sources = sources;
        this.caller = caller;
        this.settings = settings;
    }

    /** For each id, in order, whether the caller may see that source; none while sources-service cannot say. */
    public Uni<List<Boolean>> visible(List<UUID> ids) {
        return summaries(ids).map(found -> found.stream().map(Objects::nonNull).toList());
    }

    /**
     * For each id the caller may see, every id that stands for the same source: itself, its survivor if it was merged,
     * and the duplicates merged into that survivor. Hidden ids are absent. Claims keep the ids they were recorded with,
     * so this is how a filter on a survivor finds the claims recorded under its duplicates.
     */
    public Uni<Map<UUID, Set<UUID>>> equivalents(List<UUID> ids) {
        return summaries(ids).map(found -> {
            Map<UUID, Set<UUID>> equivalents = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                SourceSummary source = found.get(i);
                if (source != null) {
                    Set<UUID> same = new LinkedHashSet<>();
                    same.add(ids.get(i));
                    same.add(UUID.fromString(source.id()));
                    if (source.mergedFrom() != null) {
                        source.mergedFrom().forEach(id -> same.add(UUID.fromString(id)));
                    }
                    equivalents.put(ids.get(i), same);
                }
            }
            return equivalents;
        });
    }

    /** Each id's source as sources-service shows it to the caller, null where hidden or unknown; asked once per request. */
    private synchronized Uni<List<SourceSummary>> summaries(List<UUID> ids) {
        List<UUID> missing = ids.stream().filter(id -> id != null && !pending.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Uni<Map<UUID, SourceSummary>> batch = sources
                    .sourcesByIds(missing.stream().map(UUID::toString).toList(), "Bearer " + caller.bearerToken())
                    .ifNoItem().after(settings.visibilityTimeout()).fail()
                    .map(found -> {
                        Map<UUID, SourceSummary> byId = new HashMap<>();
                        for (int i = 0; i < missing.size() && i < found.size(); i++) {
                            if (found.get(i) != null) {
                                byId.put(missing.get(i), found.get(i));
                            }
                        }
                        return byId;
                    })
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("sources-service did not say which sources are visible; redacting their hops: %s",
                                failure.getMessage());
                        return Map.<UUID, SourceSummary>of();
                    })
                    .memoize().indefinitely();
            missing.forEach(id -> pending.put(id, batch));
        }
        // One join per batch these ids were asked in (usually one), not one per id: each Uni costs context propagation.
        List<Uni<Map<UUID, SourceSummary>>> batches = ids.stream().filter(Objects::nonNull).map(pending::get).distinct().toList();
        if (batches.isEmpty()) {
            return Uni.createFrom().item(ids.stream().map(id -> (SourceSummary) null).toList());
        }
        return Uni.join().all(batches).andFailFast().map(answers -> {
            Map<UUID, SourceSummary> byId = new HashMap<>();
            answers.forEach(byId::putAll);
            return ids.stream().map(id -> id == null ? null : byId.get(id)).toList();
        });
    }
}
