package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.InvitationStore;

/**
 * Invitations in memory, by token hash, lost when the JVM stops. Thread-safe: every change is
 * made under the store's lock, so accepting and revoking one invitation never both succeed.
 */
public final class InMemoryInvitationStore implements InvitationStore {

    /** Oldest first; ties broken by the ids' text, as PostgreSQL orders uuids, so both list alike. */
    private static final Comparator<Invitation> OLDEST_FIRST = Comparator.comparing(Invitation::issuedAt)
            .thenComparing(invitation -> invitation.id().toString());

    private final Map<String, Invitation> byHash = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(Invitation invitation) {
        if (byHash.values().stream().anyMatch(stored -> stored.id().equals(invitation.id()))) {
            throw new IllegalArgumentException("an invitation with this id exists already");
        }
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
        return pending(tokenHash, now).map(invitation -> replace(invitation.acceptedAt(now)));
    }

    @Override
    public List<Invitation> pendingIn(TenantId tenant, Instant now) {
        return matching(invitation -> invitation.tenantId().equals(tenant) && invitation.usableAt(now));
    }

    @Override
    public synchronized List<Invitation> revokePending(TenantId tenant, Email email, Instant now) {
        return matching(invitation -> invitation.tenantId().equals(tenant) && invitation.email().equals(email)
                && invitation.usableAt(now)).stream()
                .map(invitation -> replace(invitation.revokedAt(now)))
                .toList();
    }

    @Override
    public synchronized Option<Invitation> revoke(TenantId tenant, InvitationId id, Instant now) {
        return Option.ofOptional(pendingIn(tenant, now).stream().filter(invitation -> invitation.id().equals(id)).findFirst())
                .map(invitation -> replace(invitation.revokedAt(now)));
    }

    private Invitation replace(Invitation changed) {
        Undo.remember(byHash, changed.tokenHash());
        byHash.put(changed.tokenHash(), changed);
        return changed;
    }

    private List<Invitation> matching(Predicate<Invitation> wanted) {
        return byHash.values().stream().filter(wanted).sorted(OLDEST_FIRST).toList();
    }
}
