package net.adtelligent.ports.out;

import java.util.List;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.metrics.AdAggregate;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Reads a tenant's unified facts summed, where they live (the application's tables or a dbt mart
 * of the same columns): the database adds up millions of rows, the core converts and combines a
 * few thousand sums.
 */
public interface MetricsWarehouse {

    /**
     * Ad facts of the days summed by day, platform and currency, and by campaign too when
     * {@code byCampaign}; in day order, then platform, currency code (unknown last), campaign id.
     */
    List<AdAggregate> adPerformance(TenantId tenant, DateRange days, boolean byCampaign);

    /**
     * GA4 traffic facts summed by day, session source and medium ("(not set)" where a row has
     * none) and property currency, in that order (currency code, unknown last).
     */
    List<WebDaily> webAnalytics(TenantId tenant, DateRange days);

    /** Search Console site totals summed by day and site (with impression-weighted positions), in that order. */
    List<SearchDaily> searchConsole(TenantId tenant, DateRange days);

    /** Every connection the tenant has facts from, with its newest extraction and day. */
    List<SourceFreshness> freshness(TenantId tenant);
}
