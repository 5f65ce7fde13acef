package io.corroborate.gateway.common.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.corroborate.gateway.common.error.ApiException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

/**
 * Who is calling, as the validated bearer token says. The gateway only requires a valid token; each service
 * enforces roles itself on the token the gateway passes on.
 */
@ApplicationScoped
public class Caller {

    /** Where an execution keeps its caller's Authorization header once read (graphql-java's per-execution context). */
    private static final String AUTHORIZATION = "corroborate.authorization";

    private final SecurityIdentity identity;
    private final Context graphQL;

    public Caller(SecurityIdentity identity, Context graphQL) {
        this.identity = identity;
        this.graphQL = graphQL;
    }

    /**
     * The Authorization header to pass on to a service; fails with UNAUTHENTICATED for an anonymous caller. It is read
     * from the identity once per GraphQL execution, by its first resolver, and kept in the execution's own context:
     * a batched resolver (a page's sources) may run where reading the identity would block the event loop ("The current
     * thread cannot be blocked", seen under the portal's concurrent requests), and the execution's context belongs to
     * this request alone.
     */
    public String authorization() {
        GraphQLContext execution = executionContext();
        String known = execution == null ? null : execution.get(AUTHORIZATION);
        if (known != null) {
            return known;
        }
        AccessTokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            throw ApiException.unauthenticated();
        }
        String header = "Bearer " + credential.getToken();
        if (execution != null) {
            execution.put(AUTHORIZATION, header);
        }
        return header;
    }

    /** The running GraphQL execution's context; null outside one. */
    private GraphQLContext executionContext() {
        try {
            DataFetchingEnvironment environment = graphQL.unwrap(DataFetchingEnvironment.class);
            return environment == null ? null : environment.getGraphQlContext();
        } catch (RuntimeException outsideAnExecution) {
            return null;
        }
    }

    public String username() {
        authorization();
        return identity.getPrincipal().getName();
    }

    public List<String> roles() {
        return identity.getRoles().stream().sorted().toList();
    }

    /** The highest TLP marking the caller may see, from the token's {@code clearance} claim. */
    public String clearance() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object clearance = token.getClaim("clearance");
            return clearance == null ? null : clearance.toString().replace("\"", "");
        }
        return null;
    }
}
