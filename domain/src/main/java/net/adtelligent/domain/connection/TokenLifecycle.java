package net.adtelligent.domain.connection;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a platform's tokens live: the access token, the refresh token (none when the platform
 * issues none), whether refreshing extends the refresh token's life, and what else to know.
 */
public record TokenLifecycle(Option<Duration> accessToken, Option<Duration> refreshToken, boolean refreshExtends,
                             String note) {

    public TokenLifecycle {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(note, "note");
    }

    static TokenLifecycle none(String note) {
        return new TokenLifecycle(Option.none(), Option.none(), false, note);
    }
}
