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
 * The unified ad fact: one row per tenant, connection, day and ad (or ad group, or campaign,
 * where the platform reports no finer level). Columns as in docs/contracts.md ("Unified facts").
 *
 * <p>Ids are the platform's, as text. {@code currencyCode} is the account's currency; none means
 * unknown (say, Google Ads rows without their customer record) and is kept explicit, never
 * guessed: such spend cannot be converted and is reported so. Spend and impressions are never
 * negative; conversions and their value may be, where a platform retracts conversions (Google
 * Ads adjustments), and are fractional (data-driven attribution).
 */
public record AdPerformanceDaily(TenantId tenantId, ConnectionId connectionId, Platform platform, LocalDate dateDay,
                                 String accountId, Option<String> accountName,
                                 String campaignId, Option<String> campaignName,
                                 Option<String> adGroupId, Option<String> adGroupName,
                                 Option<String> adId, Option<String> adName,
                                 Option<Currency> currencyCode, BigDecimal spend, long impressions, long clicks,
                                 BigDecimal conversions, BigDecimal conversionsValue, Instant sourceExtractedAt)
        implements DailyFact<AdPerformanceKey> {

    public AdPerformanceDaily {
        Objects.requireNonNull(platform, "platform");
        if (!platform.reportsAdPerformance()) {
            throw new IllegalArgumentException(platform + " has facts of its own, not ad performance");
        }
        // The key checks tenant, connection, day and ids once, for both.
        new AdPerformanceKey(tenantId, connectionId, dateDay, accountId, campaignId, adGroupId, adId);
        FactChecks.name("accountName", accountName);
        FactChecks.name("campaignName", campaignName);
        FactChecks.name("adGroupName", adGroupName);
        FactChecks.name("adName", adName);
        Objects.requireNonNull(currencyCode, "currencyCode");
        spend = FactChecks.nonNegative("spend", spend);
        FactChecks.count("impressions", impressions);
        FactChecks.count("clicks", clicks);
        conversions = FactChecks.amount("conversions", conversions);
        conversionsValue = FactChecks.amount("conversionsValue", conversionsValue);
        Objects.requireNonNull(sourceExtractedAt, "sourceExtractedAt");
    }

    /** Part by part, by name: for code that states a fact in full (tests, demo data) and reads better so. */
    public static AdPerformanceDailyBuilder builder() {
        return new AdPerformanceDailyBuilder();
    }

    /** This row part by part, to state another that differs in a few. */
    public AdPerformanceDailyBuilder toBuilder() {
        return AdPerformanceDailyBuilder.of(this);
    }

    @Override
    public AdPerformanceKey key() {
        return new AdPerformanceKey(tenantId, connectionId, dateDay, accountId, campaignId, adGroupId, adId);
    }

    /**
     * This row and another of the same key as one: measures summed, names and extraction time of
     * {@code other} (the later row of a file). Amounts in two currencies are never summed.
     *
     * @throws IllegalArgumentException when the keys or the currencies differ
     */
    public AdPerformanceDaily plus(AdPerformanceDaily other) {
        if (!key().equals(other.key())) {
            throw new IllegalArgumentException("only rows of one key add up: " + key() + " and " + other.key());
        }
        if (!currencyCode.equals(other.currencyCode)) {
            throw new IllegalArgumentException("rows of " + campaignId + " on " + dateDay + " are in "
                    + currencyCode.map(Currency::getCurrencyCode).getOrElse("an unknown currency") + " and "
                    + other.currencyCode.map(Currency::getCurrencyCode).getOrElse("an unknown currency"));
        }
        return new AdPerformanceDaily(tenantId, connectionId, platform, dateDay, accountId, other.accountName,
                campaignId, other.campaignName, adGroupId, other.adGroupName, adId, other.adName, currencyCode,
                spend.add(other.spend), impressions + other.impressions, clicks + other.clicks,
                conversions.add(other.conversions), conversionsValue.add(other.conversionsValue),
                sourceExtractedAt.isAfter(other.sourceExtractedAt) ? sourceExtractedAt : other.sourceExtractedAt);
    }
}
