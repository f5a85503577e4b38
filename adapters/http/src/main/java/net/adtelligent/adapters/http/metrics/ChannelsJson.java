package net.adtelligent.adapters.http.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import net.adtelligent.domain.metrics.BlendedGap;
import net.adtelligent.domain.metrics.BlendedMetrics;
import net.adtelligent.domain.metrics.BlendedRow;
import net.adtelligent.domain.metrics.BlendedValue;
import net.adtelligent.domain.metrics.ChannelGroup;
import net.adtelligent.domain.metrics.DatasetFreshness;
import net.adtelligent.domain.metrics.MetricsRounding;
import net.adtelligent.domain.metrics.SearchRow;
import net.adtelligent.domain.metrics.SearchTotals;
import net.adtelligent.domain.metrics.WebRow;
import net.adtelligent.domain.metrics.WebTotals;

/**
 * The combined view's web, search and blended parts as served (columns in
 * docs/contracts-changelog.md, "combined_metrics"): money in the reporting currency's minor units,
 * ratios to {@link MetricsRounding#RATIO_DECIMALS} places, a blended value null beside the gap
 * that says why.
 */
final class ChannelsJson {

    private ChannelsJson() {
    }

    /** source and medium are null where web rows are split by channel group or not at all; channel_group where not split. */
    record WebRowJson(LocalDate period, String source, String medium, String channelGroup, String currencyCode,
                      long sessions, long users, String conversions, String revenue) {
        static WebRowJson of(WebRow row, Currency currency) {
            WebTotals totals = row.totals();
            return new WebRowJson(row.period(), row.source().getOrNull(), row.medium().getOrNull(),
                    row.channelGroup().map(ChannelGroup::wireName).getOrNull(), currency.getCurrencyCode(),
                    totals.sessions(), totals.users(), MetricsJson.decimal(totals.conversions()),
                    MetricsJson.money(totals.revenue(), currency));
        }
    }

    record WebTotalsJson(long sessions, long users, String conversions, String revenue, long paidSessions,
                         String paidConversions) {
        static WebTotalsJson of(WebTotals totals, Currency currency) {
            return new WebTotalsJson(totals.sessions(), totals.users(), MetricsJson.decimal(totals.conversions()),
                    MetricsJson.money(totals.revenue(), currency), totals.paidSessions(),
                    MetricsJson.decimal(totals.paidConversions()));
        }
    }

    record WebJson(List<WebRowJson> rows, WebTotalsJson totals) {
    }

    /** site is null where the rows are not split by it. */
    record SearchRowJson(LocalDate period, String site, long clicks, long impressions, String ctr, String averagePosition) {
        static SearchRowJson of(SearchRow row) {
            SearchTotals totals = row.totals();
            return new SearchRowJson(row.period(), row.site().getOrNull(), totals.clicks(), totals.impressions(),
                    MetricsJson.decimal(totals.ctr()), MetricsJson.decimal(totals.averagePosition()));
        }
    }

    record SearchTotalsJson(long clicks, long impressions, String ctr, String averagePosition) {
        static SearchTotalsJson of(SearchTotals totals) {
            return new SearchTotalsJson(totals.clicks(), totals.impressions(), MetricsJson.decimal(totals.ctr()),
                    MetricsJson.decimal(totals.averagePosition()));
        }
    }

    record SearchJson(List<SearchRowJson> rows, SearchTotalsJson totals) {
    }

    /** Each value beside its gap: exactly one of the two is null. */
    record BlendedValuesJson(String mer, String merGap, String costPerSession, String costPerSessionGap,
                             String paidClickShare, String paidClickShareGap, String platformConversions,
                             String platformConversionsGap, String paidWebConversions, String paidWebConversionsGap,
                             String conversionsRatio, String conversionsRatioGap) {
        static BlendedValuesJson of(BlendedMetrics metrics) {
            return new BlendedValuesJson(value(metrics.mer()), gap(metrics.mer()), value(metrics.costPerSession()),
                    gap(metrics.costPerSession()), value(metrics.paidClickShare()), gap(metrics.paidClickShare()),
                    value(metrics.platformConversions()), gap(metrics.platformConversions()),
                    value(metrics.paidWebConversions()), gap(metrics.paidWebConversions()),
                    value(metrics.conversionsRatio()), gap(metrics.conversionsRatio()));
        }

        private static String value(BlendedValue blended) {
            return MetricsJson.decimal(blended.value());
        }

        private static String gap(BlendedValue blended) {
            return blended.gap().map(BlendedGap::wireName).getOrNull();
        }
    }

    record BlendedRowJson(LocalDate period, @JsonUnwrapped BlendedValuesJson values) {
        static BlendedRowJson of(BlendedRow row) {
            return new BlendedRowJson(row.period(), BlendedValuesJson.of(row.metrics()));
        }
    }

    record BlendedJson(List<BlendedRowJson> rows, BlendedValuesJson totals) {
    }

    /** completeThrough: the last day every connection of the dataset has reached. */
    record FreshnessJson(String dataset, int connections, String oldestExtraction, LocalDate completeThrough,
                         boolean stale, List<String> staleReasons) {
        static FreshnessJson of(DatasetFreshness freshness, ZoneId zone) {
            return new FreshnessJson(freshness.dataset().wireName(), freshness.connections(),
                    MetricsJson.instant(freshness.oldestExtraction(), zone), freshness.completeThrough().getOrNull(),
                    freshness.stale(), freshness.reasons());
        }
    }

    /** How the answer's numbers are rounded (docs/metrics.md, "Rounding"). */
    record RoundingJson(String mode, int moneyDecimals, int ratioDecimals, String totals) {
        static final String TOTALS_RULE = "rounded_from_full_precision";

        static RoundingJson of(Currency currency) {
            return new RoundingJson(MetricsRounding.MODE.name().toLowerCase(), MetricsRounding.minorUnits(currency),
                    MetricsRounding.RATIO_DECIMALS, TOTALS_RULE);
        }
    }
}
