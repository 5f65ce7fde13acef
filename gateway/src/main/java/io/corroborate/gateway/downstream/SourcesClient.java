package io.corroborate.gateway.downstream;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.gateway.source.AffiliateInput;
import io.corroborate.gateway.source.CreateSourceInput;
import io.corroborate.gateway.source.RateSourceInput;
import io.corroborate.gateway.source.Source;
import io.corroborate.gateway.source.UpdateSourceInput;
import io.corroborate.gateway.source.SourceConnection;
import io.corroborate.gateway.source.SourceFilter;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/** sources-service, as a typed GraphQL client. Every call carries the caller's own token. */
@GraphQLClientApi(configKey = "sources")
public interface SourcesClient {

    @Query("source")
    Uni<Source> source(@NonNull @Id String id, @Header(name = "Authorization") String authorization);

    @Query("sources")
    Uni<SourceConnection> sources(Integer first, String after, SourceFilter filter,
            @Header(name = "Authorization") String authorization);

    @Query("searchSources")
    Uni<List<Source>> searchSources(@NonNull String text, int first, @Header(name = "Authorization") String authorization);

    @Mutation("createSource")
    Uni<Source> createSource(@NonNull CreateSourceInput input, @Header(name = "Authorization") String authorization);

    @Mutation("updateSource")
    Uni<Source> updateSource(@NonNull @Id String id, int version, @NonNull UpdateSourceInput input,
            @Header(name = "Authorization") String authorization);

    @Mutation("affiliate")
    Uni<Source> affiliate(@NonNull AffiliateInput input, @Header(name = "Authorization") String authorization);

    @Mutation("rateSource")
    Uni<Source> rateSource(@NonNull RateSourceInput input, @Header(name = "Authorization") String authorization);

    @Mutation("mergeSources")
    Uni<Source> mergeSources(@NonNull @Id String survivorId, @NonNull @Id String duplicateId,
            @Header(name = "Authorization") String authorization);

    @Query("sourcesByIds")
    Uni<List<Source>> sourcesByIds(@NonNull List<@NonNull String> ids, @Header(name = "Authorization") String authorization);
}
