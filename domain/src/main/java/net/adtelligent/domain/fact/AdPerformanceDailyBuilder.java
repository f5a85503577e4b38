package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * An {@link AdPerformanceDaily} part by part, by name: names and ids below the campaign and the
 * currency default to none (null given for one: none too), measures to zero; the rest is required.
 */
public final class AdPerformanceDailyBuilder {

    private TenantId tenantId;
    private ConnectionId connectionId;
    private Platform platform;
    private LocalDate dateDay;
    private String accountId;
    private Option<String> accountName = Option.none();
    private String campaignId;
    private Option<String> campaignName = Option.none();
    private Option<String> adGroupId = Option.none();
    private Option<String> adGroupName = Option.none();
    private Option<String> adId = Option.none();
    private Option<String> adName = Option.none();
    private Option<Currency> currencyCode = Option.none();
    private BigDecimal spend = BigDecimal.ZERO;
    private long impressions;
    private long clicks;
    private BigDecimal conversions = BigDecimal.ZERO;
    private BigDecimal conversionsValue = BigDecimal.ZERO;
    private Instant sourceExtractedAt;

    AdPerformanceDailyBuilder() {
    }

    static AdPerformanceDailyBuilder of(AdPerformanceDaily row) {
        AdPerformanceDailyBuilder copy = new AdPerformanceDailyBuilder();
        copy.tenantId = row.tenantId();
        copy.connectionId = row.connectionId();
        copy.platform = row.platform();
        copy.dateDay = row.dateDay();
        copy.accountId = row.accountId();
        copy.accountName = row.accountName();
        copy.campaignId = row.campaignId();
        copy.campaignName = row.campaignName();
        copy.adGroupId = row.adGroupId();
        copy.adGroupName = row.adGroupName();
        copy.adId = row.adId();
        copy.adName = row.adName();
        copy.currencyCode = row.currencyCode();
        copy.spend = row.spend();
        copy.impressions = row.impressions();
        copy.clicks = row.clicks();
        copy.conversions = row.conversions();
        copy.conversionsValue = row.conversionsValue();
        copy.sourceExtractedAt = row.sourceExtractedAt();
        return copy;
    }

    public AdPerformanceDailyBuilder tenantId(TenantId tenantId) {
        this.tenantId = tenantId;
        return this;
    }

    public AdPerformanceDailyBuilder connectionId(ConnectionId connectionId) {
        this.connectionId = connectionId;
        return this;
    }

    public AdPerformanceDailyBuilder platform(Platform platform) {
        this.platform = platform;
        return this;
    }

    public AdPerformanceDailyBuilder dateDay(LocalDate dateDay) {
        this.dateDay = dateDay;
        return this;
    }

    public AdPerformanceDailyBuilder accountId(String accountId) {
        this.accountId = accountId;
        return this;
    }

    public AdPerformanceDailyBuilder accountName(String accountName) {
        this.accountName = Option.of(accountName);
        return this;
    }

    public AdPerformanceDailyBuilder campaignId(String campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    public AdPerformanceDailyBuilder campaignName(String campaignName) {
        this.campaignName = Option.of(campaignName);
        return this;
    }

    public AdPerformanceDailyBuilder adGroupId(String adGroupId) {
        this.adGroupId = Option.of(adGroupId);
        return this;
    }

    public AdPerformanceDailyBuilder adGroupName(String adGroupName) {
        this.adGroupName = Option.of(adGroupName);
        return this;
    }

    public AdPerformanceDailyBuilder adId(String adId) {
        this.adId = Option.of(adId);
        return this;
    }

    public AdPerformanceDailyBuilder adName(String adName) {
        this.adName = Option.of(adName);
        return this;
    }

    public AdPerformanceDailyBuilder currencyCode(Currency currencyCode) {
        this.currencyCode = Option.of(currencyCode);
        return this;
    }

    public AdPerformanceDailyBuilder spend(BigDecimal spend) {
        this.spend = spend;
        return this;
    }

    public AdPerformanceDailyBuilder impressions(long impressions) {
        this.impressions = impressions;
        return this;
    }

    public AdPerformanceDailyBuilder clicks(long clicks) {
        this.clicks = clicks;
        return this;
    }

    public AdPerformanceDailyBuilder conversions(BigDecimal conversions) {
        this.conversions = conversions;
        return this;
    }

    public AdPerformanceDailyBuilder conversionsValue(BigDecimal conversionsValue) {
        this.conversionsValue = conversionsValue;
        return this;
    }

    public AdPerformanceDailyBuilder sourceExtractedAt(Instant sourceExtractedAt) {
        this.sourceExtractedAt = sourceExtractedAt;
        return this;
    }

    /** Checked as the constructor checks: a required part left out is named. */
    public AdPerformanceDaily build() {
        return new AdPerformanceDaily(tenantId, connectionId, platform, dateDay, accountId, accountName, campaignId,
                campaignName, adGroupId, adGroupName, adId, adName, currencyCode, spend, impressions, clicks,
                conversions, conversionsValue, sourceExtractedAt);
    }
}
