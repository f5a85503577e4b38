package net.adtelligent.domain.sync;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * Where a sync stands. Airbyte's pending, queued, running and incomplete (an attempt failed, another
 * follows) are all {@link #RUNNING} here: the run has not ended. The lower-case names are the wire
 * names (HTTP, CLI, database).
 */
public enum SyncStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this != RUNNING;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Option<SyncStatus> fromWire(String text) {
        for (SyncStatus status : values()) {
            if (status.wireName().equals(text)) {
                return Option.of(status);
            }
        }
        return Option.none();
    }
}
