/**
 * The outbound ports on PostgreSQL: JDBI for SQL, Flyway for the schema, row-level security so a
 * tenant's rows stay its own even when a query forgets its {@code where tenant_id = ...}.
 *
 * <p>Two roles: migrations run as the login user, who owns the tables; the service pool switches
 * every connection to a non-owner application role ({@code SET ROLE}), to which the policies apply.
 * Tenant-scoped work runs inside {@code Transactions.inTenant}.
 */
package net.adtelligent.adapters.postgres;
