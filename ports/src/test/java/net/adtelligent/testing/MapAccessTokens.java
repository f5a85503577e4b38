package net.adtelligent.testing;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.AccessTokens;

/** Access tokens remembered in a map: random values, 15 minutes, like the real ones but unsigned. */
public final class MapAccessTokens implements AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private record Issued(UserId user, Instant expiresAt) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    @Override
    public IssuedAccessToken issue(UserId user, Instant now) {
        String token = OpaqueToken.generate().plain();
        issued.put(token, new Issued(user, now.plus(LIFETIME)));
        return new IssuedAccessToken(token, now.plus(LIFETIME));
    }

    @Override
    public Option<UserId> verify(String token, Instant now) {
        return Option.of(token == null ? null : issued.get(token))
                .filter(found -> now.isBefore(found.expiresAt()))
                .map(Issued::user);
    }
}
