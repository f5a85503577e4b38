package net.adtelligent.domain.metrics;

/** What the combined view's rows are split by besides the period: platform, campaign, or nothing (one row per period). */
public enum GroupBy {
    PLATFORM, CAMPAIGN, NONE;

    public String wireName() {
        return name().toLowerCase();
    }
}
