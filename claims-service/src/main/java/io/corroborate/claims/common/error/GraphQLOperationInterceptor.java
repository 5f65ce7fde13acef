package io.corroborate.claims.common.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.opentelemetry.context.Context;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;

/**
 * What every GraphQL operation and field resolver gets:
 * <ul>
 * <li>its own Vert.x sub-context. GraphQL resolves sibling fields concurrently, and Hibernate Reactive keeps one
 * session per context: sharing it would run two queries on one connection at once. The request's CDI state (and
 * with it the caller's identity) comes along, and so does its trace context, so that the resolver's SQL and its
 * calls to the other service belong to the request's trace;</li>
 * <li>its failures, thrown or inside the {@code Uni}, turned into {@link ApiException}s by {@link ErrorMapper},
 * so that clients get a clear message and code instead of "System error".</li>
 * </ul>
 */
@GraphQLOperation
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GraphQLOperationInterceptor {

    @AroundInvoke
    Object intercept(InvocationContext invocation) throws Exception {
        ContextInternal current = (ContextInternal) Vertx.currentContext();
        if (current == null || !Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            return proceed(invocation);
        }
        Context trace = Context.current();
        ContextInternal own = (ContextInternal) VertxContext.createNewDuplicatedContext(current);
        VertxContextSafetyToggle.setContextSafe(own, true);
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState requestState = requestContext.getStateIfActive();
        Uni<?> result;
        ContextInternal previous = own.beginDispatch();
        try {
            // Attached for the sub-context's whole life (its Uni runs on it later), so the scope is not closed.
            trace.makeCurrent();
            if (requestState != null) {
                requestContext.activate(requestState);
            }
            result = (Uni<?>) proceed(invocation);
        } catch (ApiException e) {
            result = Uni.createFrom().failure(e);
        } finally {
            if (requestState != null) {
                requestContext.deactivate();
            }
            own.endDispatch(previous);
        }
        return result.runSubscriptionOn(task -> own.runOnContext(ignored -> task.run()))
                .onFailure().transform(ErrorMapper::toApiException);
    }

    private static Object proceed(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            throw ErrorMapper.toApiException(e);
        }
    }
}
