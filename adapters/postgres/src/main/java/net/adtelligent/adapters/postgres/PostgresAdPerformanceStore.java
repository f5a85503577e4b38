package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.FactColumns.connection;
import static net.adtelligent.adapters.postgres.FactColumns.currency;
import static net.adtelligent.adapters.postgres.FactColumns.currencyCode;
import static net.adtelligent.adapters.postgres.FactColumns.day;
import static net.adtelligent.adapters.postgres.FactColumns.emptyAsNone;
import static net.adtelligent.adapters.postgres.FactColumns.extractedAt;
import static net.adtelligent.adapters.postgres.FactColumns.noneAsEmpty;
import static net.adtelligent.adapters.postgres.FactColumns.nullable;
import static net.adtelligent.adapters.postgres.FactColumns.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.AdPerformanceKey;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.FactSource;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Ad performance in ad_performance_daily, tenant-scoped. A file import is summed by the database
 * ({@link AdPerformanceImport}), so its rows never need to be held in memory.
 */
final class PostgresAdPerformanceStore extends PostgresDailyFactStore<AdPerformanceKey, AdPerformanceDaily>
        implements AdPerformanceStore {

    /** Every column but the key's. */
    static final List<String> VALUE_COLUMNS = List.of("platform", "account_name", "campaign_name", "ad_group_name",
            "ad_name", "currency_code", "spend", "impressions", "clicks", "conversions", "conversions_value",
            "source_extracted_at");

    private final Transactions transactions;

    PostgresAdPerformanceStore(Transactions transactions) {
        super(transactions, "ad_performance_daily",
                List.of("tenant_id", "date_day", "connection_id", "account_id", "campaign_id", "ad_group_id", "ad_id"),
                VALUE_COLUMNS);
        this.transactions = transactions;
    }

    @Override
    public long importSummed(TenantId tenant, FactSource<AdPerformanceDaily> rows) {
        Objects.requireNonNull(rows, "rows");
        return transactions.inTenant(tenant, handle -> AdPerformanceImport.run(handle, tenant, rows));
    }

    @Override
    Object[] values(AdPerformanceDaily fact) {
        return new Object[] {
            fact.tenantId().value(),
            fact.dateDay(),
            fact.connectionId().value(),
            fact.accountId(),
            fact.campaignId(),
            noneAsEmpty(fact.adGroupId()),
            noneAsEmpty(fact.adId()),
            fact.platform().name(),
            fact.accountName().getOrNull(),
            fact.campaignName().getOrNull(),
            fact.adGroupName().getOrNull(),
            fact.adName().getOrNull(),
            currencyCode(fact.currencyCode()),
            fact.spend(),
            fact.impressions(),
            fact.clicks(),
            fact.conversions(),
            fact.conversionsValue(),
            Timestamps.utc(fact.sourceExtractedAt())};
    }

    @Override
    AdPerformanceDaily row(ResultSet row, StatementContext context) throws SQLException {
        return new AdPerformanceDaily(tenant(row), connection(row), Platform.valueOf(row.getString("platform")),
                day(row), row.getString("account_id"), nullable(row, "account_name"),
                row.getString("campaign_id"), nullable(row, "campaign_name"),
                emptyAsNone(row, "ad_group_id"), nullable(row, "ad_group_name"),
                emptyAsNone(row, "ad_id"), nullable(row, "ad_name"),
                currency(row, "currency_code"), row.getBigDecimal("spend"), row.getLong("impressions"),
                row.getLong("clicks"), row.getBigDecimal("conversions"), row.getBigDecimal("conversions_value"),
                extractedAt(row));
    }
}
