package net.adtelligent.domain.dbt;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What dbt's target folder holds now. Each file is read on its own: a run (none when
 * run_results.json is not there yet) or why the file cannot be read; the sources' freshness with
 * when it was checked (none when sources.json is not there), or why that file cannot be read.
 */
public record DbtTarget(Either<String, Option<DbtRun>> run, Either<String, Option<Freshness>> freshness) {

    public DbtTarget {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(freshness, "freshness");
    }

    /** The last `dbt source freshness`: when it ran and each source's result. */
    public record Freshness(Instant checkedAt, List<DbtSourceFreshness> sources) {
        public Freshness {
            Objects.requireNonNull(checkedAt, "checkedAt");
            sources = List.copyOf(sources);
        }
    }
}
