package net.adtelligent.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.ProvisioningLocks;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Sets a connection up in Airbyte right after the unit that recorded its change commits, inside the
 * request: the person who made the change sees at once whether Airbyte took it, with Airbyte's own
 * message when not. No transaction is held while Airbyte is called. What it learns (ids, or the
 * failure) is stored in a second unit on the connection as it is then, so a change made meanwhile
 * is kept. A process that stops between the two leaves drift that {@code airbyte reconcile} repairs.
 * Without Airbyte configured, nothing is called and connections are recorded as before.
 */
final class AfterCommitProvisioning {

    static final AfterCommitProvisioning OFF = new AfterCommitProvisioning(null, null, null, null, null, null);

    private final AirbyteProvisioner provisioner;
    private final ConnectionStore store;
    private final UnitOfWork units;
    private final AuditTrail trail;
    private final Clock clock;
    private final ProvisioningLocks locks;

    AfterCommitProvisioning(AirbyteProvisioner provisioner, ConnectionStore store, UnitOfWork units, AuditTrail trail,
                            Clock clock, ProvisioningLocks locks) {
        this.locks = locks;
        this.provisioner = provisioner;
        this.store = store;
        this.units = units;
        this.trail = trail;
        this.clock = clock;
    }

    boolean configured() {
        return provisioner != null;
    }

    /** The connection as stored after its Airbyte side was brought in line (unchanged when Airbyte is off). */
    Connection apply(Actor actor, Connection committed, boolean credentialsChanged) {
        if (!configured()) {
            return committed;
        }
        return exclusively(committed, current -> {
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            AirbyteProvisioner.Outcome outcome = provisioner.converge(current, credentialsChanged, false, now);
            if (!outcome.changed()) {
                return current;
            }
            return record(actor, current, outcome, now);
        });
    }

    /**
     * Runs {@code work} on the connection as stored once its provisioning lock is held: what another
     * provisioning created meanwhile (ids) is then known, so it is found rather than created again.
     */
    <T> T exclusively(Connection connection, java.util.function.Function<Connection, T> work) {
        return locks.holding(connection.id(), () -> work.apply(units.inTenant(connection.tenant(),
                () -> store.byId(connection.tenant(), connection.id()).getOrElse(connection))));
    }

    /** Stores what a convergence learnt on the connection as it is now, with its audit event. */
    Connection record(Actor actor, Connection before, AirbyteProvisioner.Outcome outcome, java.time.Instant now) {
        Connection learnt = outcome.after();
        return units.inTenant(before.tenant(), () -> {
            Connection current = store.byId(before.tenant(), before.id()).getOrElse(before);
            Connection updated = outcome.failure().fold(
                    () -> current.provisioned(learnt.airbyteSourceId(), learnt.airbyteConnectionId(), now),
                    failure -> current.provisioningFailed(learnt.airbyteSourceId(), learnt.airbyteConnectionId(),
                            failure, now));
            store.replace(updated);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("actions", String.join(", ", outcome.actions()));
            details.put("source_id", updated.airbyteSourceId().getOrElse(""));
            details.put("connection_id", updated.airbyteConnectionId().getOrElse(""));
            outcome.failure().forEach(failure -> details.put("error", failure));
            trail.tenant(actor, updated.tenant(), outcome.failure().isDefined() ? AuditAction.CONNECTION_AIRBYTE_FAILED
                    : AuditAction.CONNECTION_AIRBYTE_PROVISIONED, "connection", updated.id().toString(), details);
            return updated;
        });
    }
}
