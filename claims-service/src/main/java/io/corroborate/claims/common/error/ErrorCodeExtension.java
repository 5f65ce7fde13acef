package io.corroborate.claims.common.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Puts {@code extensions.code} on every GraphQL error raised while resolving a field. */
public class ErrorCodeExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "code";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return Json.createValue(ErrorMapper.toApiException(exception).code().name());
    }
}
