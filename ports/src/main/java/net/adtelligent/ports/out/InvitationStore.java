package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Invitations, by the hash of their token (the invitee's way in, before any tenant is known) and
 * by id within their tenant (the admins' way to list and revoke them). "Pending" means usable now:
 * neither accepted nor revoked nor expired.
 */
public interface InvitationStore {

    void add(Invitation invitation);

    /** The invitation when it is still usable, without accepting it (to check the password first). */
    Option<Invitation> pending(String tokenHash, Instant now);

    /**
     * Marks the invitation accepted when it is still usable, and answers it; empty otherwise.
     * Of two concurrent calls with one token, at most one gets it; after a revocation, none.
     */
    Option<Invitation> accept(String tokenHash, Instant now);

    /** The tenant's pending invitations, oldest first. */
    List<Invitation> pendingIn(TenantId tenant, Instant now);

    /**
     * Marks revoked every pending invitation of {@code email} in {@code tenant}, and answers them as
     * revoked, oldest first. An invitation accepted meanwhile is not revoked, nor one revoked is accepted.
     */
    List<Invitation> revokePending(TenantId tenant, Email email, Instant now);

    /** Marks the tenant's pending invitation of that id revoked, and answers it; empty for any other id. */
    Option<Invitation> revoke(TenantId tenant, InvitationId id, Instant now);
}
