package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.instant;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * How the fact stores turn optional values into columns and back. An optional id or dimension is
 * part of a primary key, which cannot hold null: none is stored as '' (the domain refuses '' as a
 * value, so nothing else is). An optional name or currency is an ordinary nullable column.
 */
final class FactColumns {

    private FactColumns() {
    }

    static String noneAsEmpty(Option<String> value) {
        return value.getOrElse("");
    }

    static Option<String> emptyAsNone(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value.isEmpty() ? Option.none() : Option.some(value);
    }

    static Option<String> nullable(ResultSet row, String column) throws SQLException {
        return Option.of(row.getString(column));
    }

    static String currencyCode(Option<Currency> currency) {
        return currency.map(Currency::getCurrencyCode).getOrNull();
    }

    static Option<Currency> currency(ResultSet row, String column) throws SQLException {
        return Option.of(row.getString(column)).map(Currency::getInstance);
    }

    static TenantId tenant(ResultSet row) throws SQLException {
        return new TenantId(row.getObject("tenant_id", UUID.class));
    }

    static ConnectionId connection(ResultSet row) throws SQLException {
        return new ConnectionId(row.getObject("connection_id", UUID.class));
    }

    static LocalDate day(ResultSet row) throws SQLException {
        return row.getObject("date_day", LocalDate.class);
    }

    static Instant extractedAt(ResultSet row) throws SQLException {
        return instant(row, "source_extracted_at");
    }
}
