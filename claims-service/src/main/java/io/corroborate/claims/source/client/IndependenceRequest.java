package io.corroborate.claims.source.client;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One question to sources-service's independenceGroupsBatch: these origins, on that day. */
@RegisterForReflection
public record IndependenceRequest(List<String> sourceIds, LocalDate asOf) {
}
