package net.adtelligent.ports.in;

import io.vavr.control.Either;
import java.util.List;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.DailyFact;

/**
 * Stores normalised facts of one tenant (a sync's records after their data contract), each kind
 * in its store. Restated rows replace stored ones of the same key (latest extraction wins).
 * Needs the upload permission; every fact must be the tenant's.
 */
public interface IngestFacts {

    Either<Rejection, Summary> ingest(Actor actor, String tenantSlug, List<? extends DailyFact<?>> facts);

    record Summary(long adPerformanceRows, long webAnalyticsRows, long searchConsoleRows) {
        public long total() {
            return adPerformanceRows + webAnalyticsRows + searchConsoleRows;
        }
    }
}
