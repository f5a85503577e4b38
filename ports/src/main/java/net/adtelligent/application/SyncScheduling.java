package net.adtelligent.application;

/**
 * Whose schedules start syncs. {@link #AIRBYTE}: each Airbyte connection's own schedule (Adtelligent
 * only finds the runs it started); {@link #ADTELLIGENT}: each connection's {@code Schedule} here,
 * the poller starting the syncs that are due (the Airbyte connections then set to manual).
 */
public enum SyncScheduling {
    AIRBYTE, ADTELLIGENT
}
