/**
 * Registering, listing, showing and changing tenants. The handlers are public for {@code Routes}.
 */
package net.adtelligent.adapters.http.tenants;
