package net.adtelligent.adapters.http.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.adtelligent.adapters.http.metrics.MetricsJson.SourceJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.TotalsJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.UnconvertedJson;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.in.CombinedMetrics.Result;

/**
 * The combined view as served. Its rows' columns are a versioned contract
 * (docs/contracts-changelog.md, "combined_metrics"; {@link CombinedMetrics#COLUMNS_VERSION}):
 * renaming or dropping one here is a new version there.
 */
record CombinedMetricsJson(LocalDate start, LocalDate end, String granularity, String groupBy, String currency,
                           String timeZone, int columnsVersion, String source, String snapshotGeneratedAt,
                           boolean stale, List<String> staleReasons, List<SourceJson> sources, List<RowJson> rows,
                           TotalsJson totals, UnconvertedJson unconverted) {

    static final String FROM_SNAPSHOT = "snapshot";
    static final String ON_THE_FLY = "on_the_fly";

    /** platform and campaign are null where the rows are not split by them. */
    record RowJson(LocalDate period, String platform, String campaignId, String campaignName, String currencyCode,
                   @JsonUnwrapped TotalsJson totals) {
    }

    static CombinedMetricsJson of(Result result) {
        ZoneId zone = result.timeZone();
        String currency = result.currency().getCurrencyCode();
        return new CombinedMetricsJson(result.start(), result.end(), result.granularity().wireName(),
                result.groupBy().wireName(), currency, zone.getId(), CombinedMetrics.COLUMNS_VERSION,
                result.fromSnapshot() ? FROM_SNAPSHOT : ON_THE_FLY, MetricsJson.instant(result.snapshotGeneratedAt(), zone),
                result.staleness().stale(), result.staleness().reasons(),
                result.sources().stream().map(source -> SourceJson.of(source, zone)).toList(),
                result.rows().stream().map(row -> row(row, currency)).toList(), TotalsJson.of(result.totals()),
                UnconvertedJson.of(result.unconverted()));
    }

    private static RowJson row(CombinedRow row, String currency) {
        return new RowJson(row.period(), row.platform().map(Platform::name).getOrNull(), row.campaignId().getOrNull(),
                row.campaignName().getOrNull(), currency, TotalsJson.of(row.totals()));
    }
}
