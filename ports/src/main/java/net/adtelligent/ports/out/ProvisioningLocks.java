package net.adtelligent.ports.out;

import java.util.function.Supplier;
import net.adtelligent.domain.connection.ConnectionId;

/**
 * One connection's Airbyte provisioning at a time, across every instance that shares the store, so
 * two reconciles (or a reconcile and a change) never both create its source or connection. Held
 * while Airbyte is called, so it is no transaction: nothing waits on rows meanwhile.
 */
public interface ProvisioningLocks {

    /** Runs {@code work} holding {@code connection}'s lock, waiting for whoever holds it now. */
    <T> T holding(ConnectionId connection, Supplier<T> work);
}
