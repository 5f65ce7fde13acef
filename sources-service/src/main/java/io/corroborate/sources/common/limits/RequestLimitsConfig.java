package io.corroborate.sources.common.limits;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bounds on one client request (OWASP GraphQL cheat sheet); each is overridable by the environment. */
@ConfigMapping(prefix = "corroborate.limits")
public interface RequestLimitsConfig {

    /** How deeply fields may nest; introspection fields are not counted. */
    @WithDefault("12")
    int maxDepth();

    /** The cost budget: each field costs the product of the page sizes above it. */
    @WithDefault("5000")
    int maxCost();

    /** Aliased fields per operation, against alias-based batching attacks. */
    @WithDefault("30")
    int maxAliases();

    /** Operations in one batched (JSON array) request. */
    @WithDefault("10")
    int maxBatch();

    /** The request body, in bytes. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** The largest {@code first} a client may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /** The page size assumed for cost when a client gives no {@code first}: the services' default. */
    @WithDefault("20")
    int defaultPageSize();

    /**
     * The fields resolved for a whole page at once that take arguments, as {@code Type.field}: each may be asked with
     * one set of arguments per request (BatchedFieldArguments).
     */
    List<String> batchedFields();
}
