package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * What makes an organic search row unique: tenant, connection, day, site, search type (web,
 * image, video, news, discover, googleNews: never summed blindly) and the dimensions the stream
 * breaks down by. A dimension is none where the stream does not break down by it
 * ({@code search_analytics_by_date} has none of them), so totals and breakdowns never collide.
 */
public record SearchConsoleKey(TenantId tenantId, ConnectionId connectionId, LocalDate dateDay, String siteUrl,
                               String searchType, Option<String> query, Option<String> page, Option<String> country,
                               Option<String> device) {

    public SearchConsoleKey {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(dateDay, "dateDay");
        FactChecks.id("siteUrl", siteUrl);
        FactChecks.id("searchType", searchType);
        FactChecks.optionalId("query", query);
        FactChecks.optionalId("page", page);
        FactChecks.optionalId("country", country);
        FactChecks.optionalId("device", device);
    }
}
