package io.corroborate.claims.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.corroborate.claims.common.error.ApiException;

/**
 * Normalizes article URLs so that one article has one URL: lower-case scheme and host, no default port,
 * no fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), no trailing slash.
 */
public final class ArticleUrls {

    private static final int MAX_LENGTH = 2000;

    private ArticleUrls() {
    }

    public static String normalize(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.validation(field, "is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw ApiException.validation(field, "must be at most " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(raw.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                throw ApiException.validation(field, "must be an absolute http or https URL");
            }
            int port = uri.getPort();
            if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p))
                    .collect(Collectors.joining("&"));
            StringBuilder normalized = new StringBuilder(scheme).append("://")
                    .append(uri.getHost().toLowerCase(Locale.ROOT));
            if (port != -1) {
                normalized.append(':').append(port);
            }
            normalized.append(path);
            if (query != null && !query.isEmpty()) {
                normalized.append('?').append(query);
            }
            return normalized.toString();
        } catch (URISyntaxException e) {
            throw ApiException.validation(field, "is not a valid URL");
        }
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid");
    }
}
