package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.out.SyncRunStore.Position;

/** Opaque keyset cursors of the sync run list: the start time and id of a page's last run. */
final class SyncCursor {

    private static final String PREFIX = "sync-run:";

    private SyncCursor() {
    }

    static String of(SyncRun last) {
        String text = PREFIX + last.startedAt() + "/" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Either<List<FieldViolation>, Option<Position>> after(PageQuery query) {
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
            return Either.right(Option.of(new Position(PlausibleDates.plausible(Instant.parse(parts[0])), new SyncRunId(UUID.fromString(parts[1])))));
        } catch (RuntimeException notOurs) {
            return invalid("cursor", "is not a cursor this list returned");
        }
    }

    private static <T> Either<List<FieldViolation>, T> invalid(String field, String reason) {
        return Either.left(List.of(new FieldViolation(field, reason)));
    }
}
