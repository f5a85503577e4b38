package net.adtelligent.adapters.http.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import net.adtelligent.adapters.http.metrics.ChannelsJson.BlendedJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.BlendedRowJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.BlendedValuesJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.FreshnessJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.RoundingJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.SearchJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.SearchRowJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.SearchTotalsJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.WebJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.WebRowJson;
import net.adtelligent.adapters.http.metrics.ChannelsJson.WebTotalsJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.SourceJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.TotalsJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.UnconvertedJson;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.in.CombinedMetrics.Channels;
import net.adtelligent.ports.in.CombinedMetrics.Result;

/**
 * The combined view as served. Its rows' columns are a versioned contract
 * (docs/contracts-changelog.md, "combined_metrics"; {@link CombinedMetrics#COLUMNS_VERSION}):
 * renaming or dropping one here is a new version there. A dataset not asked for has no rows and
 * null totals (ads), or is null (web, search).
 */
record CombinedMetricsJson(LocalDate start, LocalDate end, String granularity, String groupBy, String webGroupBy,
                           List<String> datasets, String currency, String timeZone, int columnsVersion,
                           RoundingJson rounding, String source, String snapshotGeneratedAt, boolean stale,
                           List<String> staleReasons, List<SourceJson> sources, List<FreshnessJson> freshness,
                           List<RowJson> rows, TotalsJson totals, WebJson web, SearchJson search, BlendedJson blended,
                           UnconvertedJson unconverted) {

    static final String FROM_SNAPSHOT = "snapshot";
    static final String ON_THE_FLY = "on_the_fly";

    /** platform and campaign are null where the rows are not split by them. */
    record RowJson(LocalDate period, String platform, String campaignId, String campaignName, String currencyCode,
                   @JsonUnwrapped TotalsJson totals) {
    }

    static CombinedMetricsJson of(Result result) {
        ZoneId zone = result.timeZone();
        Currency currency = result.currency();
        Channels channels = result.channels();
        boolean ads = result.datasets().contains(Dataset.ADS);
        return new CombinedMetricsJson(result.start(), result.end(), result.granularity().wireName(),
                result.groupBy().wireName(), result.webGrouping().wireName(),
                result.datasets().stream().map(Dataset::wireName).toList(), currency.getCurrencyCode(), zone.getId(),
                CombinedMetrics.COLUMNS_VERSION, RoundingJson.of(currency),
                result.fromSnapshot() ? FROM_SNAPSHOT : ON_THE_FLY, MetricsJson.instant(result.snapshotGeneratedAt(), zone),
                result.staleness().stale(), result.staleness().reasons(),
                result.sources().stream().map(source -> SourceJson.of(source, zone)).toList(),
                result.freshness().values().stream().map(fresh -> FreshnessJson.of(fresh, zone)).toList(),
                result.rows().stream().map(row -> row(row, currency)).toList(),
                ads ? TotalsJson.of(result.totals(), currency) : null,
                result.datasets().contains(Dataset.WEB) ? new WebJson(
                        channels.web().stream().map(row -> WebRowJson.of(row, currency)).toList(),
                        WebTotalsJson.of(channels.webTotals(), currency)) : null,
                result.datasets().contains(Dataset.SEARCH) ? new SearchJson(
                        channels.search().stream().map(SearchRowJson::of).toList(),
                        SearchTotalsJson.of(channels.searchTotals())) : null,
                new BlendedJson(channels.blended().rows().stream().map(BlendedRowJson::of).toList(),
                        BlendedValuesJson.of(channels.blended().total())),
                UnconvertedJson.of(result.unconverted()));
    }

    private static RowJson row(CombinedRow row, Currency currency) {
        return new RowJson(row.period(), row.platform().map(Platform::name).getOrNull(), row.campaignId().getOrNull(),
                row.campaignName().getOrNull(), currency.getCurrencyCode(), TotalsJson.of(row.totals(), currency));
    }
}
