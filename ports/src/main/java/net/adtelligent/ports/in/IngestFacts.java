package net.adtelligent.ports.in;

import io.vavr.control.Either;
import java.util.List;
import java.util.function.Consumer;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.tenant.Slug;

/**
 * Stores normalised facts of one tenant (a sync's records after their data contract), each kind
 * in its store. Restated rows replace stored ones of the same key (latest extraction wins).
 * Needs the upload permission; every fact must be the tenant's. Either every fact given is stored
 * or none is.
 */
public interface IngestFacts {

    Either<Rejection, Summary> ingest(Actor actor, Slug tenant, List<? extends DailyFact<?>> facts);

    /**
     * As {@link #ingest}, for facts of any number, stored in chunks while {@code facts} produces them,
     * so memory stays flat; still all or none: a source that throws, or a fact of another tenant in
     * the last chunk, leaves nothing of the earlier chunks stored.
     */
    Either<Rejection, Summary> ingestAll(Actor actor, Slug tenant, Source facts);

    /** Facts handed out one by one, read from a file as they go, say. */
    @FunctionalInterface
    interface Source {
        void forEach(Consumer<DailyFact<?>> sink);
    }

    record Summary(long adPerformanceRows, long webAnalyticsRows, long searchConsoleRows) {
        public long total() {
            return adPerformanceRows + webAnalyticsRows + searchConsoleRows;
        }

        public Summary plus(Summary other) {
            return new Summary(adPerformanceRows + other.adPerformanceRows, webAnalyticsRows + other.webAnalyticsRows,
                    searchConsoleRows + other.searchConsoleRows);
        }
    }
}
