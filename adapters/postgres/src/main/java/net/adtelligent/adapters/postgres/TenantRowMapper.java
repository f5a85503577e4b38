package net.adtelligent.adapters.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import net.adtelligent.domain.tenant.DisplayName;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantStatus;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A tenants row to the domain record, by hand: the value types check themselves again on the way
 * in, so a row that breaks a domain rule fails loudly here instead of travelling on.
 */
final class TenantRowMapper implements RowMapper<Tenant> {

    static final String COLUMNS =
            "id, slug, display_name, reporting_currency, reporting_time_zone, status, created_at, updated_at";

    @Override
    public Tenant map(ResultSet row, StatementContext context) throws SQLException {
        return new Tenant(
                new TenantId(row.getObject("id", UUID.class)),
                new Slug(row.getString("slug")),
                new DisplayName(row.getString("display_name")),
                Currency.getInstance(row.getString("reporting_currency")),
                ZoneId.of(row.getString("reporting_time_zone")),
                status(row.getString("status")),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static TenantStatus status(String wireName) {
        return TenantStatus.parse("status", wireName)
                .getOrElseThrow(() -> new IllegalStateException("unknown tenant status in the database: " + wireName));
    }
}
