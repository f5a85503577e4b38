package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;

/**
 * How fresh one connection's data is: when its newest data was extracted and the newest day it
 * covers; the last successful sync once syncs are tracked (none before, and said so).
 */
public record SourceFreshness(ConnectionId connection, Platform platform, Option<Instant> lastSuccessfulSync,
                              Option<Instant> newestExtraction, Option<LocalDate> newestDay) {

    public SourceFreshness {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(lastSuccessfulSync, "lastSuccessfulSync");
        Objects.requireNonNull(newestExtraction, "newestExtraction");
        Objects.requireNonNull(newestDay, "newestDay");
    }
}
