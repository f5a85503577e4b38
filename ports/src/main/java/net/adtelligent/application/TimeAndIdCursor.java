package net.adtelligent.application;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque keyset cursor of a list ordered by a time and an id (sync runs, uploads): where a page
 * ended, as {@code <prefix><instant>/<uuid>} in base64url, so clients treat it as a token and never
 * build one. What this list did not hand out reads as none, an implausible year included, so no
 * made-up cursor reaches the database.
 */
final class TimeAndIdCursor {

    /** Where a page ended. */
    record Position(Instant at, UUID id) {
    }

    private final String prefix;

    TimeAndIdCursor(String prefix) {
        this.prefix = prefix;
    }

    String of(Instant at, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix + at + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    Option<Position> read(String cursor) {
        return Try.of(() -> {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int slash = text.indexOf('/');
            if (!text.startsWith(prefix) || slash < prefix.length()) {
                throw new IllegalArgumentException("not ours");
            }
            return new Position(PlausibleDates.plausible(Instant.parse(text.substring(prefix.length(), slash))),
                    UUID.fromString(text.substring(slash + 1)));
        }).toOption();
    }
}
