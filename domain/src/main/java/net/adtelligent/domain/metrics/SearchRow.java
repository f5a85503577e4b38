package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/** One organic-search row of the combined view: a period (its first day), the site where split by it, and the totals. */
public record SearchRow(LocalDate period, Option<String> site, SearchTotals totals) {

    public SearchRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(totals, "totals");
    }
}
