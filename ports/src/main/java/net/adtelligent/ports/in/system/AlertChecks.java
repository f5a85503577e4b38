package net.adtelligent.ports.in.system;

/**
 * The alert work done on a schedule, by one instance at a time: the staleness of every active
 * tenant's scheduled sources, and the one mail of each new episode.
 */
public interface AlertChecks {

    /** Raises or resolves source_stale for every scheduled connection of every active tenant; the episodes opened. */
    int checkSources();

    /**
     * Raises or resolves the operators' dbt alerts (dbt_run_failed, dbt_run_stale) from dbt's target
     * folder; the episodes opened. Nothing where dbt is not watched.
     */
    default int checkDbt() {
        return 0;
    }

    /** Mails each episode whose mail is due to its tenant's owners and admins; the mails sent. */
    int sendMails();
}
