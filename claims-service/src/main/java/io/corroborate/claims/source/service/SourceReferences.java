package io.corroborate.claims.source.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corroborate.claims.claim.AttributionHop;
import io.corroborate.claims.claim.ClaimInputs;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.error.ErrorCode;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.source.client.SourceSummary;
import io.corroborate.claims.source.client.SourcesClient;
import io.smallrye.mutiny.Uni;

/**
 * Checks source ids against sources-service before anything is written: one batched call per write.
 *
 * <p>The call carries the caller's own bearer token, not a service token: sources-service then applies the caller's
 * roles (and, with markings, their clearance), so nobody can reference a source they could not read themselves.
 */
@ApplicationScoped
public class SourceReferences {

    private static final Logger LOG = Logger.getLogger(SourceReferences.class);

    /** A source id to check, and the input field that named it. */
    public record Reference(String field, UUID sourceId) {
    }

    /** The references of an attribution chain, named by their input fields. */
    public static List<Reference> ofChain(String field, List<AttributionHop> chain) {
        return chain.stream().map(hop -> new Reference(field + "[" + hop.position + "].sourceId", hop.sourceId)).toList();
    }

    /**
     * Points every hop at the live source its id now stands for; a duplicate next to its own survivor then names one
     * source twice in a row, which is refused like any such chain.
     */
    public static void applySurvivors(String field, List<AttributionHop> chain, Map<UUID, UUID> survivors) {
        chain.forEach(hop -> hop.sourceId = survivors.getOrDefault(hop.sourceId, hop.sourceId));
        ClaimInputs.requireNoSourceTwiceInARow(field, chain);
    }

    private final SourcesClient sources;
    private final Caller caller;

    public SourceReferences(SourcesClient sources, Caller caller) {
        this.sources = sources;
        this.caller = caller;
    }

    /**
     * Resolves every reference to the id of the live source: itself, or the survivor of a merge.
     * Fails with VALIDATION naming the first unknown id's field, or UNAVAILABLE if sources-service cannot answer.
     */
    public Uni<Map<UUID, UUID>> resolve(List<Reference> references) {
        List<UUID> ids = references.stream().map(Reference::sourceId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String authorization = "Bearer " + caller.bearerToken();
        return sources.sourcesByIds(ids.stream().map(UUID::toString).toList(), authorization)
                .onFailure().transform(failure -> {
                    LOG.warnf("sources-service did not answer a source check: %s", failure.getMessage());
                    return new ApiException(ErrorCode.UNAVAILABLE,
                            "sources-service cannot be reached to check the sources; nothing was stored", null);
                })
                .map(found -> {
                    Map<UUID, UUID> survivors = new LinkedHashMap<>();
                    for (int i = 0; i < ids.size(); i++) {
                        SourceSummary source = i < found.size() ? found.get(i) : null;
                        if (source != null) {
                            survivors.put(ids.get(i), UUID.fromString(source.id()));
                        }
                    }
                    for (Reference reference : references) {
                        if (reference.sourceId() != null && !survivors.containsKey(reference.sourceId())) {
                            throw ApiException.validation(reference.field(), "no source " + reference.sourceId());
                        }
                    }
                    return survivors;
                });
    }
}
