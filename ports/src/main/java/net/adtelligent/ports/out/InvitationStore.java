package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import net.adtelligent.domain.identity.Invitation;

/** Invitations by the hash of their token. */
public interface InvitationStore {

    void add(Invitation invitation);

    /** The invitation when it is still usable, without accepting it (to check the password first). */
    Option<Invitation> pending(String tokenHash, Instant now);

    /**
     * Marks the invitation accepted when it is still usable, and answers it; empty otherwise.
     * Of two concurrent calls with one token, at most one gets it.
     */
    Option<Invitation> accept(String tokenHash, Instant now);
}
