package net.adtelligent.domain.metrics;

import net.adtelligent.domain.fact.Platform;

/** The three kinds of data the combined view puts side by side: ad platforms, web analytics (GA4), organic search (Search Console). */
public enum Dataset {
    ADS, WEB, SEARCH;

    /** Which dataset a platform's facts belong to. */
    public static Dataset of(Platform platform) {
        return switch (platform) {
            case GA4 -> WEB;
            case SEARCH_CONSOLE -> SEARCH;
            default -> ADS;
        };
    }

    public String wireName() {
        return name().toLowerCase();
    }
}
