package io.corroborate.gateway.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import io.corroborate.gateway.downstream.DownstreamCalls;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.Selections;
import io.smallrye.mutiny.Uni;

/**
 * Loads sources for one client request, each id at most once. Hops, origins and publishers of a page all need
 * sources; whichever batch asks first fetches its ids, and later batches only fetch what is still missing. Every
 * batch asks for what all those fields selected together, so a source loaded for one serves the others.
 */
@RequestScoped
public class SourceLoader {

    private final SourcesClient sources;
    private final DownstreamCalls calls;
    private final Selections selections;
    private final Map<String, Uni<Map<String, Source>>> pending = new HashMap<>();
    private DownstreamSelection selection;

    public SourceLoader(SourcesClient sources, DownstreamCalls calls, Selections selections) {
        this.sources = sources;
        this.calls = calls;
        this.selections = selections;
    }

    /** The sources with these ids, in the same order, null where none exists. */
    public synchronized Uni<List<Source>> load(List<String> ids) {
        List<String> missing = ids.stream().filter(id -> id != null && !pending.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            if (selection == null) {
                selection = selections.ofJoinsReturning("Source");
            }
            DownstreamSelection asked = selection;
            Uni<Map<String, Source>> batch = calls.toSources(authorization -> sources.sourcesByIds(missing, asked, authorization))
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
