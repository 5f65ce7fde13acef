package io.corroborate.gateway.downstream;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Identical queries in flight at the same time share one call: same service, same document, same variables and the
 * same caller's token, so each caller still gets exactly what its own token may see. A query sent after the shared
 * one has finished is sent anew: nothing is cached. (Hive Gateway does the same by default.) Mutations are never
 * shared.
 */
final class InflightQueries<T> {

    private final Map<String, Uni<T>> inflight = new ConcurrentHashMap<>();

    Uni<T> share(String key, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> inflight.computeIfAbsent(key, sent -> call.get()
                .onTermination().invoke(() -> inflight.remove(sent))
                .memoize().indefinitely()));
    }
}
