package io.corroborate.claims.source.client;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** sources-service's answer: sources that are not independent of one another, and the links that say why. */
@RegisterForReflection
public record IndependenceGroup(List<String> sourceIds, List<Link> links) {

    @RegisterForReflection
    public record Link(String fromSourceId, String toSourceId, String type, LocalDate validFrom, LocalDate validTo) {
    }
}
