package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.Granularity;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.WebGrouping;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.MetricsFixtures;
import org.junit.jupiter.api.Test;

/** Views cut from a snapshot are reused for that very snapshot and question only, within a bound. */
class SnapshotViewsTest {

    private static final TenantId ACME = new TenantId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final Instant AT = Instant.parse("2026-11-26T05:00:00Z");

    private final AtomicInteger cuts = new AtomicInteger();

    private static CombinedQueryCheck.Checked days(int count) {
        LocalDate first = LocalDate.parse("2026-11-01");
        return new CombinedQueryCheck.Checked(DateRange.of(first, first.plusDays(count - 1)), Set.of(Platform.META_ADS),
                Granularity.DAY, GroupBy.PLATFORM, EnumSet.allOf(Dataset.class), WebGrouping.SOURCE_MEDIUM);
    }

    private SnapshotViews.View view(SnapshotViews views, MetricsSnapshot snapshot, CombinedQueryCheck.Checked query) {
        return views.of(snapshot, query, () -> {
            cuts.incrementAndGet();
            return SnapshotViews.View.cut(List.of(), snapshot.web(), snapshot.search(), query);
        });
    }

    @Test
    void of_givenTheSameSnapshotAndQuestion_cutsOnce() {
        SnapshotViews views = new SnapshotViews(4);
        MetricsSnapshot snapshot = MetricsFixtures.snapshot(ACME, AT, 1);

        SnapshotViews.View first = view(views, snapshot, days(7));
        SnapshotViews.View again = view(views, snapshot, days(7));

        assertThat(again).isSameAs(first);
        assertThat(cuts).hasValue(1);
    }

    @Test
    void of_givenAnotherSnapshotInstance_cutsAgainEvenWhenEqual() {
        SnapshotViews views = new SnapshotViews(4);

        view(views, MetricsFixtures.snapshot(ACME, AT, 1), days(7));
        view(views, MetricsFixtures.snapshot(ACME, AT, 1), days(7));

        assertThat(cuts).hasValue(2);
    }

    @Test
    void of_givenMoreQuestionsThanTheBound_keepsTheBoundAndTheMostRecentlyAsked() {
        SnapshotViews views = new SnapshotViews(2);
        MetricsSnapshot snapshot = MetricsFixtures.snapshot(ACME, AT, 1);
        view(views, snapshot, days(1));
        view(views, snapshot, days(2));
        view(views, snapshot, days(1));

        view(views, snapshot, days(3));
        view(views, snapshot, days(1));

        assertThat(views.size()).isEqualTo(2);
        assertThat(cuts).as("days(1) was asked last before days(3) came, so it stayed").hasValue(3);
    }
}
