package io.corroborate.gateway.common.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

/** Turns every failure of a GraphQL operation, thrown or inside its {@code Uni}, into an {@link ApiException}. */
@GraphQLOperation
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GraphQLOperationInterceptor {

    @AroundInvoke
    Object intercept(InvocationContext invocation) throws Exception {
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            throw ErrorMapper.toApiException(e);
        }
        if (result instanceof Uni<?> uni) {
            return uni.onFailure().transform(ErrorMapper::toApiException);
        }
        return result;
    }
}
