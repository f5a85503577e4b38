package net.adtelligent.domain.metrics;

import java.util.Locale;

/** Why a blended value is null: a side not asked for, without data, or stale; or a denominator of zero. */
public enum BlendedGap {
    ADS_NOT_REQUESTED, WEB_NOT_REQUESTED, SEARCH_NOT_REQUESTED,
    ADS_MISSING, WEB_MISSING, SEARCH_MISSING,
    ADS_STALE, WEB_STALE, SEARCH_STALE,
    NO_SPEND, NO_PAID_SESSIONS, NO_CLICKS, NO_PLATFORM_CONVERSIONS;

    static BlendedGap notRequested(Dataset dataset) {
        return valueOf(dataset.name() + "_NOT_REQUESTED");
    }

    static BlendedGap missing(Dataset dataset) {
        return valueOf(dataset.name() + "_MISSING");
    }

    static BlendedGap stale(Dataset dataset) {
        return valueOf(dataset.name() + "_STALE");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
