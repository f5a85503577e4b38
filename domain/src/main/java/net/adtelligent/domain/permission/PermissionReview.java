package net.adtelligent.domain.permission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.ConnectorDefinition;
import net.adtelligent.domain.connection.Scope;
import net.adtelligent.domain.fact.Platform;

/**
 * The drift check: the catalog against what the code asks for (each connector's scopes, and the
 * overrides in force) and against the review checklist. Any difference means a consent, a
 * connector or a submission to a platform's review says something the catalog does not.
 *
 * @param codeScopes      each product's scopes as its connector definition lists them
 * @param checklist       the review checklist as shipped, if there is one
 * @param oauthConfigured whether the service has an OAuth client for a platform
 */
public record PermissionReview(RequestedScopes requested, Map<Platform, List<String>> codeScopes,
                               Optional<String> checklist, Predicate<PermissionPlatform> oauthConfigured) {

    public PermissionReview {
        Objects.requireNonNull(requested, "requested");
        codeScopes = Map.copyOf(codeScopes);
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(oauthConfigured, "oauthConfigured");
    }

    /** The review of this build: the connectors' scopes are those of {@link ConnectorCatalog}. */
    public static PermissionReview of(RequestedScopes requested, Optional<String> checklist,
                                      Predicate<PermissionPlatform> oauthConfigured) {
        Map<Platform, List<String>> code = new LinkedHashMap<>();
        for (ConnectorDefinition connector : ConnectorCatalog.all()) {
            code.put(connector.platform(), connector.scopes().stream().map(Scope::name).toList());
        }
        return new PermissionReview(requested, code, checklist, oauthConfigured);
    }

    public DriftReport drift() {
        List<PlatformState> states = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        for (PlatformCatalog platform : requested.catalog().all()) {
            PermissionPlatform key = platform.platform();
            Optional<List<String>> override = requested.override(key);
            states.add(new PlatformState(key, oauthConfigured.test(key), override.orElse(platform.requiredNow()),
                    override.isPresent()));
            for (Platform product : key.products()) {
                compareCode(platform, product, differences);
            }
            override.ifPresent(scopes -> compareOverride(platform, scopes, differences));
        }
        compareChecklist(differences);
        return new DriftReport(states, differences);
    }

    private void compareCode(PlatformCatalog platform, Platform product, List<Difference> differences) {
        List<String> code = codeScopes.getOrDefault(product, List.of());
        List<String> required = platform.of(product).stream()
                .filter(permission -> permission.status() == PermissionStatus.REQUIRED_NOW)
                .map(PlatformPermission::scope).toList();
        for (String scope : code) {
            if (!required.contains(scope)) {
                differences.add(new Difference(platform.platform(), scope, DriftKind.CODE_NOT_IN_CATALOG,
                        product + "'s connector asks for it; the catalog (" + platform.platform().fileName() + ") says "
                                + statusFor(platform, product, scope) + ": change the connector or the catalog"));
            }
        }
        for (String scope : required) {
            if (!code.contains(scope)) {
                differences.add(new Difference(platform.platform(), scope, DriftKind.CATALOG_NOT_IN_CODE,
                        "required_now for " + product + " in " + platform.platform().fileName()
                                + ", but its connector does not ask for it: change the connector or the catalog"));
            }
        }
    }

    private static void compareOverride(PlatformCatalog platform, List<String> override, List<Difference> differences) {
        String setting = platform.platform().scopesSetting();
        List<String> required = platform.requiredNow();
        for (String scope : override) {
            if (!required.contains(scope)) {
                differences.add(new Difference(platform.platform(), scope, DriftKind.OVERRIDE_ADDS, setting
                        + " asks for it; the catalog says " + statusOf(platform, scope)
                        + ": remove it from the setting, or record it in the catalog"));
            }
        }
        for (String scope : required) {
            if (!override.contains(scope)) {
                differences.add(new Difference(platform.platform(), scope, DriftKind.OVERRIDE_DROPS, setting
                        + " leaves it out; the catalog marks it required_now: consents will lack it"));
            }
        }
    }

    private void compareChecklist(List<Difference> differences) {
        String expected = ReviewChecklist.render(requested.catalog());
        if (checklist.isEmpty()) {
            differences.add(new Difference(PermissionPlatform.META, "-", DriftKind.CHECKLIST_MISSING, "no "
                    + ReviewChecklist.PATH + ": write it with adtelligent permissions checklist --output "
                    + ReviewChecklist.PATH));
        } else if (!checklist.get().replace("\r\n", "\n").equals(expected)) {
            differences.add(new Difference(PermissionPlatform.META, "-", DriftKind.CHECKLIST_STALE, ReviewChecklist.PATH
                    + " differs from the catalog: write it again with adtelligent permissions checklist --output "
                    + ReviewChecklist.PATH));
        }
    }

    private static String statusFor(PlatformCatalog platform, Platform product, String scope) {
        return platform.of(product).stream().filter(permission -> permission.scope().equals(scope)).findFirst()
                .map(permission -> permission.status().wireName())
                .orElseGet(() -> platform.find(scope).map(permission -> "it belongs to " + permission.product())
                        .orElse("nothing (not listed)"));
    }

    private static String statusOf(PlatformCatalog platform, String scope) {
        return platform.find(scope).map(permission -> permission.status().wireName()).orElse("nothing (not listed)");
    }
}
