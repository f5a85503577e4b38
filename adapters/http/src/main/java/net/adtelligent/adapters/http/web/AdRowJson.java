package net.adtelligent.adapters.http.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import net.adtelligent.domain.fact.AdPerformanceDaily;

/**
 * A unified ad fact under the column names of docs/contracts.md ("Unified facts") (the tenant is the one the path names).
 * Decimals are strings: a JSON number would reach most clients as a binary double and lose cents.
 * In the web core because two features answer with it: uploads (a preview) and metrics.
 */
public record AdRowJson(
        UUID connectionId,
        String platform,
        LocalDate dateDay,
        String accountId,
        String accountName,
        String campaignId,
        String campaignName,
        String adGroupId,
        String adGroupName,
        String adId,
        String adName,
        String currencyCode,
        String spend,
        long impressions,
        long clicks,
        String conversions,
        String conversionsValue,
        Instant sourceExtractedAt) {

    public static AdRowJson of(AdPerformanceDaily fact) {
        return new AdRowJson(
                fact.connectionId().value(),
                fact.platform().name(),
                fact.dateDay(),
                fact.accountId(),
                fact.accountName().getOrNull(),
                fact.campaignId(),
                fact.campaignName().getOrNull(),
                fact.adGroupId().getOrNull(),
                fact.adGroupName().getOrNull(),
                fact.adId().getOrNull(),
                fact.adName().getOrNull(),
                fact.currencyCode().map(Currency::getCurrencyCode).getOrNull(),
                decimal(fact.spend()),
                fact.impressions(),
                fact.clicks(),
                decimal(fact.conversions()),
                decimal(fact.conversionsValue()),
                fact.sourceExtractedAt());
    }

    /** Exact, never in exponent form: 1E+3 is valid but surprises every spreadsheet. */
    public static String decimal(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
