package net.adtelligent.contracts.csv;

import net.adtelligent.domain.fact.Platform;

/** Platforms as their users name them, for sentences; the enum's names are wire names. */
final class PlatformNames {

    private PlatformNames() {
    }

    static String of(Platform platform) {
        return switch (platform) {
            case META_ADS -> "Meta";
            case GOOGLE_ADS -> "Google Ads";
            case MICROSOFT_ADS -> "Microsoft Advertising";
            case LINKEDIN_ADS -> "LinkedIn";
            case TIKTOK_ADS -> "TikTok";
            case GA4 -> "Google Analytics 4";
            case SEARCH_CONSOLE -> "Search Console";
            case CSV -> "CSV";
        };
    }
}
