package net.adtelligent.ports.in.system;

import net.adtelligent.domain.tenant.TenantId;

/**
 * Follows syncs for the scheduler: reads every running run's job from Airbyte until it ends,
 * records the jobs Airbyte started on its own schedule, and, when the installation keeps the
 * schedules itself, starts the syncs that are due. Does nothing while Airbyte is not configured.
 */
public interface SyncPolling {

    /** Every active tenant, one after another; says how many runs it recorded or finished. */
    int pollAll();

    /** One tenant's running runs and new jobs (what a signal from Airbyte asks for); says how many changed. */
    int poll(TenantId tenant);
}
