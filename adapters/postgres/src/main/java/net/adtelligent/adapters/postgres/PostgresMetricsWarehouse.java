package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.FactColumns.currency;
import static net.adtelligent.adapters.postgres.FactColumns.day;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.AdAggregate;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.MetricsWarehouse;
import org.jdbi.v3.core.statement.Query;

/**
 * The fact tables (V7__facts.sql), or dbt's marts of the same columns ({@link FactsSource}),
 * summed by PostgreSQL: only the sums cross the wire. Every query names the tenant and a range of
 * days, the primary key's first columns, so it reads one range of the key instead of the table. Sums of numeric keep the largest scale of their terms, as
 * BigDecimal.add does, so the sums equal the in-memory warehouse's to the last digit.
 *
 * <p>By campaign, a campaign's name is the one its most recently extracted named row carries
 * (platforms let users rename campaigns; the newest extraction has the current name).
 */
final class PostgresMetricsWarehouse implements MetricsWarehouse {

    private static final String AD_SUMS = """
            select date_day, platform, currency_code, %s
                   sum(spend) as spend, sum(impressions) as impressions, sum(clicks) as clicks,
                   sum(conversions) as conversions, sum(conversions_value) as conversions_value, count(*) as fact_rows
            from %s f
            where tenant_id = :tenant_id and date_day between :first and :last
            group by date_day, platform, currency_code%s
            order by date_day, platform collate "C", currency_code collate "C" nulls last%s
            """;
    private static final String CAMPAIGN = """
            campaign_id, (array_agg(campaign_name order by source_extracted_at desc, campaign_name desc)
                          filter (where campaign_name is not null))[1] as campaign_name,""";
    // Traffic rows only: a conversions report's rows (an event name) repeat the sessions of the day.
    private static final String WEB_SUMS = """
            select date_day, coalesce(nullif(source, ''), '(not set)') as source,
                   coalesce(nullif(medium, ''), '(not set)') as medium, currency_code, sum(sessions) as sessions,
                   sum(total_users) as users, sum(conversions) as conversions, sum(total_revenue) as revenue
            from %s f
            where tenant_id = :tenant_id and date_day between :first and :last and event_name = ''
            group by 1, 2, 3, 4
            order by date_day, 2, 3, currency_code collate "C" nulls last
            """;
    // Site totals only: the rows by query, page, country or device break the same clicks down.
    private static final String SEARCH_SUMS = """
            select date_day, site_url, sum(clicks) as clicks, sum(impressions) as impressions,
                   sum(position * impressions) as position_times_impressions
            from %s f
            where tenant_id = :tenant_id and date_day between :first and :last
              and query = '' and page = '' and country = '' and device = ''
            group by date_day, site_url
            order by date_day, site_url
            """;

    private final Transactions transactions;
    private final FactsSource source;
    private final String adSums;
    private final String webSums;
    private final String searchSums;

    PostgresMetricsWarehouse(Transactions transactions, FactsSource source) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.source = Objects.requireNonNull(source, "source");
        // The campaign's slots stay for formatted(); the relation goes in now.
        this.adSums = AD_SUMS.replaceFirst("%s f", Matcher.quoteReplacement(
                source.relation(FactsSource.Table.AD_PERFORMANCE) + " f"));
        this.webSums = WEB_SUMS.formatted(source.relation(FactsSource.Table.WEB_ANALYTICS));
        this.searchSums = SEARCH_SUMS.formatted(source.relation(FactsSource.Table.SEARCH_CONSOLE));
    }

    @Override
    public List<AdAggregate> adPerformance(TenantId tenant, DateRange days, boolean byCampaign) {
        String sql = byCampaign ? adSums.formatted(CAMPAIGN, ", campaign_id", ", campaign_id") : adSums.formatted("", "", "");
        return transactions.inTenant(tenant, handle -> days(handle.createQuery(sql), tenant, days)
                .map((row, context) -> new AdAggregate(day(row), Platform.valueOf(row.getString("platform")),
                        byCampaign ? Option.some(row.getString("campaign_id")) : Option.none(),
                        byCampaign ? Option.of(row.getString("campaign_name")) : Option.none(),
                        currency(row, "currency_code"),
                        new AdTotals(row.getBigDecimal("spend"), row.getLong("impressions"), row.getLong("clicks"),
                                row.getBigDecimal("conversions"), row.getBigDecimal("conversions_value")),
                        row.getLong("fact_rows")))
                .list());
    }

    @Override
    public List<WebDaily> webAnalytics(TenantId tenant, DateRange days) {
        return transactions.inTenant(tenant, handle -> days(handle.createQuery(webSums), tenant, days)
                .map((row, context) -> new WebDaily(day(row), row.getString("source"), row.getString("medium"),
                        currency(row, "currency_code"), row.getLong("sessions"),
                        row.getLong("users"), row.getBigDecimal("conversions"), row.getBigDecimal("revenue")))
                .list());
    }

    @Override
    public List<SearchDaily> searchConsole(TenantId tenant, DateRange days) {
        return transactions.inTenant(tenant, handle -> days(handle.createQuery(searchSums), tenant, days)
                .map((row, context) -> new SearchDaily(day(row), row.getString("site_url"), row.getLong("clicks"),
                        row.getLong("impressions"),
                        row.getBigDecimal("position_times_impressions")))
                .list());
    }

    @Override
    public List<SourceFreshness> freshness(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> FactFreshness.of(handle, tenant, source));
    }

    private static Query days(Query query, TenantId tenant, DateRange days) {
        return query.bind("tenant_id", tenant.value()).bind("first", days.first()).bind("last", days.last());
    }
}
