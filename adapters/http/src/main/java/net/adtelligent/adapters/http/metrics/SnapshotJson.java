package net.adtelligent.adapters.http.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import net.adtelligent.adapters.http.metrics.MetricsJson.SourceJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.TotalsJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.UnconvertedJson;
import net.adtelligent.adapters.http.metrics.MetricsJson.WindowJson;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.PlatformDay;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.ports.in.Snapshots.View;

/**
 * A snapshot as served: everything it holds, with how stale it is now. Money is in the snapshot's
 * currency (the tenant's reporting currency when it was generated).
 */
record SnapshotJson(String generatedAt, String timeZone, String currency, WindowJson window, String contentHash,
                    boolean stale, List<String> staleReasons, List<SourceJson> sources, List<PlatformDayJson> adRows,
                    TotalsJson totals, List<WebJson> web, List<SearchJson> search, UnconvertedJson unconverted) {

    record PlatformDayJson(LocalDate day, String platform, @JsonUnwrapped TotalsJson totals) {
        static PlatformDayJson of(PlatformDay row, Currency currency) {
            return new PlatformDayJson(row.day(), row.platform().name(), TotalsJson.of(row.totals(), currency));
        }
    }

    /** users adds each row's distinct users: GA4 cannot sum distinct users across rows. */
    record WebJson(LocalDate day, String source, String medium, long sessions, long users, String conversions,
                   String revenue) {
        static WebJson of(WebDaily day, Currency currency) {
            return new WebJson(day.day(), day.source(), day.medium(), day.sessions(), day.users(),
                    MetricsJson.decimal(day.conversions()), MetricsJson.money(day.revenue(), currency));
        }
    }

    /** averagePosition is weighted by impressions; null on a day without any. */
    record SearchJson(LocalDate day, String site, long clicks, long impressions, String averagePosition) {
        static SearchJson of(SearchDaily day) {
            return new SearchJson(day.day(), day.site(), day.clicks(), day.impressions(),
                    MetricsJson.decimal(day.totals().averagePosition()));
        }
    }

    /** One entry of the history: enough to tell snapshots apart and compare their totals. */
    record SummaryJson(String generatedAt, WindowJson window, String contentHash, boolean stale, TotalsJson totals) {
        static SummaryJson of(View view) {
            MetricsSnapshot snapshot = view.snapshot();
            return new SummaryJson(MetricsJson.instant(snapshot.generatedAt(), snapshot.timeZone()), windowOf(snapshot),
                    snapshot.contentHash(), view.staleness().stale(), TotalsJson.of(snapshot.totals(), snapshot.currency()));
        }
    }

    static SnapshotJson of(View view) {
        MetricsSnapshot snapshot = view.snapshot();
        ZoneId zone = snapshot.timeZone();
        Currency currency = snapshot.currency();
        return new SnapshotJson(MetricsJson.instant(snapshot.generatedAt(), zone), zone.getId(),
                snapshot.currency().getCurrencyCode(), windowOf(snapshot), snapshot.contentHash(), view.staleness().stale(),
                view.staleness().reasons(), snapshot.sources().stream().map(source -> SourceJson.of(source, zone)).toList(),
                snapshot.adRows().stream().map(row -> PlatformDayJson.of(row, currency)).toList(),
                TotalsJson.of(snapshot.totals(), currency),
                snapshot.web().stream().map(day -> WebJson.of(day, currency)).toList(),
                snapshot.search().stream().map(SearchJson::of).toList(),
                UnconvertedJson.of(snapshot.unconverted()));
    }

    private static WindowJson windowOf(MetricsSnapshot snapshot) {
        return new WindowJson(snapshot.window().first(), snapshot.window().last());
    }
}
