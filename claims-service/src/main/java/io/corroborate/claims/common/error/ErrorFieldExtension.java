package io.corroborate.claims.common.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Names the input field at fault ({@code extensions.field}) on validation errors. */
public class ErrorFieldExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        String field = ErrorMapper.toApiException(exception).field();
        return field == null ? null : Json.createValue(field);
    }
}
