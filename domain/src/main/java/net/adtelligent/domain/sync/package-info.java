/**
 * Syncs of a tenant's connections through Airbyte: each run as Adtelligent recorded it (who or
 * what started it, the Airbyte job, how it ended, how much it moved).
 */
package net.adtelligent.domain.sync;
