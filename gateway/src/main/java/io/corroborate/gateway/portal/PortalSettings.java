package io.corroborate.gateway.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * What the analyst portal needs to know before anyone signs in: where to log in (the OpenID Connect issuer, as a
 * browser reaches it) and as which client. The portal itself is static files under {@code META-INF/resources}.
 */
@ApplicationScoped
public class PortalSettings {

    static final String PATH = "/portal/settings.json";

    private final String body;

    public PortalSettings(@ConfigProperty(name = "corroborate.portal.issuer") String issuer,
            @ConfigProperty(name = "corroborate.portal.client-id") String clientId) {
        this.body = new JsonObject().put("issuer", issuer).put("clientId", clientId).encode();
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(context -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(body));
    }
}
