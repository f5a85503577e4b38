package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;

/**
 * Buckets converted rows into the periods and groups a request asks for. Rows outside the days
 * or platforms asked for are left out; rows are sorted by period, platform, campaign id.
 */
public final class CombinedView {

    private record Key(LocalDate period, Option<Platform> platform, Option<String> campaignId) {
    }

    private CombinedView() {
    }

    /** {@code rows}: converted rows of one day each (a snapshot's, or the warehouse's by campaign). */
    public static List<CombinedRow> of(List<CombinedRow> rows, DateRange days, Set<Platform> platforms,
                                       Granularity granularity, GroupBy groupBy) {
        Map<Key, CombinedRow> buckets = new LinkedHashMap<>();
        for (CombinedRow row : rows) {
            if (!days.contains(row.period()) || (row.platform().isDefined() && !platforms.contains(row.platform().get()))) {
                continue;
            }
            Option<Platform> platform = groupBy == GroupBy.NONE ? Option.none() : row.platform();
            Option<String> campaign = groupBy == GroupBy.CAMPAIGN ? row.campaignId() : Option.none();
            Option<String> name = groupBy == GroupBy.CAMPAIGN ? row.campaignName() : Option.none();
            LocalDate period = granularity.start(row.period());
            buckets.merge(new Key(period, platform, campaign), new CombinedRow(period, platform, campaign, name, row.totals()),
                    (a, b) -> new CombinedRow(a.period(), a.platform(), a.campaignId(), b.campaignName().orElse(a.campaignName()),
                            a.totals().plus(b.totals())));
        }
        List<CombinedRow> sorted = new ArrayList<>(buckets.values());
        sorted.sort(Comparator.comparing(CombinedRow::period)
                .thenComparing(row -> row.platform().map(Enum::ordinal).getOrElse(-1))
                .thenComparing(row -> row.campaignId().getOrElse("")));
        return sorted;
    }

    public static AdTotals total(List<CombinedRow> rows) {
        return rows.stream().map(CombinedRow::totals).reduce(AdTotals.ZERO, AdTotals::plus);
    }
}
