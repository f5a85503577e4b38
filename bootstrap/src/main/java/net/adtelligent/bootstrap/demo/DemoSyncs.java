package net.adtelligent.bootstrap.demo;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A year of daily syncs of the demo tenant's connections, as Airbyte's schedules would have run
 * them: each platform at its hour, with durations and record counts that wander from day to day,
 * about one failure in forty, the odd sync started by hand, and TikTok Ads failing since
 * {@value #FAILING_DAYS} days ago (its token was revoked), so its last runs all failed. Each day's
 * runs are drawn from the day alone and their job ids follow from day and platform, so a later
 * start adds the new days and finds the rest recorded already.
 */
public final class DemoSyncs {

    public static final Platform FAILING = Platform.TIKTOK_ADS;
    public static final int FAILING_DAYS = 4;
    private static final long SEED = 0x5EED5C;
    private static final String TOKEN_REVOKED = "Source TikTok Ads: the access token is no longer valid (code 40105):"
            + " the advertiser revoked it; give the connection new credentials";
    private static final List<String> TRANSIENT = List.of(
            "Source timed out reading the reporting API after 3 attempts (transient_error)",
            "Destination PostgreSQL: could not serialize access due to concurrent update (transient_error)",
            "Source answered 429 Too Many Requests past the retry budget (transient_error)");

    /** Per platform: minute of the day it starts (UTC), typical minutes it takes, typical records. */
    private record Plan(int startMinute, double minutes, double records) {
    }

    private static final Map<Platform, Plan> PLANS = Map.of(
            Platform.META_ADS, new Plan(3 * 60, 6, 18_000),
            Platform.GOOGLE_ADS, new Plan(3 * 60 + 15, 9, 42_000),
            Platform.MICROSOFT_ADS, new Plan(3 * 60 + 30, 4, 6_500),
            Platform.LINKEDIN_ADS, new Plan(3 * 60 + 45, 3, 2_400),
            Platform.TIKTOK_ADS, new Plan(4 * 60, 5, 9_000),
            Platform.GA4, new Plan(4 * 60 + 15, 7, 55_000),
            Platform.SEARCH_CONSOLE, new Plan(4 * 60 + 30, 2, 12_000));

    private DemoSyncs() {
    }

    /** The runs of the 365 days up to {@code lastDay}, of each connection that syncs through Airbyte (not CSV). */
    public static List<SyncRun> year(TenantId tenant, LocalDate lastDay, Map<Platform, ConnectionId> connections) {
        List<SyncRun> runs = new ArrayList<>();
        for (LocalDate day = lastDay.minusDays(364); !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (Platform platform : Platform.values()) {
                if (PLANS.containsKey(platform) && connections.containsKey(platform)) {
                    runs.add(run(tenant, connections.get(platform), platform, day, lastDay));
                }
            }
        }
        return runs;
    }

    private static SyncRun run(TenantId tenant, ConnectionId connection, Platform platform, LocalDate day,
                               LocalDate lastDay) {
        Plan plan = PLANS.get(platform);
        Noise noise = Noise.of(SEED, "sync:" + platform, day);
        boolean revoked = platform == FAILING && day.isAfter(lastDay.minusDays(FAILING_DAYS));
        boolean transientFailure = !revoked && noise.factor(1) < 0.08;
        boolean manual = !revoked && noise.factor(1) < 0.05;
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC)
                .plus(Duration.ofMinutes(manual ? 9 * 60 + 20 : plan.startMinute()))
                .plusSeconds(Math.round(Math.abs(noise.around(40))));
        long seconds = Math.max(20, Math.round(plan.minutes() * 60 * noise.factor(0.35)));
        long records = Math.round(plan.records() * noise.factor(0.25) * seasonal(day));
        long jobId = 100_000 + day.toEpochDay() * 10 + platform.ordinal();
        SyncRun started = new SyncRun(new SyncRunId(UUID.nameUUIDFromBytes(("demo-sync:" + jobId).getBytes(StandardCharsets.UTF_8))), tenant,
                connection, Option.of(jobId), manual ? SyncTrigger.MANUAL : SyncTrigger.AIRBYTE, SyncStatus.RUNNING, start,
                Option.none(), 0, 0, Option.none());
        if (revoked) {
            return started.reported(SyncStatus.FAILED, Option.of(start.plusSeconds(12)), 0, 0, Option.of(TOKEN_REVOKED));
        }
        if (transientFailure) {
            String why = TRANSIENT.get((int) (day.toEpochDay() % TRANSIENT.size()));
            return started.reported(SyncStatus.FAILED, Option.of(start.plusSeconds(seconds / 3)), records / 4,
                    records / 4 * 310, Option.of(why));
        }
        return started.reported(SyncStatus.SUCCEEDED, Option.of(start.plusSeconds(seconds)), records, records * 310,
                Option.none());
    }

    /** More ads run, and more rows come, towards the end of the year. */
    private static double seasonal(LocalDate day) {
        return 1 + 0.3 * Math.max(0, day.getDayOfYear() - 270) / 95.0;
    }
}
