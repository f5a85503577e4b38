package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * What makes a web analytics row unique: tenant, connection, day, GA4 property and the report's
 * dimensions. Each GA4 report fills some of them (traffic: source and medium; campaigns: campaign
 * name; conversions: event name) and leaves the others none, so rows of different reports never
 * collide. Within a report GA4 fills every value, with "(not set)" or "(direct)" where it knows nothing.
 */
public record WebAnalyticsKey(TenantId tenantId, ConnectionId connectionId, LocalDate dateDay, String propertyId,
                              Option<String> source, Option<String> medium, Option<String> campaignName,
                              Option<String> eventName) {

    public WebAnalyticsKey {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(dateDay, "dateDay");
        FactChecks.id("propertyId", propertyId);
        FactChecks.optionalId("source", source);
        FactChecks.optionalId("medium", medium);
        FactChecks.optionalId("campaignName", campaignName);
        FactChecks.optionalId("eventName", eventName);
    }
}
