package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.RefreshTokenStore;

/** Refresh tokens in memory, by hash, lost when the JVM stops. Thread-safe: changes are serialised. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private final Map<String, RefreshToken> byHash = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(RefreshToken token) {
        Undo.remember(byHash, token.tokenHash());
        if (byHash.putIfAbsent(token.tokenHash(), token) != null) {
            throw new IllegalArgumentException("a refresh token with this hash exists already");
        }
    }

    @Override
    public Option<RefreshToken> byHash(String tokenHash) {
        return Option.of(byHash.get(tokenHash));
    }

    @Override
    public synchronized boolean markRotated(String tokenHash, Instant at) {
        RefreshToken token = byHash.get(tokenHash);
        if (token == null || token.rotatedAt().isDefined() || token.revokedAt().isDefined()) {
            return false;
        }
        Undo.remember(byHash, tokenHash);
        byHash.put(tokenHash, new RefreshToken(token.tokenHash(), token.userId(), token.familyId(), token.issuedAt(),
                token.expiresAt(), Option.of(at), Option.none()));
        return true;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        revokeWhere(token -> token.familyId().equals(familyId), at);
    }

    @Override
    public void revokeAllOf(UserId user, Instant at) {
        revokeWhere(token -> token.userId().equals(user), at);
    }

    private synchronized void revokeWhere(Predicate<RefreshToken> chosen, Instant at) {
        byHash.values().stream().filter(token -> chosen.test(token) && token.revokedAt().isEmpty()).toList()
                .forEach(token -> {
                    Undo.remember(byHash, token.tokenHash());
                    byHash.put(token.tokenHash(), new RefreshToken(token.tokenHash(), token.userId(), token.familyId(),
                            token.issuedAt(), token.expiresAt(), token.rotatedAt(), Option.of(at)));
                });
    }
}
