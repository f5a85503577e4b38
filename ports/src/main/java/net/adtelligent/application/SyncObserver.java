package net.adtelligent.application;

import net.adtelligent.domain.sync.SyncRun;

/**
 * Told of every sync run that has just finished, inside the unit of work that recorded it (so what
 * it writes lands with the run, or not at all): the snapshot trigger and the alert rules.
 */
@FunctionalInterface
public interface SyncObserver {

    void finished(SyncRun run);
}
