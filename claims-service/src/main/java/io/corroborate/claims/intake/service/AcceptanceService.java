package io.corroborate.claims.intake.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.article.ArticleUrls;
import io.corroborate.claims.article.CreateArticleInput;
import io.corroborate.claims.article.repository.ArticleRepository;
import io.corroborate.claims.bundle.BundleClaimInput;
import io.corroborate.claims.bundle.BundleInput;
import io.corroborate.claims.bundle.service.BundleService;
import io.corroborate.claims.claim.AttributionHopInput;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.error.ErrorCode;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.intake.AcceptProposalsInput;
import io.corroborate.claims.intake.NewSourceInput;
import io.corroborate.claims.source.client.MentionMatches;
import io.corroborate.claims.source.client.NewSource;
import io.corroborate.claims.source.client.SourcesClient;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Accepting an article's proposals in one call: the new sources the analyst confirmed are created in sources-service
 * (or reused, when one of exactly that name is already there: a retry after a failure creates nothing twice), their
 * {@code new:<key>} references replaced by the ids, and the article with its claims and chains imported as a bundle,
 * which is idempotent by the article's URL. An article already imported is returned as it is, and nothing is created.
 */
@ApplicationScoped
public class AcceptanceService {

    static final String NEW = "new:";
    private static final int MAX_NEW_SOURCES = 100;

    private final BundleService bundles;
    private final ArticleRepository articles;
    private final SourcesClient sources;

    public AcceptanceService(BundleService bundles, ArticleRepository articles, SourcesClient sources) {
        this.bundles = bundles;
        this.articles = articles;
        this.sources = sources;
    }

    public Uni<Article> accept(String user, AcceptProposalsInput input, String authorization) {
        BundleInput bundle = Inputs.required("input.bundle", input.bundle());
        Map<String, NewSourceInput> byKey = newSources(input.newSources());
        checkReferences(bundle, byKey);
        String url = ArticleUrls.normalize("input.bundle.article.url", bundle.article().url());
        // The bundle is checked before any source is created, so that a bad claim stores nothing at all.
        Map<String, String> placeholders = new LinkedHashMap<>();
        byKey.keySet().forEach(key -> placeholders.put(key, java.util.UUID.randomUUID().toString()));
        bundles.validate(user, withIds(bundle, placeholders));
        return Panache.withSession(() -> articles.findByUrl(url)).chain(existing -> existing != null
                ? Uni.createFrom().item(existing)
                : created(byKey, authorization).chain(ids -> bundles.importBundle(user, withIds(bundle, ids))));
    }

    private static Map<String, NewSourceInput> newSources(List<NewSourceInput> given) {
        Map<String, NewSourceInput> byKey = new LinkedHashMap<>();
        List<NewSourceInput> list = given == null ? List.of() : given;
        if (list.size() > MAX_NEW_SOURCES) {
            throw ApiException.validation("input.newSources", "at most " + MAX_NEW_SOURCES + " new sources per article");
        }
        for (int i = 0; i < list.size(); i++) {
            NewSourceInput source = list.get(i);
            String field = "input.newSources[" + i + "]";
            String key = Inputs.text(field + ".key", source.key(), 100);
            Inputs.text(field + ".name", source.name(), 300);
            Inputs.required(field + ".kind", source.kind());
            if (byKey.put(key, source) != null) {
                throw ApiException.validation(field + ".key", "the key " + key + " is used twice");
            }
        }
        return byKey;
    }

    // Every "new:<key>" must name a new source of this call.
    private static void checkReferences(BundleInput bundle, Map<String, NewSourceInput> byKey) {
        check("input.bundle.article.publisherSourceId", bundle.article().publisherSourceId(), byKey);
        for (int i = 0; i < bundle.claims().size(); i++) {
            List<AttributionHopInput> hops = bundle.claims().get(i).attribution();
            for (int j = 0; hops != null && j < hops.size(); j++) {
                check("input.bundle.claims[" + i + "].attribution[" + j + "].sourceId", hops.get(j).sourceId(), byKey);
            }
        }
    }

    private static void check(String field, String sourceId, Map<String, NewSourceInput> byKey) {
        if (sourceId != null && sourceId.startsWith(NEW) && !byKey.containsKey(sourceId.substring(NEW.length()))) {
            throw ApiException.validation(field, "no new source with the key " + sourceId.substring(NEW.length()));
        }
    }

    /** The id of each new source, by key: an existing source of exactly that name, or one created now, one by one. */
    private Uni<Map<String, String>> created(Map<String, NewSourceInput> byKey, String authorization) {
        if (byKey.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<String> names = byKey.values().stream().map(NewSourceInput::name).toList();
        return sources.matchSources(names, 3, authorization)
                .onFailure().transform(AcceptanceService::unavailable)
                .chain(matches -> {
                    Map<String, String> ids = new LinkedHashMap<>();
                    List<Map.Entry<String, NewSourceInput>> entries = new ArrayList<>(byKey.entrySet());
                    return Multi.createFrom().range(0, entries.size()).onItem().transformToUniAndConcatenate(i -> {
                        Map.Entry<String, NewSourceInput> entry = entries.get(i);
                        String existing = sameName(entry.getValue().name(), i < matches.size() ? matches.get(i) : null);
                        Uni<String> id = existing != null ? Uni.createFrom().item(existing)
                                : sources.createSource(new NewSource(entry.getValue().name().strip(), entry.getValue().kind().name(),
                                        entry.getValue().marking() == null ? null : entry.getValue().marking().name()), authorization)
                                        .onFailure().transform(AcceptanceService::unavailable)
                                        .map(source -> source.id());
                        return id.invoke(value -> ids.put(entry.getKey(), value));
                    }).collect().last().replaceWith(ids);
                });
    }

    private static String sameName(String name, MentionMatches matches) {
        if (matches == null || matches.matches() == null) {
            return null;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return matches.matches().stream()
                .filter(candidate -> candidate.source() != null && candidate.source().name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .map(candidate -> candidate.source().id()).findFirst().orElse(null);
    }

    private static Throwable unavailable(Throwable failure) {
        return failure instanceof ApiException ? failure : new ApiException(ErrorCode.UNAVAILABLE,
                "sources-service cannot be reached to create the new sources; nothing was stored", null);
    }

    private static BundleInput withIds(BundleInput bundle, Map<String, String> ids) {
        CreateArticleInput article = bundle.article();
        CreateArticleInput resolvedArticle = new CreateArticleInput(article.url(), article.title(), id(article.publisherSourceId(), ids),
                article.publishedAt(), article.language(), article.retrievedAt(), article.marking());
        List<BundleClaimInput> claims = bundle.claims().stream().map(claim -> new BundleClaimInput(claim.key(), claim.statement(),
                claim.quote(), claim.claimedAt(), claim.topics(), claim.figures(), claim.marking(),
                claim.attribution() == null ? null : claim.attribution().stream().map(hop -> new AttributionHopInput(hop.role(),
                        id(hop.sourceId(), ids), hop.verb(), hop.channel(), hop.excerpt(), hop.date())).toList())).toList();
        return new BundleInput(resolvedArticle, claims, bundle.relations());
    }

    private static String id(String sourceId, Map<String, String> ids) {
        return sourceId != null && sourceId.startsWith(NEW) ? ids.get(sourceId.substring(NEW.length())) : sourceId;
    }
}
