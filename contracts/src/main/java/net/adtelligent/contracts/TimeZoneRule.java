package net.adtelligent.contracts;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whose clock a stream's days follow. Ad platforms report in the ad account's time zone, GA4 in the
 * property's, LinkedIn in UTC, Search Console in Pacific Time; a CSV upload says so itself.
 * The zone is recorded with each row, never guessed.
 */
public enum TimeZoneRule {
    /** The ad account's zone, from context (e.g. Google Ads customer.time_zone) or the connection. */
    ACCOUNT("account"),
    /** The analytics property's zone, from context or the connection. */
    PROPERTY("property"),
    UTC("utc"),
    /** Pacific Time, as Search Console reports. */
    PACIFIC("pacific"),
    /** Stated by whoever supplies the data (an upload's settings). */
    FROM_CONTEXT("from_context");

    private final String id;

    TimeZoneRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The zone when the rule fixes one; empty when it comes from the account, property or upload. */
    public Optional<ZoneId> fixedZone() {
        return switch (this) {
            case UTC -> Optional.of(ZoneOffset.UTC);
            case PACIFIC -> Optional.of(ZoneId.of("America/Los_Angeles"));
            default -> Optional.empty();
        };
    }

    static Optional<TimeZoneRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(TimeZoneRule::id).toList());
    }
}
