package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.identity.OneTimeToken;
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
        return find(tokenHash, purpose, now).map(token -> {
            OneTimeToken used = new OneTimeToken(token.tokenHash(), token.purpose(), token.userId(), token.issuedAt(),
                    token.expiresAt(), Option.of(now));
            Undo.remember(byHash, tokenHash);
            byHash.put(tokenHash, used);
            return used;
        });
    }
}
