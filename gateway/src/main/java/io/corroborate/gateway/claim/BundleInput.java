package io.corroborate.gateway.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.article.CreateArticleInput;

@Description("One article with its claims, chains and relations, imported in one transaction.")
@Input("BundleInput")
public record BundleInput(
        @NonNull CreateArticleInput article,
        @NonNull List<@NonNull BundleClaimInput> claims,
        @Nullable List<@NonNull BundleRelationInput> relations) {
}
