package io.corroborate.sources.common.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

/**
 * Translates every failure of a GraphQL operation into an {@link ApiException} before SmallRye GraphQL sees it,
 * so that clients get a clear message and code instead of "System error".
 */
@MapsErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ErrorMappingInterceptor {

    @AroundInvoke
    Object mapErrors(InvocationContext context) throws Exception {
        Object result;
        try {
            result = context.proceed();
        } catch (Exception e) {
            throw ErrorMapper.toApiException(e);
        }
        if (result instanceof Uni<?> uni) {
            return uni.onFailure().transform(ErrorMapper::toApiException);
        }
        return result;
    }
}
