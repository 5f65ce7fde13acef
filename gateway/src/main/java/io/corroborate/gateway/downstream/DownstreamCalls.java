package io.corroborate.gateway.downstream;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import io.corroborate.gateway.common.security.Caller;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * The one way the gateway calls the services behind it: with the caller's own token, guarded by a timeout and a
 * circuit breaker ({@link ServiceGuards}), and counted. The number of calls one client request makes is published
 * as the summary {@code corroborate_gateway_downstream_calls_per_request}, and every call that is sent as
 * {@code corroborate_gateway_downstream_calls_total{service=…}}.
 */
@RequestScoped
public class DownstreamCalls {

    private final MeterRegistry registry;
    private final Caller caller;
    private final ServiceGuards guards;
    private final AtomicInteger calls = new AtomicInteger();

    public DownstreamCalls(MeterRegistry registry, Caller caller, ServiceGuards guards) {
        this.registry = registry;
        this.caller = caller;
        this.guards = guards;
    }

    /** Calls claims-service; the function receives the Authorization header to send. */
    public <T> Uni<T> toClaims(Function<String, Uni<T>> call) {
        String authorization = caller.authorization();
        return guards.claims(() -> counted("claims", () -> call.apply(authorization)));
    }

    /** Calls sources-service; the function receives the Authorization header to send. */
    public <T> Uni<T> toSources(Function<String, Uni<T>> call) {
        String authorization = caller.authorization();
        return guards.sources(() -> counted("sources", () -> call.apply(authorization)));
    }

    /** Counts a call when it is really sent: an open circuit sends nothing. */
    private <T> Uni<T> counted(String service, Supplier<Uni<T>> call) {
        calls.incrementAndGet();
        registry.counter("corroborate.gateway.downstream.calls", "service", service).increment();
        return call.get();
    }

    @PreDestroy
    void publish() {
        DistributionSummary.builder("corroborate.gateway.downstream.calls.per.request")
                .description("Calls to claims-service and sources-service made by one gateway request")
                .register(registry)
                .record(calls.get());
    }
}
