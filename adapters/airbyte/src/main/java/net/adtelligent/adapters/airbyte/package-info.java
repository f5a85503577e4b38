/**
 * Airbyte public API v1 client behind the {@code AirbyteProvisioning} and {@code AirbyteOrchestration}
 * ports: bearer tokens from client credentials, a timeout on every call, retries with full-jitter
 * backoff and a circuit breaker. Webhook payload mapping is not built yet.
 */
package net.adtelligent.adapters.airbyte;
