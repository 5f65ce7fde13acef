package io.corroborate.claims.source.client;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One question to sources-service's independenceGroupsBatch: these origins, on that day. */
@RegisterForReflection
@Input("IndependenceRequest") // the typed client would otherwise call it IndependenceRequestInput
public record IndependenceRequest(List<String> sourceIds, LocalDate asOf) {
}
