package net.adtelligent.bootstrap;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.adtelligent.adapters.permissions.PermissionCatalogException;
import net.adtelligent.adapters.permissions.YamlPermissionCatalog;
import net.adtelligent.domain.permission.PermissionCatalog;
import net.adtelligent.domain.permission.PermissionPlatform;
import net.adtelligent.domain.permission.PermissionReview;
import net.adtelligent.domain.permission.RequestedScopes;

/**
 * ADT_OAUTH_&lt;PLATFORM&gt;_SCOPES: comma-separated scopes that replace what consents on that platform
 * ask for, instead of the catalog's (docs/permissions/). An emergency lever only: the drift check
 * (`adtelligent permissions drift`, GET /api/permissions/drift/) reports every override that differs
 * from the catalog.
 */
public record PermissionSettings(Map<PermissionPlatform, List<String>> overrides) {

    /** Spelled out, one per platform, so each is found, documented and checked like every other setting. */
    private static final Map<PermissionPlatform, String> SETTINGS = Map.of(
            PermissionPlatform.META, "ADT_OAUTH_META_SCOPES",
            PermissionPlatform.GOOGLE, "ADT_OAUTH_GOOGLE_SCOPES",
            PermissionPlatform.MICROSOFT, "ADT_OAUTH_MICROSOFT_SCOPES",
            PermissionPlatform.LINKEDIN, "ADT_OAUTH_LINKEDIN_SCOPES",
            PermissionPlatform.TIKTOK, "ADT_OAUTH_TIKTOK_SCOPES");

    public static final PermissionSettings NONE = new PermissionSettings(Map.of());

    public PermissionSettings {
        overrides = Map.copyOf(overrides);
    }

    static PermissionSettings from(Env env) {
        Map<PermissionPlatform, List<String>> overrides = new EnumMap<>(PermissionPlatform.class);
        for (PermissionPlatform platform : PermissionPlatform.values()) {
            String name = SETTINGS.get(platform);
            if (!name.equals(platform.scopesSetting())) {
                throw new IllegalStateException(name + " is not the setting the catalog names, " + platform.scopesSetting());
            }
            Optional<String> text = env.optional(name);
            if (text.isPresent()) {
                List<String> scopes = env.list(name);
                if (scopes.isEmpty() || scopes.size() != new LinkedHashSet<>(scopes).size()) {
                    throw new ConfigurationException(name + "='" + text.get() + "' must list each scope once, comma-separated,"
                            + " e.g. " + name + "=" + String.join(",", catalogExample(platform)));
                }
                overrides.put(platform, scopes);
            }
        }
        return new PermissionSettings(overrides);
    }

    /** The gate OAuth consents pass: the shipped catalog with these overrides. */
    public RequestedScopes requestedScopes() {
        return new RequestedScopes(catalog(), overrides);
    }

    /**
     * The drift check of this build: the catalog shipped in the jar, these overrides and the shipped
     * checklist; {@code oauthConfigured} says which platforms have an OAuth client (the OAuth settings).
     */
    public PermissionReview review(Predicate<PermissionPlatform> oauthConfigured) {
        return review(catalog(), YamlPermissionCatalog.shippedChecklist(), oauthConfigured);
    }

    /** The drift check of a given catalog and checklist, e.g. those of a work tree (docs/). */
    public PermissionReview review(PermissionCatalog catalog, Optional<String> checklist,
                                   Predicate<PermissionPlatform> oauthConfigured) {
        return PermissionReview.of(new RequestedScopes(catalog, overrides), checklist, oauthConfigured);
    }

    /** The catalog shipped in the jar, or that of a folder such as docs/permissions/; a bad file is a setting to fix (exit 2). */
    public static PermissionCatalog catalog(Optional<Path> folder) {
        try {
            return folder.map(YamlPermissionCatalog::read).orElseGet(YamlPermissionCatalog::load);
        } catch (PermissionCatalogException bad) {
            throw new ConfigurationException("permission catalog: " + bad.getMessage(), bad);
        }
    }

    static PermissionCatalog catalog() {
        return catalog(Optional.empty());
    }

    private static List<String> catalogExample(PermissionPlatform platform) {
        return catalog().of(platform).requiredNow();
    }
}
