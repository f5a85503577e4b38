package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How fresh one dataset is: its connections' oldest newest extraction and the last day all of
 * them have reached ({@code completeThrough}: a laggard holds the dataset back). Stale, with
 * reasons, when the dataset has no connection with data, or one of them was last extracted longer
 * ago than the source threshold. The snapshot's own age is the answer's, not a dataset's.
 */
public record DatasetFreshness(Dataset dataset, int connections, Option<Instant> oldestExtraction,
                               Option<LocalDate> completeThrough, boolean stale, List<String> reasons) {

    public DatasetFreshness {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(oldestExtraction, "oldestExtraction");
        Objects.requireNonNull(completeThrough, "completeThrough");
        reasons = List.copyOf(reasons);
    }

    public static DatasetFreshness of(Dataset dataset, List<SourceFreshness> all, Instant now, Duration sourceMaxAge) {
        List<SourceFreshness> sources = all.stream().filter(s -> Dataset.of(s.platform()) == dataset).toList();
        List<String> reasons = new ArrayList<>();
        if (sources.isEmpty()) {
            reasons.add("no " + dataset.wireName() + " connection has data yet");
        }
        for (SourceFreshness source : sources) {
            if (source.newestExtraction().isEmpty()) {
                reasons.add(source.platform() + " connection " + source.connection() + " has no data yet");
            } else if (Duration.between(source.newestExtraction().get(), now).compareTo(sourceMaxAge) > 0) {
                reasons.add(source.platform() + " connection " + source.connection() + " was last extracted "
                        + Duration.between(source.newestExtraction().get(), now).toHours() + " h ago (threshold "
                        + sourceMaxAge.toHours() + " h)");
            }
        }
        boolean complete = !sources.isEmpty() && sources.stream().allMatch(s -> s.newestDay().isDefined());
        Option<LocalDate> through = complete ? Option.ofOptional(sources.stream().map(s -> s.newestDay().get())
                .min(Comparator.naturalOrder())) : Option.none();
        boolean extracted = !sources.isEmpty() && sources.stream().allMatch(s -> s.newestExtraction().isDefined());
        Option<Instant> oldest = extracted ? Option.ofOptional(sources.stream().map(s -> s.newestExtraction().get())
                .min(Comparator.naturalOrder())) : Option.none();
        return new DatasetFreshness(dataset, sources.size(), oldest, through, !reasons.isEmpty(), reasons);
    }

    /** Whether the dataset lacks a connection with data. */
    public boolean missing() {
        return connections == 0;
    }

    /** Stale, and short of {@code lastDay}: its numbers for a period ending then are incomplete and will not grow by themselves. */
    public boolean staleFor(LocalDate lastDay) {
        return stale && completeThrough.forAll(day -> day.isBefore(lastDay));
    }
}
