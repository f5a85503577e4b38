package net.adtelligent.bench;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongConsumer;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;

/**
 * A new tenant with generated ad facts on consecutive days ending on the snapshot window's last
 * day: the same number of ads every day, spread over three platforms, each ad a key of its own.
 * Stored through the core in chunks, as a sync's records are, so the rows are what the service stores.
 */
public final class SnapshotFacts {

    private static final Actor BENCH = Actor.system("adtelligent-bench snapshot");
    private static final Platform[] PLATFORMS = {Platform.META_ADS, Platform.GOOGLE_ADS, Platform.MICROSOFT_ADS};
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int CHUNK = 10_000;

    private SnapshotFacts() {
    }

    /** What was stored; {@code inWindow} of the rows fall inside the snapshot's window. */
    public record Loaded(Tenant tenant, DateRange window, long rows, long inWindow, int days, int adsPerDay, long nanos) {
    }

    /** Registers a tenant {@code slugPrefix-...} (EUR, Europe/Berlin): the window is its own, from an empty snapshot. */
    public static Tenant newTenant(Adtelligent core, String slugPrefix) {
        String slug = slugPrefix + "-" + Long.toString(System.nanoTime(), 36);
        return core.registerTenant().register(BENCH, new TenantDraft(slug, "Snapshot benchmark", "EUR", "Europe/Berlin"))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
    }

    /** Stores {@code rows} rows over {@code days} days up to the window's last day; {@code stored} hears the count so far. */
    public static Loaded load(Adtelligent core, Tenant tenant, DateRange window, long rows, int days, LongConsumer stored) {
        int adsPerDay = (int) Math.max(1, (rows + days - 1) / days);
        LocalDate first = window.last().minusDays(days - 1L);
        SplittableRandom random = new SplittableRandom(42);
        Instant extracted = Instant.now();
        List<AdPerformanceDaily> chunk = new ArrayList<>(CHUNK);
        long written = 0;
        long inWindow = 0;
        long started = System.nanoTime();
        for (LocalDate day = first; written < rows; day = day.plusDays(1)) {
            for (int ad = 0; ad < adsPerDay && written < rows; ad++, written++) {
                chunk.add(fact(tenant, day, ad, random, extracted));
                inWindow += window.contains(day) ? 1 : 0;
                if (chunk.size() == CHUNK) {
                    ingest(core, tenant, chunk);
                    stored.accept(written + 1);
                }
            }
        }
        ingest(core, tenant, chunk);
        return new Loaded(tenant, window, written, inWindow, days, adsPerDay, System.nanoTime() - started);
    }

    private static AdPerformanceDaily fact(Tenant tenant, LocalDate day, int ad, SplittableRandom random, Instant extracted) {
        Platform platform = PLATFORMS[ad % PLATFORMS.length];
        ConnectionId connection = new ConnectionId(UUID.nameUUIDFromBytes(("bench:" + platform).getBytes(StandardCharsets.UTF_8)));
        long clicks = random.nextLong(0, 200);
        long impressions = clicks * random.nextLong(20, 80);
        BigDecimal spend = BigDecimal.valueOf(random.nextLong(0, 50_000), 2);
        BigDecimal conversions = BigDecimal.valueOf(random.nextLong(0, 1_000), 2);
        BigDecimal value = BigDecimal.valueOf(random.nextLong(0, 200_000), 2);
        String campaign = "campaign-" + ad / 40;
        String group = "group-" + ad / 8;
        return new AdPerformanceDaily(tenant.id(), connection, platform, day, "account-" + platform.ordinal(),
                Option.of("Account " + platform), campaign, Option.of("Campaign " + campaign), Option.of(group),
                Option.of("Ad group " + group), Option.of("ad-" + ad), Option.of("Ad " + ad), Option.of(EUR),
                spend, impressions, clicks, conversions, value, extracted);
    }

    private static void ingest(Adtelligent core, Tenant tenant, List<AdPerformanceDaily> chunk) {
        if (!chunk.isEmpty()) {
            core.ingestFacts().ingest(BENCH, tenant.slug(), chunk)
                    .getOrElseThrow(rejection -> new IllegalStateException("facts refused: " + rejection.detail()));
            chunk.clear();
        }
    }
}
