package io.corroborate.claims.history.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.history.ClaimChange;
import io.corroborate.claims.history.service.ClaimHistory;
import io.corroborate.claims.source.service.SourceVisibility;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class HistoryGraphQLApi {

    /** One hop as the history writes a chain: {@code <source id> (<channel or verb>)}, hops joined by " > ". */
    private static final Pattern HOP = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) \\(([A-Z_a-z]*)\\)");
    static final String REDACTED_HOP = "[redacted]";

    private final ClaimHistory history;
    private final SourceVisibility visibility;

    public HistoryGraphQLApi(ClaimHistory history, SourceVisibility visibility) {
        this.history = history;
        this.visibility = visibility;
    }

    @Description("Every change made to this claim after it was created, oldest first. In a changed chain, a hop whose"
            + " source is above your clearance reads [redacted], as it does in the chain itself.")
    public Uni<List<@NonNull List<@NonNull ClaimChange>>> history(@Source List<Claim> claims) {
        List<UUID> ids = claims.stream().map(claim -> claim.id).toList();
        return history.forClaims(ids).chain(byClaim -> {
            List<List<ClaimChange>> changes = ids.stream().map(id -> byClaim.getOrDefault(id, List.<ClaimChange>of())).toList();
            return redactHiddenHops(changes);
        });
    }

    /**
     * The changes with every hop whose source is hidden redacted in the chains of attribution changes (copies: the
     * stored changes are never touched), with one batched visibility check for all their sources.
     */
    private Uni<List<List<ClaimChange>>> redactHiddenHops(List<List<ClaimChange>> changes) {
        List<UUID> sources = changes.stream().flatMap(List::stream).filter(HistoryGraphQLApi::isChain)
                .flatMap(change -> Stream.concat(sourcesIn(change.oldValue).stream(), sourcesIn(change.newValue).stream()))
                .distinct().toList();
        if (sources.isEmpty()) {
            return Uni.createFrom().item(changes);
        }
        return visibility.visible(sources).map(visible -> changes.stream().map(list -> list.stream()
                .map(change -> !isChain(change) ? change
                        : change.shownAs(redact(change.oldValue, sources, visible), redact(change.newValue, sources, visible)))
                .toList()).toList());
    }

    private static boolean isChain(ClaimChange change) {
        return "attribution".equals(change.field);
    }

    private static List<UUID> sourcesIn(String chain) {
        List<UUID> ids = new ArrayList<>();
        if (chain != null) {
            Matcher hop = HOP.matcher(chain);
            while (hop.find()) {
                ids.add(UUID.fromString(hop.group(1)));
            }
        }
        return ids;
    }

    private static String redact(String chain, List<UUID> sources, List<Boolean> visible) {
        if (chain == null) {
            return null;
        }
        return HOP.matcher(chain).replaceAll(hop -> visible.get(sources.indexOf(UUID.fromString(hop.group(1))))
                ? Matcher.quoteReplacement(hop.group()) : REDACTED_HOP);
    }
}
