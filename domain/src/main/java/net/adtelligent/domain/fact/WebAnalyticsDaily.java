package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The unified GA4 fact: sessions, users, conversions and revenue per day and report dimensions
 * (see {@link WebAnalyticsKey}) of one property, in the property's time zone and currency (none:
 * unknown). Revenue may be negative (GA4 subtracts refunds); conversions are fractional.
 * {@code totalUsers} counts distinct users of the row: it is never summed across rows.
 */
public record WebAnalyticsDaily(TenantId tenantId, ConnectionId connectionId, LocalDate dateDay, String propertyId,
                                Option<String> source, Option<String> medium, Option<String> campaignName,
                                Option<String> eventName, long sessions, long totalUsers, BigDecimal conversions,
                                BigDecimal totalRevenue, Option<Currency> currencyCode, Instant sourceExtractedAt)
        implements DailyFact<WebAnalyticsKey> {

    public WebAnalyticsDaily {
        new WebAnalyticsKey(tenantId, connectionId, dateDay, propertyId, source, medium, campaignName, eventName);
        FactChecks.count("sessions", sessions);
        FactChecks.count("totalUsers", totalUsers);
        conversions = FactChecks.nonNegative("conversions", conversions);
        totalRevenue = FactChecks.amount("totalRevenue", totalRevenue);
        Objects.requireNonNull(currencyCode, "currencyCode");
        Objects.requireNonNull(sourceExtractedAt, "sourceExtractedAt");
    }

    /** Part by part, by name: for code that states a fact in full (tests, demo data) and reads better so. */
    public static WebAnalyticsDailyBuilder builder() {
        return new WebAnalyticsDailyBuilder();
    }

    @Override
    public WebAnalyticsKey key() {
        return new WebAnalyticsKey(tenantId, connectionId, dateDay, propertyId, source, medium, campaignName, eventName);
    }
}
