package io.corroborate.claims.source.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How claims-service waits for sources-service. A mapping is read once, at start: a {@code @ConfigProperty} in the
 * request-scoped SourceVisibility was looked up in every request, a measurable part of a page's CPU.
 */
@ConfigMapping(prefix = "corroborate.sources")
public interface SourcesSettings {

    /** How long a page waits for sources-service to say which of its sources the caller may see; then it redacts them. */
    @WithDefault("1s")
    Duration visibilityTimeout();
}
