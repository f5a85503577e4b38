package net.adtelligent.adapters.oauth;

import java.util.Locale;
import net.adtelligent.domain.fact.Platform;

/** Whose OAuth client a platform's consent uses: one Google client serves Ads, GA4 and Search Console. */
public enum Family {
    META, GOOGLE, MICROSOFT, LINKEDIN, TIKTOK;

    public static Family of(Platform platform) {
        return switch (platform) {
            case META_ADS -> META;
            case GOOGLE_ADS, GA4, SEARCH_CONSOLE -> GOOGLE;
            case MICROSOFT_ADS -> MICROSOFT;
            case LINKEDIN_ADS -> LINKEDIN;
            case TIKTOK_ADS -> TIKTOK;
            case CSV -> throw new IllegalArgumentException("CSV sources take no consent");
        };
    }

    /** The prefix of its settings: ADT_OAUTH_META_…. */
    public String settingPrefix() {
        return "ADT_OAUTH_" + name() + "_";
    }

    String component() {
        return "oauth " + name().toLowerCase(Locale.ROOT);
    }
}
