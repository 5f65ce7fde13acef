package io.corroborate.claims.event.service;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corroborate.claims.event.repository.ClaimEventRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
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

    private static final Logger LOG = Logger.getLogger(FeedHead.class);

    private final ClaimEventRepository events;
    private final AtomicLong head = new AtomicLong();

    public FeedHead(ClaimEventRepository events, MeterRegistry registry) {
        this.events = events;
        Gauge.builder("corroborate.feed.head.position", head, AtomicLong::get)
                .description("Position of the newest event in the claim feed")
                .register(registry);
    }

    @Scheduled(every = "${corroborate.feed.head-refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        // The session is opened here, not by @WithSession, so that a database that is down (the session cannot open)
        // is handled below too: the gauge keeps its last value, and the next refresh tries again.
        return Panache.withSession(events::headPosition).invoke(head::set).replaceWithVoid()
                .onFailure().invoke(failure -> LOG.debugf("Feed head not refreshed: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
    }
}
