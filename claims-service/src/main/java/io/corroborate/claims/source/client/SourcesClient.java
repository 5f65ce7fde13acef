package io.corroborate.claims.source.client;

import org.eclipse.microprofile.graphql.Id;
import java.util.List;

import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/** sources-service's batch look-up, as a typed GraphQL client (URL and timeouts under quarkus.smallrye-graphql-client.sources). */
@GraphQLClientApi(configKey = "sources")
public interface SourcesClient {

    /** The sources in request order; merged ids come back as their survivors; null where none exists. */
    @Query("sourcesByIds")
    Uni<List<SourceSummary>> sourcesByIds(@NonNull List<@NonNull String> ids,
            @Header(name = "Authorization") String authorization);

    /** The sources with these ids, with their names, in request order; null where none exists or the caller may not see it. */
    @Query("sourcesByIds")
    Uni<List<NamedSource>> namedSourcesByIds(@NonNull List<@NonNull String> ids, @Header(name = "Authorization") String authorization);

    /** For each mention, in order, the known sources (that the caller may see) it may name, best first. */
    @Query("matchSources")
    Uni<List<MentionMatches>> matchSources(@NonNull List<@NonNull String> mentions, int first,
            @Header(name = "Authorization") String authorization);

    /** Creates a source, as the caller (who needs the analyst role there too). */
    @Mutation("createSource")
    Uni<NamedSource> createSource(@NonNull NewSource input, @Header(name = "Authorization") String authorization);

    /** For each question, in order, its independence groups; hidden or unknown sources are left out. */
    @Query("independenceGroupsBatch")
    Uni<List<List<IndependenceGroup>>> independenceGroupsBatch(@NonNull List<@NonNull IndependenceRequest> requests,
            @Header(name = "Authorization") String authorization);
}
