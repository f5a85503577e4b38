package net.adtelligent.memory;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.AdAggregate;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.MetricsWarehouse;
import net.adtelligent.ports.out.SearchConsoleStore;
import net.adtelligent.ports.out.WebAnalyticsStore;

/**
 * Sums the in-memory fact stores as the database would (see MetricsWarehouseContract for the
 * rules): fine for tests and small tools, a full scan per question.
 */
public final class InMemoryMetricsWarehouse implements MetricsWarehouse {

    static final DateRange ALL_DAYS = DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));

    private final AdPerformanceStore ads;
    private final WebAnalyticsStore web;
    private final SearchConsoleStore search;

    public InMemoryMetricsWarehouse(AdPerformanceStore ads, WebAnalyticsStore web, SearchConsoleStore search) {
        this.ads = Objects.requireNonNull(ads, "ads");
        this.web = Objects.requireNonNull(web, "web");
        this.search = Objects.requireNonNull(search, "search");
    }

    private record AdKey(LocalDate day, String platform, String currency, String campaignId) {
    }

    @Override
    public List<AdAggregate> adPerformance(TenantId tenant, DateRange days, boolean byCampaign) {
        Map<AdKey, AdAggregate> sums = new LinkedHashMap<>();
        ads.read(tenant, days, row -> {
            AdAggregate one = new AdAggregate(row.dateDay(), row.platform(),
                    byCampaign ? Option.of(row.campaignId()) : Option.none(), byCampaign ? row.campaignName() : Option.none(),
                    row.currencyCode(), totals(row), 1);
            AdKey key = new AdKey(row.dateDay(), row.platform().name(),
                    row.currencyCode().map(c -> c.getCurrencyCode()).getOrElse("~"), byCampaign ? row.campaignId() : "");
            sums.merge(key, one, (a, b) -> new AdAggregate(a.day(), a.platform(), a.campaignId(),
                    b.campaignName().orElse(a.campaignName()), a.currency(), a.totals().plus(b.totals()), a.rows() + b.rows()));
        });
        List<AdKey> keys = new ArrayList<>(sums.keySet());
        keys.sort(Comparator.comparing(AdKey::day).thenComparing(AdKey::platform).thenComparing(AdKey::currency)
                .thenComparing(AdKey::campaignId));
        return keys.stream().map(sums::get).toList();
    }

    private static AdTotals totals(AdPerformanceDaily row) {
        return new AdTotals(row.spend(), row.impressions(), row.clicks(), row.conversions(), row.conversionsValue());
    }

    /** Traffic rows only (no event name): a conversions report's rows would count sessions twice. */
    @Override
    public List<WebDaily> webAnalytics(TenantId tenant, DateRange days) {
        Map<List<Object>, WebDaily> sums = new LinkedHashMap<>();
        web.read(tenant, days, row -> {
            if (row.eventName().isDefined()) {
                return;
            }
            WebDaily one = new WebDaily(row.dateDay(), named(row.source()), named(row.medium()), row.currencyCode(), row.sessions(), row.totalUsers(),
                    row.conversions(), row.totalRevenue());
            sums.merge(List.of(row.dateDay(), one.source(), one.medium(), code(one)), one, WebDaily::plus);
        });
        return sums.values().stream().sorted(Comparator.comparing(WebDaily::day).thenComparing(WebDaily::source)
                .thenComparing(WebDaily::medium).thenComparing(InMemoryMetricsWarehouse::code)).toList();
    }

    private static String named(Option<String> name) {
        return name.filter(text -> !text.isEmpty()).getOrElse(WebDaily.NOT_SET);
    }

    private static String code(WebDaily day) {
        return day.currency().map(c -> c.getCurrencyCode()).getOrElse("~");
    }

    /** Site totals only (no query, page, country or device): the by-query rows break the same clicks down. */
    @Override
    public List<SearchDaily> searchConsole(TenantId tenant, DateRange days) {
        Map<List<Object>, SearchDaily> sums = new LinkedHashMap<>();
        search.read(tenant, days, row -> {
            if (row.query().isDefined() || row.page().isDefined() || row.country().isDefined() || row.device().isDefined()) {
                return;
            }
            SearchDaily one = new SearchDaily(row.dateDay(), row.siteUrl(), row.clicks(), row.impressions(),
                    row.position().multiply(BigDecimal.valueOf(row.impressions())));
            sums.merge(List.of(row.dateDay(), row.siteUrl()), one, (a, b) -> new SearchDaily(a.day(), a.site(),
                    a.clicks() + b.clicks(), a.impressions() + b.impressions(),
                    a.positionTimesImpressions().add(b.positionTimesImpressions())));
        });
        return sums.values().stream().sorted(Comparator.comparing(SearchDaily::day).thenComparing(SearchDaily::site))
                .toList();
    }

    @Override
    public List<SourceFreshness> freshness(TenantId tenant) {
        Freshness seen = new Freshness();
        ads.read(tenant, ALL_DAYS, row -> seen.saw(row.connectionId(), row.platform(), row.sourceExtractedAt(), row.dateDay()));
        web.read(tenant, ALL_DAYS, row -> seen.saw(row.connectionId(), Platform.GA4, row.sourceExtractedAt(), row.dateDay()));
        search.read(tenant, ALL_DAYS, row -> seen.saw(row.connectionId(), Platform.SEARCH_CONSOLE, row.sourceExtractedAt(), row.dateDay()));
        return seen.sources();
    }
}
