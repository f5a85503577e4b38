package net.adtelligent.bootstrap;

import io.vavr.control.Option;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.adapters.oauth.Family;
import net.adtelligent.adapters.oauth.OAuthClientSettings;

/**
 * The platforms' OAuth clients: per family ADT_OAUTH_&lt;FAMILY&gt;_CLIENT_ID and _CLIENT_SECRET (both or
 * neither; without them the platform says "not configured"), _BASE_URL to call another host (a
 * stub), and the values a connector needs beside the tokens (Google's and Microsoft's developer
 * tokens, Microsoft's Entra tenant). Platforms send the browser back to ADT_OAUTH_REDIRECT_BASE,
 * else ADT_PUBLIC_URL.
 */
record OAuthPlatformSettings(Optional<String> redirectBase, Map<Family, OAuthClientSettings> clients) {

    static final OAuthPlatformSettings NONE = new OAuthPlatformSettings(Optional.empty(), Map.of());

    /** Whether the platform has an OAuth client here (the permission drift check shows it). */
    boolean configured(net.adtelligent.domain.permission.PermissionPlatform platform) {
        return clients.containsKey(Family.valueOf(platform.name()));
    }

    static OAuthPlatformSettings from(Env env) {
        Map<Family, OAuthClientSettings> clients = new EnumMap<>(Family.class);
        client(env, Family.META, "ADT_OAUTH_META_CLIENT_ID", "ADT_OAUTH_META_CLIENT_SECRET",
                "ADT_OAUTH_META_BASE_URL", Map.of()).ifPresent(client -> clients.put(Family.META, client));
        client(env, Family.GOOGLE, "ADT_OAUTH_GOOGLE_CLIENT_ID", "ADT_OAUTH_GOOGLE_CLIENT_SECRET",
                "ADT_OAUTH_GOOGLE_BASE_URL", extra(env, "DEVELOPER_TOKEN", "ADT_OAUTH_GOOGLE_DEVELOPER_TOKEN"))
                .ifPresent(client -> clients.put(Family.GOOGLE, client));
        Map<String, String> microsoft = new java.util.HashMap<>(extra(env, "DEVELOPER_TOKEN",
                "ADT_OAUTH_MICROSOFT_DEVELOPER_TOKEN"));
        microsoft.putAll(extra(env, "TENANT", "ADT_OAUTH_MICROSOFT_TENANT"));
        client(env, Family.MICROSOFT, "ADT_OAUTH_MICROSOFT_CLIENT_ID", "ADT_OAUTH_MICROSOFT_CLIENT_SECRET",
                "ADT_OAUTH_MICROSOFT_BASE_URL", microsoft).ifPresent(client -> clients.put(Family.MICROSOFT, client));
        client(env, Family.LINKEDIN, "ADT_OAUTH_LINKEDIN_CLIENT_ID", "ADT_OAUTH_LINKEDIN_CLIENT_SECRET",
                "ADT_OAUTH_LINKEDIN_BASE_URL", Map.of()).ifPresent(client -> clients.put(Family.LINKEDIN, client));
        client(env, Family.TIKTOK, "ADT_OAUTH_TIKTOK_CLIENT_ID", "ADT_OAUTH_TIKTOK_CLIENT_SECRET",
                "ADT_OAUTH_TIKTOK_BASE_URL", Map.of()).ifPresent(client -> clients.put(Family.TIKTOK, client));
        Optional<String> redirect = env.optional("ADT_OAUTH_REDIRECT_BASE");
        redirect.ifPresent(text -> url("ADT_OAUTH_REDIRECT_BASE", text));
        return new OAuthPlatformSettings(redirect, clients);
    }

    private static Optional<OAuthClientSettings> client(Env env, Family family, String idName, String secretName,
                                                        String baseName, Map<String, String> extra) {
        Optional<String> id = env.optional(idName);
        Optional<String> secret = env.optional(secretName);
        if (id.isPresent() != secret.isPresent()) {
            throw new ConfigurationException(idName + " and " + secretName + " go together: set both or neither");
        }
        Option<URI> base = Option.ofOptional(env.optional(baseName).map(text -> url(baseName, text)));
        if (id.isEmpty()) {
            if (base.isDefined() || !extra.isEmpty()) {
                throw new ConfigurationException(family.settingPrefix() + "* is set but " + idName
                        + " is not: set the client too, or unset the others");
            }
            return Optional.empty();
        }
        return Optional.of(new OAuthClientSettings(id.get(), secret.get(), extra, base));
    }

    private static Map<String, String> extra(Env env, String suffix, String name) {
        return env.optional(name).map(value -> Map.of(suffix, value)).orElse(Map.of());
    }

    private static URI url(String name, String text) {
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (IllegalArgumentException notUri) {
            // answered below
        }
        throw new ConfigurationException(name + "='" + text + "' must be an http(s) URL without query or user");
    }
}
