package net.adtelligent.domain.fact;

import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.stream.Collectors;
import net.adtelligent.domain.FieldViolation;

/** A kind of data source. The upper-case names are the wire names (HTTP, CLI, database). */
public enum Platform {
    META_ADS, GOOGLE_ADS, MICROSOFT_ADS, LINKEDIN_ADS, TIKTOK_ADS, GA4, SEARCH_CONSOLE, CSV;

    /**
     * Whether its rows are ad performance (spend, impressions, clicks). GA4 and Search Console
     * have facts of their own; a CSV upload is a user's own export of ad spend.
     */
    public boolean reportsAdPerformance() {
        return this != GA4 && this != SEARCH_CONSOLE;
    }

    public static Validation<FieldViolation, Platform> parse(String field, String text) {
        for (Platform platform : values()) {
            if (platform.name().equals(text)) {
                return Validation.valid(platform);
            }
        }
        return Validation.invalid(new FieldViolation(field, "must be one of: "
                + Arrays.stream(values()).map(Platform::name).collect(Collectors.joining(", "))));
    }
}
