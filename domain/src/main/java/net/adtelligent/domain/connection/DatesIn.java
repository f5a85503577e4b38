package net.adtelligent.domain.connection;

/** Whose calendar a platform's report dates follow (the data contracts' {@code time_zone}). */
public enum DatesIn {
    /** The ad account's own time zone. */
    ACCOUNT,
    /** The GA4 property's time zone. */
    PROPERTY,
    UTC,
    /** America/Los_Angeles, whatever the site's own zone. */
    PACIFIC,
    /** As the upload says. */
    FROM_UPLOAD;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
