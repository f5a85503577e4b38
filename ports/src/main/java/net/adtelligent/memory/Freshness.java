package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.SourceFreshness;

/** The newest extraction and day seen per connection, while facts stream past. */
final class Freshness {

    private final Map<ConnectionId, SourceFreshness> seen = new LinkedHashMap<>();

    void saw(ConnectionId connection, Platform platform, Instant extractedAt, LocalDate day) {
        seen.merge(connection, new SourceFreshness(connection, platform, Option.none(), Option.of(extractedAt), Option.of(day)),
                (a, b) -> new SourceFreshness(connection, a.platform(), Option.none(),
                        Option.of(later(a.newestExtraction().get(), b.newestExtraction().get())),
                        Option.of(a.newestDay().get().isAfter(b.newestDay().get()) ? a.newestDay().get() : b.newestDay().get())));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** By platform, then connection id. */
    List<SourceFreshness> sources() {
        return seen.values().stream().sorted(Comparator.comparing(SourceFreshness::platform)
                .thenComparing(source -> source.connection().value())).toList();
    }
}
