package io.corroborate.claims.source.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private final Duration timeout;
    private final Map<UUID, Uni<Map<UUID, Boolean>>> pending = new HashMap<>();

    public SourceVisibility(SourcesClient sources, Caller caller,
            @ConfigProperty(name = "corroborate.sources.visibility-timeout", defaultValue = "1s") Duration timeout) {
        this.sources = sources;
        this.caller = caller;
        this.timeout = timeout;
    }

    /** For each id, in order, whether the caller may see that source; none while sources-service cannot say. */
    public synchronized Uni<List<Boolean>> visible(List<UUID> ids) {
        List<UUID> missing = ids.stream().filter(id -> id != null && !pending.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Uni<Map<UUID, Boolean>> batch = sources
                    .sourcesByIds(missing.stream().map(UUID::toString).toList(), "Bearer " + caller.bearerToken())
                    .ifNoItem().after(timeout).fail()
                    .map(found -> {
                        Map<UUID, Boolean> visible = new HashMap<>();
                        for (int i = 0; i < missing.size(); i++) {
                            SourceSummary source = i < found.size() ? found.get(i) : null;
                            visible.put(missing.get(i), source != null);
                        }
                        return visible;
                    })
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("sources-service did not say which sources are visible; redacting their hops: %s",
                                failure.getMessage());
                        Map<UUID, Boolean> none = new HashMap<>();
                        missing.forEach(id -> none.put(id, false));
                        return none;
                    })
                    .memoize().indefinitely();
            missing.forEach(id -> pending.put(id, batch));
        }
        List<Uni<Boolean>> each = new ArrayList<>();
        for (UUID id : ids) {
            each.add(id == null ? Uni.createFrom().item(false) : pending.get(id).map(batch -> batch.get(id)));
        }
        if (each.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(each).andFailFast().map(list -> list.stream().map(Objects::requireNonNull).toList());
    }
}
