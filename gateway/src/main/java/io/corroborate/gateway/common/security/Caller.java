package io.corroborate.gateway.common.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.corroborate.gateway.common.error.ApiException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

/**
 * Who is calling, as the validated bearer token says. The gateway only requires a valid token; each service
 * enforces roles itself on the token the gateway passes on.
 */
@ApplicationScoped
public class Caller {

    /** Where a GraphQL execution keeps its caller's identity, once its first resolver has read it. */
    private static final String IDENTITY = "corroborate.identity";

    private final CurrentIdentityAssociation association;
    private final Context graphQL;

    public Caller(CurrentIdentityAssociation association, Context graphQL) {
        this.association = association;
        this.graphQL = graphQL;
    }

    /**
     * The caller's identity, read once per GraphQL execution (by the operation's first resolver, on the request's own
     * context) and kept in the execution's context: a batched resolver (a page's sources) can run on another Vert.x
     * context, where the request-scoped identity cannot be read without blocking the event loop ("The current thread
     * cannot be blocked", seen under the portal's concurrent requests) or is not this caller's. Outside an execution,
     * the request's identity. The services' Caller does the same.
     */
    private SecurityIdentity identity() {
        GraphQLContext execution = executionContext();
        SecurityIdentity known = execution == null ? null : execution.get(IDENTITY);
        if (known != null) {
            return known;
        }
        SecurityIdentity current = association.getIdentity();
        if (execution != null) {
            execution.put(IDENTITY, current);
        }
        return current;
    }

    private GraphQLContext executionContext() {
        try {
            DataFetchingEnvironment environment = graphQL.unwrap(DataFetchingEnvironment.class);
            return environment == null ? null : environment.getGraphQlContext();
        } catch (RuntimeException outsideAnExecution) {
            return null;
        }
    }

    /** The Authorization header to pass on to a service; fails with UNAUTHENTICATED for an anonymous caller. */
    public String authorization() {
        SecurityIdentity caller = identity();
        AccessTokenCredential credential = caller.isAnonymous() ? null : caller.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            throw ApiException.unauthenticated();
        }
        return "Bearer " + credential.getToken();
    }

    public String username() {
        authorization();
        return identity().getPrincipal().getName();
    }

    public List<String> roles() {
        return identity().getRoles().stream().sorted().toList();
    }

    /** The highest TLP marking the caller may see, from the token's {@code clearance} claim. */
    public String clearance() {
        if (identity().getPrincipal() instanceof JsonWebToken token) {
            Object clearance = token.getClaim("clearance");
            return clearance == null ? null : clearance.toString().replace("\"", "");
        }
        return null;
    }
}
