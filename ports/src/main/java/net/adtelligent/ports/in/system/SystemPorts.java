package net.adtelligent.ports.in.system;

import java.util.Objects;

/** The use cases of the process itself and its operator, none checked against a user's memberships. */
public record SystemPorts(ScheduledSnapshots scheduledSnapshots, TenantDirectory tenantDirectory,
                          ManageUsers manageUsers, ImportFxRates importFxRates,
                          ExpireUploads expireUploads, ConnectionReadiness connectionReadiness,
                          RotateDataKeys rotateDataKeys, ReconcileAirbyte reconcileAirbyte,
                          TokenUpkeep tokenUpkeep, SyncPolling syncPolling, SyncSignals syncSignals,
                          SyncHistory syncHistory, AlertChecks alertChecks,
                          ForgetWebhookDeliveries forgetWebhookDeliveries) {

    public SystemPorts {
        Objects.requireNonNull(scheduledSnapshots, "scheduledSnapshots");
        Objects.requireNonNull(tenantDirectory, "tenantDirectory");
        Objects.requireNonNull(manageUsers, "manageUsers");
        Objects.requireNonNull(importFxRates, "importFxRates");
        Objects.requireNonNull(expireUploads, "expireUploads");
        Objects.requireNonNull(connectionReadiness, "connectionReadiness");
        Objects.requireNonNull(rotateDataKeys, "rotateDataKeys");
        Objects.requireNonNull(reconcileAirbyte, "reconcileAirbyte");
        Objects.requireNonNull(tokenUpkeep, "tokenUpkeep");
        Objects.requireNonNull(syncPolling, "syncPolling");
        Objects.requireNonNull(syncSignals, "syncSignals");
        Objects.requireNonNull(syncHistory, "syncHistory");
        Objects.requireNonNull(alertChecks, "alertChecks");
        Objects.requireNonNull(forgetWebhookDeliveries, "forgetWebhookDeliveries");
    }
}
