package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One web row of the combined view: a period (its first day), the source and medium or the
 * channel group where the rows are split by them, and the GA4 totals in the reporting currency.
 */
public record WebRow(LocalDate period, Option<String> source, Option<String> medium, Option<ChannelGroup> channelGroup,
                     WebTotals totals) {

    public WebRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(channelGroup, "channelGroup");
        Objects.requireNonNull(totals, "totals");
    }
}
