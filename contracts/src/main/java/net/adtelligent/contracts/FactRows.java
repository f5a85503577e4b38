package net.adtelligent.contracts;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Unified rows as the domain's fact records. A measure the source left out (a CSV without a
 * clicks column) counts as zero there, because the records hold plain numbers; the row keeps it
 * unknown. Anything else the domain refuses is an IllegalArgumentException for the caller to report.
 */
final class FactRows {

    private FactRows() {
    }

    static DailyFact<?> toFact(UnifiedRow row, TenantId tenant, ConnectionId connection) {
        try {
            return switch (row.fact()) {
                case AD_PERFORMANCE_DAILY -> new AdPerformanceDaily(tenant, connection,
                        Platform.valueOf(row.text("platform")), (LocalDate) row.get("date_day"),
                        row.text("account_id"), text(row, "account_name"), row.text("campaign_id"), text(row, "campaign_name"),
                        text(row, "ad_group_id"), text(row, "ad_group_name"), text(row, "ad_id"), text(row, "ad_name"),
                        currency(row), decimal(row, "spend"), count(row, "impressions"), count(row, "clicks"),
                        decimal(row, "conversions"), decimal(row, "conversions_value"), row.extractedAt());
                case WEB_ANALYTICS_DAILY -> new WebAnalyticsDaily(tenant, connection, (LocalDate) row.get("date_day"),
                        row.text("property_id"), text(row, "source"), text(row, "medium"), text(row, "campaign_name"),
                        text(row, "event_name"), count(row, "sessions"), count(row, "total_users"),
                        decimal(row, "conversions"), decimal(row, "total_revenue"), currency(row), row.extractedAt());
                case SEARCH_CONSOLE_DAILY -> new SearchConsoleDaily(tenant, connection, (LocalDate) row.get("date_day"),
                        row.text("site_url"), row.text("search_type"), text(row, "query"), text(row, "page"),
                        text(row, "country"), text(row, "device"), count(row, "clicks"), count(row, "impressions"),
                        decimal(row, "ctr"), decimal(row, "position"), (Instant) row.get("source_extracted_at"));
                case CONTEXT -> throw new IllegalArgumentException("context rows are no fact");
            };
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("missing " + e.getMessage(), e);
        }
    }

    private static Option<String> text(UnifiedRow row, String column) {
        return Option.of(row.text(column)).filter(value -> !value.isBlank());
    }

    private static Option<Currency> currency(UnifiedRow row) {
        return text(row, "currency_code").map(code -> {
            try {
                return Currency.getInstance(code.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("currency_code is no ISO 4217 code: \"" + code + "\"", e);
            }
        });
    }

    private static BigDecimal decimal(UnifiedRow row, String column) {
        Object value = row.get(column);
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    private static long count(UnifiedRow row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : (Long) value;
    }
}
