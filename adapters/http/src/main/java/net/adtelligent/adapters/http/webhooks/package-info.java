/**
 * Airbyte's webhook: notifications that a sync job ended, authenticated by the installation's
 * secret (in the URL path or a header) or a Standard Webhooks signature, and passed to the core's
 * {@code SyncNotifications}. Public for {@code Routes}.
 */
package net.adtelligent.adapters.http.webhooks;
