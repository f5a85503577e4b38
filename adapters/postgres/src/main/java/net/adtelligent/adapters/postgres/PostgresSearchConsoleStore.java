package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.FactColumns.connection;
import static net.adtelligent.adapters.postgres.FactColumns.day;
import static net.adtelligent.adapters.postgres.FactColumns.emptyAsNone;
import static net.adtelligent.adapters.postgres.FactColumns.extractedAt;
import static net.adtelligent.adapters.postgres.FactColumns.noneAsEmpty;
import static net.adtelligent.adapters.postgres.FactColumns.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.SearchConsoleKey;
import net.adtelligent.ports.out.SearchConsoleStore;
import org.jdbi.v3.core.statement.StatementContext;

/** Search Console facts in search_console_daily, tenant-scoped. */
final class PostgresSearchConsoleStore extends PostgresDailyFactStore<SearchConsoleKey, SearchConsoleDaily>
        implements SearchConsoleStore {

    PostgresSearchConsoleStore(Transactions transactions) {
        super(transactions, "search_console_daily",
                List.of("tenant_id", "date_day", "connection_id", "site_url", "search_type", "query", "page", "country",
                        "device"),
                List.of("clicks", "impressions", "ctr", "position", "source_extracted_at"));
    }

    @Override
    Object[] values(SearchConsoleDaily fact) {
        return new Object[] {
            fact.tenantId().value(),
            fact.dateDay(),
            fact.connectionId().value(),
            fact.siteUrl(),
            fact.searchType(),
            noneAsEmpty(fact.query()),
            noneAsEmpty(fact.page()),
            noneAsEmpty(fact.country()),
            noneAsEmpty(fact.device()),
            fact.clicks(),
            fact.impressions(),
            fact.ctr(),
            fact.position(),
            Timestamps.utc(fact.sourceExtractedAt())};
    }

    @Override
    SearchConsoleDaily row(ResultSet row, StatementContext context) throws SQLException {
        return new SearchConsoleDaily(tenant(row), connection(row), day(row), row.getString("site_url"),
                row.getString("search_type"), emptyAsNone(row, "query"), emptyAsNone(row, "page"),
                emptyAsNone(row, "country"), emptyAsNone(row, "device"), row.getLong("clicks"),
                row.getLong("impressions"), row.getBigDecimal("ctr"), row.getBigDecimal("position"), extractedAt(row));
    }
}
