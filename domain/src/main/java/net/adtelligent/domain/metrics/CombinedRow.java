package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import net.adtelligent.domain.fact.Platform;

/**
 * One row of the combined view: a period (its first day), the platform and campaign where the
 * view is split by them, and the totals in the reporting currency.
 */
public record CombinedRow(LocalDate period, Option<Platform> platform, Option<String> campaignId,
                          Option<String> campaignName, AdTotals totals) {

    public CombinedRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(totals, "totals");
    }
}
