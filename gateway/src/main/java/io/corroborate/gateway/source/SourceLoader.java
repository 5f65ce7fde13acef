package io.corroborate.gateway.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import io.corroborate.gateway.downstream.DownstreamCalls;
import io.smallrye.mutiny.Uni;

/**
 * Loads sources for one client request, each id at most once. Hops, origins and publishers of a page all need
 * sources; whichever batch asks first fetches its ids, and later batches only fetch what is still missing.
 */
@RequestScoped
public class SourceLoader {

    private final SourcesClient sources;
    private final DownstreamCalls calls;
    private final Map<String, Uni<Map<String, Source>>> pending = new HashMap<>();

    public SourceLoader(SourcesClient sources, DownstreamCalls calls) {
        this.sources = sources;
        this.calls = calls;
    }

    /** The sources with these ids, in the same order, null where none exists. */
    public synchronized Uni<List<Source>> load(List<String> ids) {
        List<String> missing = ids.stream().filter(id -> id != null && !pending.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Uni<Map<String, Source>> batch = calls.toSources(authorization -> sources.sourcesByIds(missing, authorization))
                    .map(found -> {
                        Map<String, Source> byId = new HashMap<>();
                        for (int i = 0; i < missing.size(); i++) {
                            byId.put(missing.get(i), found.get(i));
                        }
                        return byId;
                    })
                    .memoize().indefinitely();
            missing.forEach(id -> pending.put(id, batch));
        }
        List<Uni<Source>> each = new ArrayList<>();
        for (String id : ids) {
            each.add(id == null ? Uni.createFrom().nullItem() : pending.get(id).map(batch -> batch.get(id)));
        }
        if (each.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(each).andFailFast().map(list -> list);
    }
}
