package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import net.adtelligent.domain.fact.Platform;

/**
 * Ad facts summed by the warehouse: one day, platform and account currency (and campaign, when
 * asked for), in that currency. {@code rows} counts the facts behind it. No currency: the rows did
 * not say theirs, so the sums cannot be converted.
 */
public record AdAggregate(LocalDate day, Platform platform, Option<String> campaignId, Option<String> campaignName,
                          Option<Currency> currency, AdTotals totals, long rows) {

    public AdAggregate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(totals, "totals");
    }
}
