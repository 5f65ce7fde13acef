package io.corroborate.sources.source.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.error.GraphQLOperation;
import io.corroborate.sources.common.input.Inputs;
import io.corroborate.sources.common.paging.Cursor;
import io.corroborate.sources.common.paging.PageRequest;
import io.corroborate.sources.common.paging.Paging;
import io.corroborate.sources.common.security.Caller;
import io.corroborate.sources.common.security.Role;
import io.corroborate.sources.source.CreateSourceInput;
import io.corroborate.sources.source.MentionMatches;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.source.SourceFilter;
import io.corroborate.sources.source.UpdateSourceInput;
import io.corroborate.sources.source.service.MergeService;
import io.corroborate.sources.source.service.SourceService;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = { @Import(name = "@key"), @Import(name = "@shareable") })
public class SourceGraphQLApi {

    private static final int MAX_BATCH = 500;

    private final SourceService sources;
    private final MergeService merges;
    private final Paging paging;
    private final Caller caller;

    public SourceGraphQLApi(SourceService sources, MergeService merges, Paging paging, Caller caller) {
        this.sources = sources;
        this.merges = merges;
        this.paging = paging;
        this.caller = caller;
    }

    @Query
    @Description("One source. The id of a merged duplicate answers with its survivor. A missing source is NOT_FOUND.")
    public Uni<@NonNull Source> source(@NonNull @Id String id) {
        caller.require(Role.VIEWER);
        return sources.get(Inputs.id("id", id));
    }

    @Query
    @Description("A page of sources (merged duplicates left out), oldest first.")
    public Uni<@NonNull SourceConnection> sources(Integer first, String after, SourceFilter filter) {
        caller.require(Role.VIEWER);
        // The filter as given is the list's scope: a cursor taken under another filter is refused.
        PageRequest page = paging.request(first, after, "sources|" + filter);
        return sources.page(filter, page).map(slice -> paging.connection(slice.fetched(), page, slice.totalCount(),
                source -> Cursor.of(source.createdAt, source.id), SourceEdge::new, SourceConnection::new));
    }

    @Query
    @Description("Sources whose name or alias starts with the text or resembles it (\"Rossiiskaya Gazeta\", \"ISW\"), best first.")
    public Uni<@NonNull List<@NonNull Source>> searchSources(@NonNull String text, @DefaultValue("10") int first) {
        caller.require(Role.VIEWER);
        return sources.search(text, paging.request(first, null, "searchSources").first());
    }

    @Query
    @Description("For each mention of a source as an article writes it (\"the Washington-based Institute for the Study of War\","
            + " \"ISW\"), in order, the known sources it may name, best first, among those the caller may see: one call for an"
            + " article's mentions (at most 500). Article intake asks it.")
    public Uni<@NonNull List<@NonNull MentionMatches>> matchSources(@NonNull List<@NonNull String> mentions, @DefaultValue("3") int first) {
        caller.require(Role.VIEWER);
        if (mentions.size() > MAX_BATCH) {
            throw ApiException.validation("mentions", "at most " + MAX_BATCH + " per call");
        }
        return sources.match(mentions, paging.request(first, null, "matchSources").first());
    }

    @Query
    @Description("Batch look-up: the sources with these ids, in the same order; merged ids answer with their survivor; null where none exists.")
    public Uni<@NonNull List<Source>> sourcesByIds(@NonNull List<@NonNull String> ids) {
        caller.require(Role.VIEWER);
        return sources.byIds(ids(ids));
    }

    /** Federation entity resolver for Source, batched. */
    @Resolver
    public Uni<List<Source>> sourcesById(List<String> id) {
        caller.require(Role.VIEWER);
        return sources.byIds(ids(id));
    }

    @Mutation
    @Description("Records a source. A name or alias already in use (once normalized) is a CONFLICT carrying extensions.existingId."
            + " Needs the analyst role.")
    public Uni<@NonNull Source> createSource(@NonNull CreateSourceInput input) {
        String user = caller.require(Role.ANALYST);
        caller.requireClearanceFor("input.marking", input.marking());
        return sources.create(user, input);
    }

    @Mutation
    @Description("Changes a source. Pass the version you read: a stale version is refused with CONFLICT. Needs the analyst role.")
    public Uni<@NonNull Source> updateSource(@NonNull @Id String id, @NonNull int version, @NonNull UpdateSourceInput input) {
        caller.require(Role.ANALYST);
        caller.requireClearanceFor("input.marking", input.marking());
        return sources.update(Inputs.id("id", id), version, input);
    }

    @Mutation
    @Description("Adds an alias; an alias in use by any source is a CONFLICT. Needs the analyst role.")
    public Uni<@NonNull Source> addAlias(@NonNull @Id String sourceId, @NonNull String alias) {
        caller.require(Role.ANALYST);
        return sources.addAlias(Inputs.id("sourceId", sourceId), alias);
    }

    @Mutation
    @Description("Removes an alias (not the source's name). Needs the analyst role.")
    public Uni<@NonNull Source> removeAlias(@NonNull @Id String sourceId, @NonNull String alias) {
        caller.require(Role.ANALYST);
        return sources.removeAlias(Inputs.id("sourceId", sourceId), alias);
    }

    @Mutation
    @Description("Merges a duplicate into the survivor: aliases, affiliations and ratings move, and the duplicate's id"
            + " becomes a redirect to the survivor. Needs the admin role.")
    public Uni<@NonNull Source> mergeSources(@NonNull @Id String survivorId, @NonNull @Id String duplicateId) {
        caller.require(Role.ADMIN);
        return merges.merge(Inputs.id("survivorId", survivorId), Inputs.id("duplicateId", duplicateId));
    }

    @Description("The ids of the duplicates merged into this source (directly or through other merges) that you may see."
            + " Looking up any of them answers with this source: compare the id you asked for with these to tell a"
            + " redirect.")
    public Uni<List<@NonNull List<@NonNull String>>> mergedFrom(@org.eclipse.microprofile.graphql.Source List<Source> batch) {
        List<UUID> ids = batch.stream().map(source -> source.id).toList();
        return sources.mergedFrom(ids).map(byId -> ids.stream()
                .map(id -> byId.getOrDefault(id, List.of()).stream().map(UUID::toString).toList()).toList());
    }

    @Description("Other names the source goes by.")
    public Uni<List<@NonNull List<@NonNull String>>> aliases(@org.eclipse.microprofile.graphql.Source List<Source> batch) {
        List<UUID> ids = batch.stream().map(source -> source.id).toList();
        return sources.aliases(ids).map(byId -> ids.stream().map(id -> byId.getOrDefault(id, List.of())).toList());
    }

    private static List<UUID> ids(List<String> ids) {
        if (ids.size() > MAX_BATCH) {
            throw ApiException.validation("ids", "at most " + MAX_BATCH + " ids per call");
        }
        return ids.stream().map(id -> Inputs.id("ids", id)).toList();
    }
}
