/**
 * Airbyte public API v1 client and webhook payload mapping behind the {@code SyncOrchestrator}
 * port. Not built yet: until it is, syncs are fed by file import.
 */
package net.adtelligent.adapters.airbyte;
