package net.adtelligent.domain.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Organic search of one day and site (Search Console's site totals, over every search type). */
public record SearchDaily(LocalDate day, String site, long clicks, long impressions, BigDecimal positionTimesImpressions) {

    public SearchDaily {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(positionTimesImpressions, "positionTimesImpressions");
    }

    public SearchTotals totals() {
        return new SearchTotals(clicks, impressions, positionTimesImpressions);
    }
}
