package io.corroborate.claims.event.service;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.event.repository.ClaimEventRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Publishes the newest event's position as {@code corroborate_feed_head_position}. Set beside sources-service's
 * {@code corroborate_feed_position}, it tells operators how many events the consumer is behind (README, Observability).
 * A gauge cannot query the database when scraped, so the value is refreshed on a schedule instead.
 */
@Startup // registers the gauge at start-up, before the first refresh
@ApplicationScoped
public class FeedHead {

    private final ClaimEventRepository events;
    private final AtomicLong head = new AtomicLong();

    public FeedHead(ClaimEventRepository events, MeterRegistry registry) {
        this.events = events;
        Gauge.builder("corroborate.feed.head.position", head, AtomicLong::get)
                .description("Position of the newest event in the claim feed")
                .register(registry);
    }

    @Scheduled(every = "${corroborate.feed.head-refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSession
    Uni<Void> refresh() {
        return events.headPosition().invoke(head::set).replaceWithVoid();
    }
}
