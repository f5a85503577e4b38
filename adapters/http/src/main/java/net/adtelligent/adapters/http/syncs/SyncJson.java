package net.adtelligent.adapters.http.syncs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStats;
import net.adtelligent.ports.in.Syncs;

/** Sync runs and per-connection stats as the API shows them; null where there is nothing yet. */
final class SyncJson {

    private SyncJson() {
    }

    record RunJson(UUID id, UUID connectionId, Long airbyteJobId, String trigger, String status, Instant startedAt,
                   Instant finishedAt, Long durationSeconds, long recordsSynced, long bytesSynced, String failure) {
    }

    /**
     * Rates are shares from 0 to 1, over the last 7 days (week) and 30 days (month); medians over the
     * successful runs of the month.
     */
    record StatsJson(UUID connectionId, Instant lastSuccess, int runsInMonth, Double successRateWeek,
                     Double successRateMonth, Long medianDurationSeconds, Long medianRecordsPerSync) {
    }

    record TelemetryJson(List<RunJson> items, String nextCursor, List<StatsJson> connections) {
    }

    static RunJson run(SyncRun run) {
        return new RunJson(run.id().value(), run.connection().value(), run.airbyteJobId().getOrNull(),
                run.trigger().wireName(), run.status().wireName(), run.startedAt(), run.finishedAt().getOrNull(),
                run.duration().map(java.time.Duration::toSeconds).getOrNull(), run.recordsSynced(), run.bytesSynced(),
                run.failure().getOrNull());
    }

    static StatsJson stats(SyncStats stats) {
        return new StatsJson(stats.connection().value(), stats.lastSuccess().getOrNull(), stats.runs30Days(),
                stats.successRate7Days().getOrNull(), stats.successRate30Days().getOrNull(),
                stats.medianDuration().map(java.time.Duration::toSeconds).getOrNull(), stats.medianRecords().getOrNull());
    }

    static TelemetryJson telemetry(Syncs.Telemetry telemetry) {
        return new TelemetryJson(telemetry.runs().items().stream().map(SyncJson::run).toList(),
                telemetry.runs().nextCursor().getOrNull(), telemetry.connections().stream().map(SyncJson::stats).toList());
    }
}
