package io.corroborate.sources.common.security;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.corroborate.sources.common.Marking;
import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.error.ErrorCode;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;

/**
 * Who is calling, as the validated bearer token says. Every GraphQL operation starts by calling
 * {@link #require(Role)}, so that authorization reads the same everywhere and fails with our error codes.
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
     * context) and kept in the execution's context: a batched resolver can run on another Vert.x context, where the
     * request-scoped identity cannot be read without blocking the event loop (the gateway answered INTERNAL so) or is
     * not this caller's. Outside an execution, the request's identity.
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

    /** Returns the caller's username when they hold the role (or a higher one); fails otherwise. */
    public String require(Role required) {
        SecurityIdentity caller = identity();
        if (caller.isAnonymous()) {
            throw ApiException.unauthenticated();
        }
        boolean granted = Arrays.stream(Role.values())
                .anyMatch(held -> caller.hasRole(held.tokenName()) && held.grants(required));
        if (!granted) {
            throw ApiException.forbidden("This operation needs the " + required.tokenName() + " role");
        }
        return caller.getPrincipal().getName();
    }

    /**
     * The highest TLP marking the caller may see: the token's {@code clearance} claim (a user attribute in Keycloak).
     * A token without one sees CLEAR items only.
     */
    public Marking clearance() {
        if (identity().getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim("clearance");
            String value = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
            for (Marking marking : Marking.values()) {
                if (marking.name().equals(value)) {
                    return marking;
                }
            }
        }
        return Marking.CLEAR;
    }

    /** The markings the caller may see: every one up to their clearance. Reads filter on these. */
    public List<Marking> visibleMarkings() {
        Marking clearance = clearance();
        return Arrays.stream(Marking.values()).filter(marking -> marking.compareTo(clearance) <= 0).toList();
    }

    /** Refuses to mark an item above the caller's own clearance, on creation or on change. */
    public void requireClearanceFor(String field, Marking marking) {
        if (marking != null && marking.compareTo(clearance()) > 0) {
            throw new ApiException(ErrorCode.FORBIDDEN, field + ": you may not mark an item " + marking
                    + " above your clearance " + clearance(), field);
        }
    }
}
