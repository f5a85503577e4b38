package net.adtelligent.ports.in.system;

import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Keeps connections' tokens alive, for the scheduler: renews those the platform lets renew before
 * they end; moves a connection whose renewal is refused to reauth_required and raises
 * {@code reauth_required} once; raises {@code token_expiring} once for a token that ends within
 * seven days and cannot be renewed.
 */
public interface TokenUpkeep {

    Report run();

    /**
     * A platform refused the connection's credentials elsewhere (a sync answered Meta's 190, an
     * invalid_grant): the connection needs a new consent. Moves an active (or error) connection to
     * reauth_required, with the reason in the audit log and one reauth_required alert; answers
     * whether it moved (a paused, deleted or already reauth_required one stays as it is).
     */
    boolean requireReauth(TenantId tenant, ConnectionId connection, String reason);

    record Report(int renewed, int reauthRequired, int warned, int failed) {
    }
}
