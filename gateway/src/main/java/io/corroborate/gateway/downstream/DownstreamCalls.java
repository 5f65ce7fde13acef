package io.corroborate.gateway.downstream;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import io.corroborate.gateway.common.security.Caller;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * The one way the gateway calls the services behind it: with the caller's own token, and counted. Counts the calls
 * one client request makes to the services behind the gateway. The count per request is published
 * as the summary {@code corroborate_gateway_downstream_calls_per_request}, and every call as
 * {@code corroborate_gateway_downstream_calls_total{service=…}}.
 */
@RequestScoped
public class DownstreamCalls {

    private final MeterRegistry registry;
    private final Caller caller;
    private final AtomicInteger calls = new AtomicInteger();

    public DownstreamCalls(MeterRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    /** Calls claims-service; the function receives the Authorization header to send. */
    public <T> Uni<T> toClaims(Function<String, Uni<T>> call) {
        return call("claims", call);
    }

    /** Calls sources-service; the function receives the Authorization header to send. */
    public <T> Uni<T> toSources(Function<String, Uni<T>> call) {
        return call("sources", call);
    }

    private <T> Uni<T> call(String service, Function<String, Uni<T>> call) {
        String authorization = caller.authorization();
        return Uni.createFrom().deferred(() -> {
            calls.incrementAndGet();
            registry.counter("corroborate.gateway.downstream.calls", "service", service).increment();
            return call.apply(authorization);
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
