/**
 * Syncs of a tenant's connections through Airbyte: starting one
 * (/api/tenants/{slug}/connections/{connection_id}/sync/) and the telemetry of every run
 * (/api/tenants/{slug}/airbyte/telemetry/).
 */
package net.adtelligent.adapters.http.syncs;
