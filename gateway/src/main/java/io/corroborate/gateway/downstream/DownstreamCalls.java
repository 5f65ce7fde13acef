package io.corroborate.gateway.downstream;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Counts the calls one client request makes to the services behind the gateway. The count per request is published
 * as the summary {@code corroborate_gateway_downstream_calls_per_request}, and every call as
 * {@code corroborate_gateway_downstream_calls_total{service=…}}.
 */
@RequestScoped
public class DownstreamCalls {

    private final MeterRegistry registry;
    private final AtomicInteger calls = new AtomicInteger();

    public DownstreamCalls(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Makes the call (when subscribed) and counts it. */
    public <T> Uni<T> call(String service, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            calls.incrementAndGet();
            registry.counter("corroborate.gateway.downstream.calls", "service", service).increment();
            return call.get();
        });
    }

    @PreDestroy
    void publish() {
        DistributionSummary.builder("corroborate.gateway.downstream.calls.per.request")
                .description("Calls to claims-service and sources-service made by one gateway request")
                .register(registry)
                .record(calls.get());
    }
}
