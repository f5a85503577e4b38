package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * What makes an ad performance row unique: tenant, connection, day and the place in the
 * hierarchy account > campaign > ad group > ad. A row without ad group (and ad) is spend the
 * platform reports only for the whole campaign (Google Performance Max, for one).
 */
public record AdPerformanceKey(TenantId tenantId, ConnectionId connectionId, LocalDate dateDay, String accountId,
                               String campaignId, Option<String> adGroupId, Option<String> adId) {

    public AdPerformanceKey {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(dateDay, "dateDay");
        FactChecks.id("accountId", accountId);
        FactChecks.id("campaignId", campaignId);
        FactChecks.optionalId("adGroupId", adGroupId);
        FactChecks.optionalId("adId", adId);
        if (adId.isDefined() && adGroupId.isEmpty()) {
            throw new IllegalArgumentException("an ad belongs to an ad group: adId " + adId.get() + " has none");
        }
    }
}
