package net.adtelligent.domain.alert;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;

/** Hand-made sequences of one connection's finished runs, one an hour, written oldest first. */
final class SyncRuns {

    static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    static final TenantId TENANT = new TenantId(java.util.UUID.randomUUID());

    private SyncRuns() {
    }

    /** "S100" a success with 100 records, "F" a failure, "C" cancelled; oldest first, answered newest first. */
    static List<SyncRun> newestFirst(ConnectionId connection, String... oldestFirst) {
        List<SyncRun> runs = new ArrayList<>();
        for (int i = 0; i < oldestFirst.length; i++) {
            runs.add(run(connection, oldestFirst[i], START.plus(Duration.ofHours(i))));
        }
        Collections.reverse(runs);
        return runs;
    }

    static SyncRun run(ConnectionId connection, String code, Instant startedAt) {
        SyncStatus status = switch (code.charAt(0)) {
            case 'S' -> SyncStatus.SUCCEEDED;
            case 'F' -> SyncStatus.FAILED;
            case 'C' -> SyncStatus.CANCELLED;
            default -> throw new IllegalArgumentException(code);
        };
        long records = code.length() > 1 ? Long.parseLong(code.substring(1)) : 0;
        return new SyncRun(SyncRunId.random(), TENANT, connection, Option.of(startedAt.toEpochMilli()),
                SyncTrigger.SCHEDULE, status, startedAt, Option.of(startedAt.plusSeconds(600)), records, records * 10,
                status == SyncStatus.FAILED ? Option.of("401 Unauthorized from the platform") : Option.none());
    }
}
