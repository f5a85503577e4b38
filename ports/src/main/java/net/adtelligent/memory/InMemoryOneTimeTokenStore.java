package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.identity.OneTimeToken;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.OneTimeTokenStore;

/** One-time tokens in memory, by hash, lost when the JVM stops. Thread-safe: using one is atomic. */
public final class InMemoryOneTimeTokenStore implements OneTimeTokenStore {

    private final Map<String, OneTimeToken> byHash = new ConcurrentHashMap<>();

    @Override
    public void add(OneTimeToken token) {
        Undo.remember(byHash, token.tokenHash());
        if (byHash.putIfAbsent(token.tokenHash(), token) != null) {
            throw new IllegalArgumentException("a one-time token with this hash exists already");
        }
    }

    @Override
    public Option<OneTimeToken> find(String tokenHash, OneTimeToken.Purpose purpose, Instant now) {
        return Option.of(byHash.get(tokenHash)).filter(token -> token.purpose() == purpose && token.usableAt(now));
    }

    /** The token answered is the one stored: marked used at {@code now}. */
    @Override
    public synchronized Option<OneTimeToken> use(String tokenHash, OneTimeToken.Purpose purpose, Instant now) {
        return find(tokenHash, purpose, now).map(token -> markUsed(token, now));
    }

    @Override
    public synchronized void revokeAllOf(UserId user, OneTimeToken.Purpose purpose, Instant now) {
        List.copyOf(byHash.values()).stream()
                .filter(token -> token.userId().equals(user) && token.purpose() == purpose && token.usedAt().isEmpty())
                .forEach(token -> markUsed(token, now));
    }

    private OneTimeToken markUsed(OneTimeToken token, Instant now) {
        OneTimeToken used = new OneTimeToken(token.tokenHash(), token.purpose(), token.userId(), token.issuedAt(),
                token.expiresAt(), Option.of(now));
        Undo.remember(byHash, token.tokenHash());
        byHash.put(token.tokenHash(), used);
        return used;
    }
}
