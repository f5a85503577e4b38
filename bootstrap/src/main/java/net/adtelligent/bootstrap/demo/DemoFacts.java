package net.adtelligent.bootstrap.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A year of made-up but believable facts for the demo tenant, up to a given last day (yesterday,
 * so the demo is always current): every ad platform ({@link Campaigns}), GA4 traffic and Search
 * Console totals, with weekly rhythm, a season, growth and noise.
 *
 * <p>The same seed and last day give the same rows. Connection ids are fixed per platform and the
 * extraction time is the start of the day after the last day, so generating again on the same day
 * changes nothing when stored, and the next day's year replaces the old one's rows (a later
 * extraction) and adds the new day.
 *
 * <p>Launch and pause are told relative to the last day, so the story stays current. Stored rows
 * are never deleted, so in the store the launch stays on the day first generated, while the pause
 * keeps covering the last six weeks (the day it leaves behind gets its row the next day).
 */
public final class DemoFacts {

    /** The seed of the demo everyone sees. */
    public static final long SEED = 20_250_101L;
    public static final int DAYS = 365;

    private final long seed;
    private final Function<Platform, ConnectionId> connections;

    public DemoFacts(long seed) {
        this(seed, DemoFacts::connection);
    }

    /** With the tenant's connection of each platform, so its facts name connections it lists. */
    public DemoFacts(long seed, Function<Platform, ConnectionId> connections) {
        this.seed = seed;
        this.connections = connections;
    }

    public DemoYear year(TenantId tenant, LocalDate lastDay, ZoneId zone) {
        Frame frame = new Frame(tenant, lastDay, extractedAt(lastDay, zone), seed);
        List<AdLine> lines = Campaigns.all();
        List<AdPerformanceDaily> ads = new ArrayList<>(DAYS * lines.size());
        List<WebAnalyticsDaily> web = new ArrayList<>(DAYS * 8);
        List<SearchConsoleDaily> search = new ArrayList<>(DAYS);
        for (LocalDate day = lastDay.minusDays(DAYS - 1L); !day.isAfter(lastDay); day = day.plusDays(1)) {
            Map<Platform, Long> clicks = new EnumMap<>(Platform.class);
            Map<Platform, BigDecimal> conversions = new EnumMap<>(Platform.class);
            for (AdLine line : lines) {
                line.on(frame, connections.apply(line.account().platform()), day).forEach(row -> {
                    ads.add(row);
                    clicks.merge(row.platform(), row.clicks(), Long::sum);
                    conversions.merge(row.platform(), row.conversions(), BigDecimal::add);
                });
            }
            SearchConsoleDaily organic = OrganicSearch.on(frame, connections.apply(Platform.SEARCH_CONSOLE), day);
            search.add(organic);
            clicks.put(Platform.SEARCH_CONSOLE, organic.clicks());
            web.addAll(WebTraffic.on(frame, connections.apply(Platform.GA4), day, clicks, conversions));
        }
        return new DemoYear(ads, web, search);
    }

    /** A connection id per platform, the same on every start, for facts generated without a tenant's connections. */
    public static ConnectionId connection(Platform platform) {
        return new ConnectionId(UUID.nameUUIDFromBytes(("demo:" + platform.name()).getBytes(StandardCharsets.UTF_8)));
    }

    /** Midnight after the last day in the tenant's zone: never in the future once that day is yesterday. */
    public static Instant extractedAt(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
