package net.adtelligent.ports.in;

import java.time.Instant;

/** What a login or a refresh hands out: a short-lived access token and the next refresh token. */
public record TokenPair(String access, Instant accessExpiresAt, String refresh, Instant refreshExpiresAt) {

    @Override
    public String toString() {
        return "TokenPair[access=***, refresh=***, accessExpiresAt=" + accessExpiresAt + "]";
    }
}
