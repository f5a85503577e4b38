package net.adtelligent.adapters.http.tenants;

import java.time.Instant;
import java.util.UUID;
import net.adtelligent.domain.tenant.Tenant;

/** A tenant as the API shows it; field names become snake_case through {@link Json}. */
record TenantJson(
        UUID id,
        String slug,
        String displayName,
        String reportingCurrency,
        String reportingTimeZone,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    static TenantJson of(Tenant tenant) {
        return new TenantJson(
                tenant.id().value(),
                tenant.slug().value(),
                tenant.displayName().value(),
                tenant.reportingCurrency().getCurrencyCode(),
                tenant.reportingTimeZone().getId(),
                tenant.status().wireName(),
                tenant.createdAt(),
                tenant.updatedAt());
    }
}
