package io.corroborate.claims.source.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A source's id and name, as an analyst recognises it. */
@RegisterForReflection
public record NamedSource(String id, String name) {
}
