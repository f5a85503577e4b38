package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.FactColumns.connection;
import static net.adtelligent.adapters.postgres.FactColumns.currency;
import static net.adtelligent.adapters.postgres.FactColumns.currencyCode;
import static net.adtelligent.adapters.postgres.FactColumns.day;
import static net.adtelligent.adapters.postgres.FactColumns.emptyAsNone;
import static net.adtelligent.adapters.postgres.FactColumns.extractedAt;
import static net.adtelligent.adapters.postgres.FactColumns.noneAsEmpty;
import static net.adtelligent.adapters.postgres.FactColumns.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.fact.WebAnalyticsKey;
import net.adtelligent.ports.out.WebAnalyticsStore;
import org.jdbi.v3.core.statement.StatementContext;

/** GA4 facts in web_analytics_daily, tenant-scoped. */
final class PostgresWebAnalyticsStore extends PostgresDailyFactStore<WebAnalyticsKey, WebAnalyticsDaily>
        implements WebAnalyticsStore {

    PostgresWebAnalyticsStore(Transactions transactions) {
        super(transactions, "web_analytics_daily",
                List.of("tenant_id", "date_day", "connection_id", "property_id", "source", "medium", "campaign_name",
                        "event_name"),
                List.of("sessions", "total_users", "conversions", "total_revenue", "currency_code",
                        "source_extracted_at"));
    }

    @Override
    Object[] values(WebAnalyticsDaily fact) {
        return new Object[] {
            fact.tenantId().value(),
            fact.dateDay(),
            fact.connectionId().value(),
            fact.propertyId(),
            noneAsEmpty(fact.source()),
            noneAsEmpty(fact.medium()),
            noneAsEmpty(fact.campaignName()),
            noneAsEmpty(fact.eventName()),
            fact.sessions(),
            fact.totalUsers(),
            fact.conversions(),
            fact.totalRevenue(),
            currencyCode(fact.currencyCode()),
            Timestamps.utc(fact.sourceExtractedAt())};
    }

    @Override
    WebAnalyticsDaily row(ResultSet row, StatementContext context) throws SQLException {
        return new WebAnalyticsDaily(tenant(row), connection(row), day(row), row.getString("property_id"),
                emptyAsNone(row, "source"), emptyAsNone(row, "medium"), emptyAsNone(row, "campaign_name"),
                emptyAsNone(row, "event_name"), row.getLong("sessions"), row.getLong("total_users"),
                row.getBigDecimal("conversions"), row.getBigDecimal("total_revenue"), currency(row, "currency_code"),
                extractedAt(row));
    }
}
