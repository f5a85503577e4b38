/**
 * The connector catalog (/api/connectors/) and a tenant's connections
 * (/api/tenants/{slug}/connections/…): credentials go in, never come out.
 */
package net.adtelligent.adapters.http.connections;
