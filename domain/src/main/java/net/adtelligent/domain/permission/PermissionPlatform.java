package net.adtelligent.domain.permission;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.adtelligent.domain.fact.Platform;

/**
 * A platform whose app users grant permissions to: one app (one review, one OAuth client) may
 * serve several products, as Google's serves Google Ads, GA4 and Search Console. The order is that
 * of the review checklist: Meta first, its App Review being the strictest.
 */
public enum PermissionPlatform {
    META(Platform.META_ADS),
    GOOGLE(Platform.GOOGLE_ADS, Platform.GA4, Platform.SEARCH_CONSOLE),
    MICROSOFT(Platform.MICROSOFT_ADS),
    LINKEDIN(Platform.LINKEDIN_ADS),
    TIKTOK(Platform.TIKTOK_ADS);

    private final List<Platform> products;

    PermissionPlatform(Platform... products) {
        this.products = List.of(products);
    }

    /** The catalog file's name without .yaml, and the catalog's value of {@code platform}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return key() + ".yaml";
    }

    /** The setting whose comma-separated scopes replace what consents on this platform ask for. */
    public String scopesSetting() {
        return "ADT_OAUTH_" + name() + "_SCOPES";
    }

    public List<Platform> products() {
        return products;
    }

    /** The platform of a product; none for CSV uploads, which ask nobody for permission. */
    public static Optional<PermissionPlatform> of(Platform product) {
        return Arrays.stream(values()).filter(platform -> platform.products.contains(product)).findFirst();
    }

    public static Optional<PermissionPlatform> byKey(String key) {
        return Arrays.stream(values()).filter(platform -> platform.key().equals(key)).findFirst();
    }
}
