package io.corroborate.gateway.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        // One join per batch these ids were asked in (usually one), not one per id: each Uni costs context propagation.
        List<Uni<Map<String, Source>>> batches = ids.stream().filter(Objects::nonNull).map(pending::get).distinct().toList();
        if (batches.isEmpty()) {
            return Uni.createFrom().item(ids.stream().map(id -> (Source) null).toList());
        }
        return Uni.join().all(batches).andFailFast().map(answers -> {
            Map<String, Source> byId = new HashMap<>();
            answers.forEach(byId::putAll);
            return ids.stream().map(id -> id == null ? null : byId.get(id)).toList();
        });
    }
}
