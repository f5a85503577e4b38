package net.adtelligent.domain.metrics;

/** What the web rows are split by besides the period: session source and medium, or GA4's channel group. */
public enum WebGrouping {
    SOURCE_MEDIUM, CHANNEL_GROUP;

    public String wireName() {
        return name().toLowerCase();
    }
}
