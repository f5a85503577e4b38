package net.adtelligent.adapters.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.adapters.http.web.Representation;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.BlendedView;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.Granularity;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.SearchTotals;
import net.adtelligent.domain.metrics.Staleness;
import net.adtelligent.domain.metrics.Unconverted;
import net.adtelligent.domain.metrics.WebGrouping;
import net.adtelligent.domain.metrics.WebTotals;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.CombinedMetrics.Channels;
import net.adtelligent.ports.in.CombinedMetrics.Result;
import org.junit.jupiter.api.Test;

/** Which bodies are kept, for whom, and how many: the bounds keep a small heap small. */
class CombinedBodiesTest {

    private static final TenantId ACME = new TenantId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final TenantId BETA = new TenantId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
    private static final LocalDate FIRST = LocalDate.parse("2026-11-01");
    // One instance, as SnapshotViews hands out for one question: the kept body's key compares it by identity.
    private static final Channels CHANNELS = new Channels(List.of(), WebTotals.ZERO, List.of(), SearchTotals.ZERO,
            BlendedView.of(DateRange.day(FIRST), Granularity.DAY, EnumSet.allOf(Dataset.class), Map.of(), List.of(),
                    List.of(), List.of()));

    private static Result result(boolean fromSnapshot, int days) {
        return result(fromSnapshot, days, List.of());
    }

    private static Result result(boolean fromSnapshot, int days, List<CombinedRow> rows) {
        return new Result(FIRST, FIRST.plusDays(days), Granularity.DAY, GroupBy.PLATFORM, Currency.getInstance("EUR"),
                ZoneId.of("Europe/Berlin"), fromSnapshot, Option.some(Instant.parse("2026-11-26T10:15:30Z")),
                new Staleness(false, List.of()), List.of(), rows, AdTotals.ZERO, new Unconverted(0, Map.of(), 0, Map.of()),
                EnumSet.allOf(Dataset.class), WebGrouping.SOURCE_MEDIUM, CHANNELS, Map.of());
    }

    private static List<CombinedRow> rows(long clicks) {
        return List.of(new CombinedRow(FIRST, Option.of(Platform.META_ADS), Option.none(), Option.none(),
                new AdTotals(new BigDecimal("12.50"), 1_000, clicks, BigDecimal.ONE, BigDecimal.TEN)));
    }

    @Test
    void of_givenAnEqualSnapshotResult_servesTheKeptBody() {
        CombinedBodies bodies = new CombinedBodies(4, 1 << 20);

        Representation first = bodies.of(ACME, result(true, 1));
        Representation second = bodies.of(ACME, result(true, 1));

        assertThat(second).isSameAs(first);
        assertThat(first.etag()).isEqualTo(Representation.etag(first.bytes()));
    }

    @Test
    void of_givenEqualRowsInAnotherList_writesTheSameBytesAgain() {
        CombinedBodies bodies = new CombinedBodies(4, 1 << 20);

        Representation first = bodies.of(ACME, result(true, 1, rows(40)));
        Representation again = bodies.of(ACME, result(true, 1, rows(40)));

        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.etag()).isEqualTo(first.etag());
    }

    @Test
    void of_givenRowsThatDiffer_servesTheirOwnBody() {
        CombinedBodies bodies = new CombinedBodies(4, 1 << 20);
        List<CombinedRow> kept = rows(40);

        Representation first = bodies.of(ACME, result(true, 1, kept));
        Representation same = bodies.of(ACME, result(true, 1, kept));
        Representation other = bodies.of(ACME, result(true, 1, rows(41)));

        assertThat(same).isSameAs(first);
        assertThat(other.etag()).isNotEqualTo(first.etag());
        assertThat(new String(other.bytes(), StandardCharsets.UTF_8)).contains("\"clicks\":41");
    }

    @Test
    void of_givenTheSameResultForTwoTenants_keepsOneBodyEach() {
        CombinedBodies bodies = new CombinedBodies(4, 1 << 20);

        Representation acme = bodies.of(ACME, result(true, 1));
        Representation beta = bodies.of(BETA, result(true, 1));

        assertThat(beta).isNotSameAs(acme);
        assertThat(bodies.size()).isEqualTo(2);
    }

    @Test
    void of_givenAResultComputedOnTheFly_keepsNothing() {
        CombinedBodies bodies = new CombinedBodies(4, 1 << 20);

        bodies.of(ACME, result(false, 1));

        assertThat(bodies.size()).isZero();
    }

    @Test
    void of_givenMoreResultsThanTheBounds_forgetsTheLeastRecentlyUsed() {
        CombinedBodies byCount = new CombinedBodies(2, 1 << 20);
        Representation kept = byCount.of(ACME, result(true, 1));
        byCount.of(ACME, result(true, 2));
        byCount.of(ACME, result(true, 1));
        byCount.of(ACME, result(true, 3));
        CombinedBodies byBytes = new CombinedBodies(100, kept.bytes().length + 1);
        byBytes.of(ACME, result(true, 1));
        byBytes.of(ACME, result(true, 2));

        assertThat(byCount.size()).isEqualTo(2);
        assertThat(byCount.of(ACME, result(true, 1))).isSameAs(kept);
        assertThat(byBytes.size()).isEqualTo(1);
    }
}
