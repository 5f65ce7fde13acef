package io.corroborate.gateway.downstream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;

/**
 * A timeout and a circuit breaker per service behind the gateway. The circuit breaker's settings live in
 * application.yml under {@code quarkus.fault-tolerance.global}, the timeout under {@code corroborate.downstream}. A
 * service that answers with a GraphQL error (NOT_FOUND, VALIDATION, ...) is healthy, so those answers do not count as
 * failures; only timeouts and transport failures open the circuit.
 *
 * <p>The timeout is a Vert.x timer on the caller's own event loop, not Fault Tolerance's {@code @Timeout}, whose timer
 * thread was woken for every call (about 7 % of the gateway's CPU on a small query: docs/benchmarks.md). It fails the
 * call with Fault Tolerance's own {@link TimeoutException}, so the circuit breaker counts it and the error mapper
 * reports it as before.
 */
@ApplicationScoped
public class ServiceGuards {

    private final Vertx vertx;
    private final long timeoutMillis;

    public ServiceGuards(Vertx vertx, @ConfigProperty(name = "corroborate.downstream.timeout") Duration timeout) {
        this.vertx = vertx;
        this.timeoutMillis = timeout.toMillis();
    }

    @CircuitBreaker(skipOn = GraphQLClientException.class)
    @CircuitBreakerName("claims-service")
    public <T> Uni<T> claims(Supplier<Uni<? extends T>> call) {
        return timed("claims-service", call);
    }

    @CircuitBreaker(skipOn = GraphQLClientException.class)
    @CircuitBreakerName("sources-service")
    public <T> Uni<T> sources(Supplier<Uni<? extends T>> call) {
        return timed("sources-service", call);
    }

    /** The call's answer, or a TimeoutException when none came in time; a call cut off is cancelled. */
    private <T> Uni<T> timed(String service, Supplier<Uni<? extends T>> call) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicReference<Cancellable> subscription = new AtomicReference<>();
            long timer = vertx.setTimer(timeoutMillis,
                    fired -> emitter.fail(new TimeoutException(service + " did not answer within " + timeoutMillis + " ms")));
            emitter.onTermination(() -> {
                vertx.cancelTimer(timer);
                Cancellable sent = subscription.get();
                if (sent != null) {
                    sent.cancel();
                }
            });
            subscription.set(call.get().subscribe().with(emitter::complete, emitter::fail));
        });
    }
}
