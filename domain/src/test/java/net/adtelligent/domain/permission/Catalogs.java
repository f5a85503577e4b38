package net.adtelligent.domain.permission;

import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.fact.Platform;

/** A small catalog built in code: Meta and Google in detail, the other platforms with their one reporting scope. */
final class Catalogs {

    private Catalogs() {
    }

    static PermissionCatalog sample() {
        List<PlatformCatalog> files = new ArrayList<>();
        files.add(new PlatformCatalog(PermissionPlatform.META, "app", "App Review", List.of(
                permission("ads_read", Platform.META_ADS, PermissionStatus.REQUIRED_NOW, "reporting"),
                permission("business_management", Platform.META_ADS, PermissionStatus.REQUIRED_NOW, "reporting"),
                permission("read_insights", Platform.META_ADS, PermissionStatus.OPTIONAL_NEAR_TERM, "page_insights"),
                permission("ads_management", Platform.META_ADS, PermissionStatus.NOT_REQUESTED, "ad_management"),
                permission("manage_pages", Platform.META_ADS, PermissionStatus.DEPRECATED, "page_insights"))));
        files.add(new PlatformCatalog(PermissionPlatform.GOOGLE, "client", "verification", List.of(
                permission("adwords", Platform.GOOGLE_ADS, PermissionStatus.REQUIRED_NOW, "reporting"),
                permission("analytics.readonly", Platform.GA4, PermissionStatus.REQUIRED_NOW, "reporting"),
                permission("webmasters.readonly", Platform.SEARCH_CONSOLE, PermissionStatus.REQUIRED_NOW, "reporting"))));
        files.add(one(PermissionPlatform.MICROSOFT, Platform.MICROSOFT_ADS, "msads.manage"));
        files.add(one(PermissionPlatform.LINKEDIN, Platform.LINKEDIN_ADS, "r_ads"));
        files.add(one(PermissionPlatform.TIKTOK, Platform.TIKTOK_ADS, "Reporting"));
        return PermissionCatalog.of(files);
    }

    static PlatformPermission permission(String scope, Platform product, PermissionStatus status, String feature) {
        return new PlatformPermission(scope, product, status, feature, "why " + scope, "use case of " + scope,
                "screencast of " + scope);
    }

    private static PlatformCatalog one(PermissionPlatform platform, Platform product, String scope) {
        return new PlatformCatalog(platform, "app", "review",
                List.of(permission(scope, product, PermissionStatus.REQUIRED_NOW, "reporting")));
    }
}
