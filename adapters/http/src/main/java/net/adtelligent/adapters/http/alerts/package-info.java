/**
 * A tenant's alerts (/api/tenants/{slug}/alerts/…): listed by every member, acknowledged by its
 * admins and owners.
 */
package net.adtelligent.adapters.http.alerts;
