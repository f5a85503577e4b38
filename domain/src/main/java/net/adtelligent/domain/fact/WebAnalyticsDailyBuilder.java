package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A {@link WebAnalyticsDaily} part by part, by name: dimensions and the currency default to none,
 * measures to zero; the rest is required. Null given for an optional part: none.
 */
public final class WebAnalyticsDailyBuilder {

    private TenantId tenantId;
    private ConnectionId connectionId;
    private LocalDate dateDay;
    private String propertyId;
    private Option<String> source = Option.none();
    private Option<String> medium = Option.none();
    private Option<String> campaignName = Option.none();
    private Option<String> eventName = Option.none();
    private long sessions;
    private long totalUsers;
    private BigDecimal conversions = BigDecimal.ZERO;
    private BigDecimal totalRevenue = BigDecimal.ZERO;
    private Option<Currency> currencyCode = Option.none();
    private Instant sourceExtractedAt;

    WebAnalyticsDailyBuilder() {
    }

    public WebAnalyticsDailyBuilder tenantId(TenantId tenantId) {
        this.tenantId = tenantId;
        return this;
    }

    public WebAnalyticsDailyBuilder connectionId(ConnectionId connectionId) {
        this.connectionId = connectionId;
        return this;
    }

    public WebAnalyticsDailyBuilder dateDay(LocalDate dateDay) {
        this.dateDay = dateDay;
        return this;
    }

    public WebAnalyticsDailyBuilder propertyId(String propertyId) {
        this.propertyId = propertyId;
        return this;
    }

    public WebAnalyticsDailyBuilder source(String source) {
        this.source = Option.of(source);
        return this;
    }

    public WebAnalyticsDailyBuilder medium(String medium) {
        this.medium = Option.of(medium);
        return this;
    }

    public WebAnalyticsDailyBuilder campaignName(String campaignName) {
        this.campaignName = Option.of(campaignName);
        return this;
    }

    public WebAnalyticsDailyBuilder eventName(String eventName) {
        this.eventName = Option.of(eventName);
        return this;
    }

    public WebAnalyticsDailyBuilder sessions(long sessions) {
        this.sessions = sessions;
        return this;
    }

    public WebAnalyticsDailyBuilder totalUsers(long totalUsers) {
        this.totalUsers = totalUsers;
        return this;
    }

    public WebAnalyticsDailyBuilder conversions(BigDecimal conversions) {
        this.conversions = conversions;
        return this;
    }

    public WebAnalyticsDailyBuilder totalRevenue(BigDecimal totalRevenue) {
        this.totalRevenue = totalRevenue;
        return this;
    }

    public WebAnalyticsDailyBuilder currencyCode(Currency currencyCode) {
        this.currencyCode = Option.of(currencyCode);
        return this;
    }

    public WebAnalyticsDailyBuilder sourceExtractedAt(Instant sourceExtractedAt) {
        this.sourceExtractedAt = sourceExtractedAt;
        return this;
    }

    /** Checked as the constructor checks: a required part left out is named. */
    public WebAnalyticsDaily build() {
        return new WebAnalyticsDaily(tenantId, connectionId, dateDay, propertyId, source, medium, campaignName,
                eventName, sessions, totalUsers, conversions, totalRevenue, currencyCode, sourceExtractedAt);
    }
}
