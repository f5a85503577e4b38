/**
 * Signing in and out (access and refresh tokens), password reset, invitations and a tenant's
 * members, and the throttling of the endpoints open to guessing. The handlers are public for
 * {@code Routes}, which wires them, and {@link net.adtelligent.adapters.http.identity.Throttle} for
 * {@code HttpApp}, which builds it from the settings.
 */
package net.adtelligent.adapters.http.identity;
