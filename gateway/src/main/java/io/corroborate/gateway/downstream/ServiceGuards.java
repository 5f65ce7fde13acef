package io.corroborate.gateway.downstream;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;

/**
 * A timeout and a circuit breaker per service behind the gateway. Their settings live in application.yml under
 * {@code quarkus.fault-tolerance.global}. A service that answers with a GraphQL error (NOT_FOUND, VALIDATION, ...)
 * is healthy, so those answers do not count as failures; only timeouts and transport failures open the circuit.
 */
@ApplicationScoped
public class ServiceGuards {

    @Timeout
    @CircuitBreaker(skipOn = GraphQLClientException.class)
    @CircuitBreakerName("claims-service")
    public <T> Uni<T> claims(Supplier<Uni<? extends T>> call) {
        return Uni.createFrom().deferred(call);
    }

    @Timeout
    @CircuitBreaker(skipOn = GraphQLClientException.class)
    @CircuitBreakerName("sources-service")
    public <T> Uni<T> sources(Supplier<Uni<? extends T>> call) {
        return Uni.createFrom().deferred(call);
    }
}
