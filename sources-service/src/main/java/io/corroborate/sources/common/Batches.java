package io.corroborate.sources.common;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Batch look-ups answer in the order they were asked, with null where nothing was found. */
public final class Batches {

    private Batches() {
    }

    public static <T> List<T> inOrder(List<UUID> ids, List<T> found, Function<T, UUID> idOf) {
        Map<UUID, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
        return ids.stream().map(id -> id == null ? null : byId.get(id)).toList();
    }
}
