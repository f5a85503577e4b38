package net.adtelligent.domain.tenant;

/** What a person typed to register a tenant, before any of it is checked. */
public record TenantDraft(String slug, String displayName, String reportingCurrency, String reportingTimeZone) {
}
