package net.adtelligent.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AdPerformanceStore;

/**
 * One connection counts a campaign's day at one grain (docs/contracts.md, "One grain per
 * connection"): its campaign-level and its ad-level streams both carry the campaign's spend, so
 * rows of both for the same campaign and day would count it twice. Rows at another grain than the
 * batch's own, or than the rows already stored for that connection, campaign and day, are refused.
 * Different campaigns of one connection may differ (Performance Max spend exists at campaign level
 * only, beside other campaigns' ads).
 */
final class OneGrain {

    private OneGrain() {
    }

    /** The finest level a row is at. */
    enum Grain {
        CAMPAIGN, AD_GROUP, AD;

        static Grain of(AdPerformanceDaily row) {
            return row.adId().isDefined() ? AD : row.adGroupId().isDefined() ? AD_GROUP : CAMPAIGN;
        }

        String label() {
            return name().toLowerCase().replace('_', ' ') + " level";
        }
    }

    private record Key(ConnectionId connection, String campaign, LocalDate day) {
        static Key of(AdPerformanceDaily row) {
            return new Key(row.connectionId(), row.campaignId(), row.dateDay());
        }
    }

    /** Two grains for one connection's campaign and day: stops the unit, which the use case answers as a refusal. */
    static final class MixedGrains extends RuntimeException {

        MixedGrains(AdPerformanceDaily row, Grain one, Grain other) {
            super("connection " + row.connectionId() + " has campaign " + row.campaignId() + " on " + row.dateDay()
                    + " at " + one.label() + " and at " + other.label()
                    + ": its spend would count twice; ingest one of the connection's streams for it", null, false, false);
        }
    }

    /** Throws {@link MixedGrains} unless every row's campaign and day has one grain, stored rows included. */
    static void check(AdPerformanceStore store, TenantId tenant, List<AdPerformanceDaily> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Key, Grain> grains = new HashMap<>();
        LocalDate first = rows.get(0).dateDay();
        LocalDate last = first;
        for (AdPerformanceDaily row : rows) {
            Grain grain = Grain.of(row);
            Grain earlier = grains.putIfAbsent(Key.of(row), grain);
            if (earlier != null && earlier != grain) {
                throw new MixedGrains(row, earlier, grain);
            }
            first = row.dateDay().isBefore(first) ? row.dateDay() : first;
            last = row.dateDay().isAfter(last) ? row.dateDay() : last;
        }
        // Spend counts twice only on a day both grains have: the batch's days are the ones to look at.
        // The conflict is raised after the read, so the store's reading ends as it always does.
        MixedGrains[] conflict = {null};
        store.read(tenant, DateRange.of(first, last), stored -> {
            Grain batch = grains.get(Key.of(stored));
            if (conflict[0] == null && batch != null && batch != Grain.of(stored)) {
                conflict[0] = new MixedGrains(stored, Grain.of(stored), batch);
            }
        });
        if (conflict[0] != null) {
            throw conflict[0];
        }
    }
}
