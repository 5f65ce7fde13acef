package io.corroborate.gateway.downstream;

import java.util.Map;

/**
 * The fields of the public schema that the gateway resolves itself (a hop's source, a claim's article), each with the
 * keys it joins on: what is asked of the service in its place, in the form {@link DownstreamSelection#parse} reads.
 * Each feature declares its own as a bean; keys are written as coordinates, {@code "AttributionHop.source"}.
 */
public interface JoinKeys {

    Map<String, String> byField();
}
