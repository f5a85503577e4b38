package net.adtelligent.ports.in.system;

/**
 * Early word from Airbyte that a job of one of its connections changed (its webhook). Only a
 * signal: the job is then read from Airbyte's API, which stays the source of truth, so a forged or
 * replayed signal changes nothing that Airbyte does not confirm.
 */
public interface SyncSignals {

    /** Asks for the job to be read soon; says whether the Airbyte connection belongs to a tenant's connection. */
    Outcome jobReported(String airbyteConnectionId, long airbyteJobId);

    enum Outcome { ACCEPTED, UNKNOWN_CONNECTION }
}
