package net.adtelligent.adapters.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.Scope;
import net.adtelligent.domain.permission.PlatformPermission;
import net.adtelligent.domain.permission.PermissionCatalog;
import net.adtelligent.domain.permission.PermissionPlatform;
import net.adtelligent.domain.permission.PermissionReview;
import net.adtelligent.domain.permission.PermissionStatus;
import net.adtelligent.domain.permission.PlatformCatalog;
import net.adtelligent.domain.permission.RequestedScopes;
import net.adtelligent.domain.permission.ReviewChecklist;

/** Drift checks for the HTTP tests: a catalog that says what the connectors ask for, with or without overrides. */
public final class PermissionReviews {

    private PermissionReviews() {
    }

    /** In step: the catalog requires exactly the connectors' scopes, and the checklist is written from it. */
    public static PermissionReview inStep() {
        return withOverrides(Map.of());
    }

    public static PermissionReview withOverrides(Map<PermissionPlatform, List<String>> overrides) {
        PermissionCatalog catalog = catalog();
        return PermissionReview.of(new RequestedScopes(catalog, overrides), Optional.of(ReviewChecklist.render(catalog)),
                platform -> platform == PermissionPlatform.GOOGLE);
    }

    private static PermissionCatalog catalog() {
        List<PlatformCatalog> files = new ArrayList<>();
        for (PermissionPlatform platform : PermissionPlatform.values()) {
            List<PlatformPermission> permissions = new ArrayList<>();
            platform.products().forEach(product -> ConnectorCatalog.of(product).scopes().stream().map(Scope::name)
                    .forEach(scope -> permissions.add(new PlatformPermission(scope, product, PermissionStatus.REQUIRED_NOW,
                            "reporting", "reads reports", "reads reports", "shows the reports"))));
            files.add(new PlatformCatalog(platform, "the app", "the review", permissions));
        }
        return PermissionCatalog.of(files);
    }
}
