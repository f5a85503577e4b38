package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.ports.out.InvitationStore;

/** Invitations in memory, by token hash, lost when the JVM stops. Thread-safe: accepting one is atomic. */
public final class InMemoryInvitationStore implements InvitationStore {

    private final Map<String, Invitation> byHash = new ConcurrentHashMap<>();

    @Override
    public void add(Invitation invitation) {
        Undo.remember(byHash, invitation.tokenHash());
        if (byHash.putIfAbsent(invitation.tokenHash(), invitation) != null) {
            throw new IllegalArgumentException("an invitation with this token hash exists already");
        }
    }

    @Override
    public Option<Invitation> pending(String tokenHash, Instant now) {
        return Option.of(byHash.get(tokenHash)).filter(invitation -> invitation.usableAt(now));
    }

    /** The invitation answered is the one stored: marked accepted at {@code now}. */
    @Override
    public synchronized Option<Invitation> accept(String tokenHash, Instant now) {
        return pending(tokenHash, now).map(invitation -> {
            Invitation accepted = new Invitation(invitation.tokenHash(), invitation.tenantId(), invitation.email(),
                    invitation.role(), invitation.invitedBy(), invitation.issuedAt(), invitation.expiresAt(),
                    Option.of(now));
            Undo.remember(byHash, tokenHash);
            byHash.put(tokenHash, accepted);
            return accepted;
        });
    }
}
