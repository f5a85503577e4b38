package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionRejection;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.out.ConnectionStore.Position;

/** Opaque keyset cursors of the connection list: the created time and id of a page's last connection. */
final class ConnectionCursor {

    private static final String PREFIX = "connection:";

    private ConnectionCursor() {
    }

    static String of(Connection last) {
        String text = PREFIX + last.createdAt() + "/" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Either<ConnectionRejection, Option<Position>> after(PageQuery query) {
        if (query.limit() < 1 || query.limit() > PageQuery.MAX_LIMIT) {
            return invalid("limit", "must be between 1 and " + PageQuery.MAX_LIMIT);
        }
        if (query.cursor().isEmpty()) {
            return Either.right(Option.none());
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(query.cursor().get()), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX) || text.indexOf('/') < 0) {
                return invalid("cursor", "is not a cursor this list returned");
            }
            String[] parts = text.substring(PREFIX.length()).split("/", 2);
            return Either.right(Option.of(new Position(Instant.parse(parts[0]),
                    new ConnectionId(UUID.fromString(parts[1])))));
        } catch (RuntimeException notOurs) {
            return invalid("cursor", "is not a cursor this list returned");
        }
    }

    private static <T> Either<ConnectionRejection, T> invalid(String field, String reason) {
        return Either.left(new ConnectionRejection.Invalid(List.of(new FieldViolation(field, reason))));
    }
}
