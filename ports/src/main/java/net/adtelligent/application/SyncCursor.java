package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.out.SyncRunStore.Position;

/** Opaque keyset cursors of the sync run list: the start time and id of a page's last run. */
final class SyncCursor {

    private static final TimeAndIdCursor CURSOR = new TimeAndIdCursor("sync-run:");

    private SyncCursor() {
    }

    static String of(SyncRun last) {
        return CURSOR.of(last.startedAt(), last.id().value());
    }

    static Either<List<FieldViolation>, Option<Position>> after(PageQuery query) {
        if (query.limit() < 1 || query.limit() > PageQuery.MAX_LIMIT) {
            return invalid("limit", "must be between 1 and " + PageQuery.MAX_LIMIT);
        }
        if (query.cursor().isEmpty()) {
            return Either.right(Option.none());
        }
        return CURSOR.read(query.cursor().get())
                .map(at -> Either.<List<FieldViolation>, Option<Position>>right(Option.of(
                        new Position(at.at(), new SyncRunId(at.id())))))
                .getOrElse(() -> invalid("cursor", "is not a cursor this list returned"));
    }

    private static <T> Either<List<FieldViolation>, T> invalid(String field, String reason) {
        return Either.left(List.of(new FieldViolation(field, reason)));
    }
}
